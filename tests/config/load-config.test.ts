import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactstoreConfig } from '../../src/core/config/config.js';
import { configFromValue, parseConfig } from '../../src/core/config/load-config.js';
import { FactstoreError } from '../../src/core/errors.js';

const SOURCE = '.github/factstore.yml';

/** A fresh Ed25519 key as the `ssh-ed25519 AAAA… comment` line of its .pub file (RFC 8709 blob). */
function sshPublicKeyLine(comment: string): string {
  const raw = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const str = (b: Buffer): Buffer => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `ssh-ed25519 ${Buffer.concat([str(Buffer.from('ssh-ed25519')), str(raw)]).toString('base64')} ${comment}`;
}

function configError(text: string): FactstoreError {
  try {
    parseConfig(text, SOURCE);
  } catch (e) {
    if (e instanceof FactstoreError) return e;
    throw e;
  }
  throw new Error('expected the config to be refused');
}

describe('parseConfig: DESIGN §3 example', () => {
  it('parses to the normalised config, every default filled in', () => {
    const ci = sshPublicKeyLine('ci@acme');
    const text = readFileSync(join(import.meta.dirname, '../../schemas/fixtures/config/valid/design-example.yml'), 'utf8')
      .replace(/key: "ssh-ed25519 [^"]* ci@acme"/, `key: "${ci}"`);
    const config = parseConfig(text, SOURCE);
    const expected: FactstoreConfig = {
      facts: { repo: 'acme/compliance-facts', branch: 'factstore' },
      trust: {
        signers: [
          { principal: 'ci@acme', key: ci },
          { principal: 'release@acme', key: expect.stringMatching(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI\S+ release@acme$/) as string },
        ],
        admins: [],
      },
      flows: {
        'payment-service': {
          name: 'payment-service',
          description: 'Compliance pipeline for the payment service',
          require: ['unit-tests', 'vulnerability-scan', 'sbom'],
          approval: { required: true, approvers: ['alice', '@acme/release-managers'], min: 1, forbidSelf: true },
          policies: ['no-criticals'],
          branches: ['main'],
          environments: ['production'],
          retries: 'sticky',
        },
      },
      types: {
        'unit-tests': { format: 'junit', jq: '.failures == 0 and .errors == 0' },
        'vulnerability-scan': { format: 'sarif', jq: '.error == 0' },
        sbom: { format: 'cyclonedx', schema: { type: 'object', required: ['components'] } },
      },
      policies: { 'no-criticals': { jq: '[.attestations[] | .summary.critical // 0] | add == 0' } },
      environments: { production: { members: ['production-eu', 'production-us'] } },
      bypass: {
        actors: ['alice', '@acme/sre'],
        reasons: { 'pre-existing-main-blocker': 'Failure also on main', 'incident-hotfix': 'Sev1 fix' },
        maxTtl: '30d',
      },
      evidenceMaxBytes: 10 * 1024 * 1024,
      gate: { allowUnscoped: false },
    };
    expect(config).toEqual(expected);
  });

  it('defaults a minimal flow and leaves out what was not configured', () => {
    const config = parseConfig('flows:\n  app:\n    require: [unit-tests]\n', SOURCE);
    expect(config).toStrictEqual({
      facts: { branch: 'factstore' },
      trust: { signers: [], admins: [] },
      flows: {
        app: { name: 'app', require: ['unit-tests'], policies: [], branches: [], environments: [], retries: 'sticky' },
      },
      types: {},
      policies: {},
      environments: {},
      evidenceMaxBytes: 10 * 1024 * 1024,
      gate: { allowUnscoped: false },
    });
  });

  it('fills approval defaults, keeps explicit values and reads evidence.max_bytes', () => {
    const config = parseConfig(
      [
        'flows:',
        '  a: { approval: { approvers: [alice] } }',
        '  b: { approval: { required: false, approvers: [alice, bob], min: 2, forbid_self: false }, retries: latest }',
        'evidence: { max_bytes: 2048 }',
      ].join('\n'),
      SOURCE,
    );
    expect(config.flows.a?.approval).toEqual({ required: true, approvers: ['alice'], min: 1, forbidSelf: true });
    expect(config.flows.b?.approval).toEqual({ required: false, approvers: ['alice', 'bob'], min: 2, forbidSelf: false });
    expect(config.flows.b?.retries).toBe('latest');
    expect(config.evidenceMaxBytes).toBe(2048);
  });

  it('accepts _extends and an empty file', () => {
    expect(parseConfig('_extends: .github\n', SOURCE).flows).toEqual({});
    expect(parseConfig('# nothing yet\n', SOURCE)).toEqual(parseConfig('{}', SOURCE));
    expect(configFromValue(null, SOURCE).facts.branch).toBe('factstore');
  });

  it('lets a flow require a type the registry does not define', () => {
    expect(parseConfig('flows:\n  app: { require: [manual-check] }\n', SOURCE).flows.app?.require).toEqual(['manual-check']);
  });
});

