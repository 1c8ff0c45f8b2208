// The deployment_protection_rule payload is built from its webhook schema (no example exists in
// @octokit/webhooks-examples): it must validate against that schema and be what the script writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FIXTURE_URL } from './deployment-world.js';

const SCHEMAS = 'https://factstore.test/openapi-webhooks.json';

/** The OpenAPI 3.1 document's schemas, which are JSON Schema 2020-12: `$ref`s resolve inside it. */
function validatorFor(schemaName: string): ReturnType<Ajv2020['compile']> {
  const api = createRequire(import.meta.url)('@octokit/openapi-webhooks/generated/api.github.com.json') as { components: Record<string, unknown> };
  // strict off: OpenAPI adds keywords (example, discriminator…) JSON Schema does not know
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: SCHEMAS, components: api.components });
  return ajv.compile({ $ref: `${SCHEMAS}#/components/schemas/${schemaName}` });
}

const fixture = (): unknown => JSON.parse(readFileSync(FIXTURE_URL, 'utf8'));

describe('deployment_protection_rule.requested fixture', () => {
  const validate = validatorFor('webhook-deployment-protection-rule-requested');

  it('validates against the webhook schema of @octokit/openapi-webhooks', () => {
    expect(validate(fixture()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema check can fail: a deployment without its commit is refused', () => {
    const body = fixture() as { deployment: Record<string, unknown> };
    delete body.deployment.sha;
    expect(validate(body)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/deployment' && e.params.missingProperty === 'sha')).toBe(true);
  });

  it('is exactly what scripts/fixtures/write-deployment-protection-fixture.js writes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'factstore-fixture-')), 'payload.json');
    const script = fileURLToPath(new URL('../../scripts/fixtures/write-deployment-protection-fixture.js', import.meta.url));
    execFileSync(process.execPath, [script, out]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(FIXTURE_URL, 'utf8'));
  });
});