describe('parseConfig: refused configs', () => {
  it('names the line and column of malformed YAML', () => {
    const error = configError('flows:\n  app:\n    require: [unit-tests\n  other: {}\n');
    expect(error.code).toBe('CONFIG');
    expect(error.message).toContain(`the config file ${SOURCE} is not valid YAML`);
    expect(error.message).toMatch(/at line 4, column 3/);
  });

  it('refuses duplicate keys, several documents and unknown tags', () => {
    expect(configError('flows: {}\nflows: {}\n').message).toMatch(/Map keys must be unique at line 2/);
    expect(configError('flows: {}\n---\ntypes: {}\n').message).toMatch(/multiple documents/);
    expect(configError('flows: !include flows.yml\n').message).toMatch(/Unresolved tag: !include/);
  });

  it('refuses an unknown top-level key, saying which keys exist', () => {
    const error = configError('flow:\n  app: { require: [unit-tests] }\n');
    expect(error.message).toContain('  - /flow: is not allowed here: remove it or fix its spelling (allowed: _extends, facts,');
  });

  it('refuses a flow with a bad name', () => {
    const error = configError('flows:\n  "payment service": { require: [unit-tests] }\n');
    expect(error.message).toContain('  - /flows/payment service: "payment service" is not valid: expected a name of 1-128');
  });

  it('refuses a flow naming a policy that is not defined', () => {
    const error = configError('flows:\n  app: { policies: [no-criticals] }\n');
    expect(error.message).toContain(
      '  - /flows/app/policies/0: policy "no-criticals" is not defined: add it under policies: (with its jq) or remove it from the flow',
    );
  });

  it('refuses a bad max_ttl', () => {
    const error = configError('bypass: { actors: [alice], reasons: { hotfix: Sev1 }, max_ttl: 1 month }\n');
    expect(error.message).toContain('  - /bypass/max_ttl: "1 month" is not valid: expected a duration: a whole number followed by s, m, h, d or w');
  });

  it('refuses a trust key that is not an Ed25519 key, even when it looks like one', () => {
    const rsa = configError('trust:\n  signers: [{ principal: ci, key: "ssh-rsa AAAAB3NzaC1yc2E ci" }]\n');
    expect(rsa.message).toContain('  - /trust/signers/0/key: "ssh-rsa AAAAB3NzaC1yc2E ci" is not valid: expected an OpenSSH Ed25519 public key line');
    const good = sshPublicKeyLine('ci');
    const cut = good.split(' ')[1]?.slice(0, 40) ?? '';
    const truncated = configError(`trust:\n  signers: [{ principal: ci, key: "ssh-ed25519 ${cut}" }]\n`);
    expect(truncated.message).toContain('  - /trust/signers/0/key: is not an OpenSSH Ed25519 public key');
    expect(parseConfig(`trust:\n  signers: [{ principal: ci, key: "${good}" }]\n`, SOURCE).trust.signers).toEqual([
      { principal: 'ci', key: good },
    ]);
  });

  it('lists every bad path in one error', () => {
    const error = configError(
      [
        'flows:',
        '  app:',
        '    require: [unit tests]',
        '    retries: never',
        '    approval: { approvers: [], min: 0 }',
        'types:',
        '  sbom: { format: xml }',
        'colour: blue',
      ].join('\n'),
    );
    expect(error.message).toMatch(/is invalid \(6 problems\)/);
    for (const path of [
      '/colour',
      '/flows/app/require/0',
      '/flows/app/retries',
      '/flows/app/approval/approvers',
      '/flows/app/approval/min',
      '/types/sbom/format',
    ]) {
      expect(error.message).toContain(`  - ${path}: `);
    }
    expect(error.message).toContain(`Fix these entries in ${SOURCE}`);
  });

  it('refuses a YAML alias bomb quickly', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(97 + i - 1);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const started = Date.now();
    const error = configError(lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.code).toBe('CONFIG');
    expect(error.message).toMatch(/Excessive alias count/);
    expect(error.message).toContain('Write the values out instead of repeating YAML aliases');
  });

  it('still accepts a few honest aliases', () => {
    const config = parseConfig('flows:\n  a: { require: &checks [unit-tests, sbom] }\n  b: { require: *checks }\n', SOURCE);
    expect(config.flows.b?.require).toEqual(['unit-tests', 'sbom']);
  });

  it('refuses a file over 1 MiB before parsing it', () => {
    const text = `# ${'x'.repeat(1024 * 1024)}\nflows: {}\n`;
    const error = configError(text);
    expect(error.code).toBe('CONFIG');
    expect(error.message).toContain(`the config file ${SOURCE} is ${Buffer.byteLength(text)} bytes, over the 1048576-byte limit`);
  });
});
