// The fake's branch-protection and repository-installation routes, checked against GitHub's published
// OpenAPI description (@octokit/openapi's api.github.com.json): the paths are GitHub's, and the answers
// validate against the spec's own response schemas, so doctor is tested on what GitHub answers.
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { setBranchRules, setClassicProtection } from '../helpers/fake-github/routes-protection.js';
import { jwt, rsaKey, validClaims } from './app-jwt.js';

interface Spec {
  paths: Record<string, Record<string, { operationId: string }>>;
}
const spec = createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as Spec;

/**
 * OpenAPI 3.0's `nullable` admits null; ajv reads it only beside a `type`. Elsewhere (a `$ref`, an
 * `anyOf`) it becomes `anyOf: [schema, null]`, and a nullable `enum` gets null among its values.
 */
function nullables(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  for (const value of Object.values(node)) nullables(value);
  const schema = node as Record<string, unknown>;
  if (schema.nullable !== true) return;
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  if ('type' in schema) return;
  const inner = { ...schema };
  delete inner.nullable;
  for (const k of Object.keys(schema)) delete schema[k];
  schema.anyOf = [inner, { type: 'null' }];
}
nullables(spec);
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats.default(ajv);
ajv.addSchema(spec, 'github');

/** The validator of the answer `status` of the GET at `path`, whose operationId must be `id`. */
function answer(path: string, id: string, status: string): ValidateFunction {
  expect(spec.paths[path]?.get?.operationId).toBe(id);
  const validate = ajv.getSchema(`github#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/get/responses/${status}/content/application~1json/schema`);
  if (validate === undefined) throw new Error(`no schema for ${id} ${status}`);
  return validate;
}

function expectValid(validate: ValidateFunction, data: unknown): void {
  const ok = validate(data);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message ?? ''}`)).toEqual([]);
}

let gh: FakeGitHub;
const key = rsaKey();

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  gh.putFiles('acme/app', 'factstore', { 'README.md': 'facts\n' });
  gh.addAppInstallation({ appId: 12, key, installationId: 34, repos: ['acme/app'] });
});
afterAll(() => gh.close());

describe("the fake's protection routes, against GitHub's OpenAPI description", () => {
  it('get rules for a branch: the rule types of the rulesets targeting it', async () => {
    const api = restClient(gh.url, gh.token);
    const validate = answer('/repos/{owner}/{repo}/rules/branches/{branch}', 'repos/get-branch-rules', '200');
    expect((await api('GET', '/repos/acme/app/rules/branches/factstore')).data).toEqual([]);
    setBranchRules(gh.repository('acme/app'), 'factstore', ['non_fast_forward', 'deletion']);
    const r = await api('GET', '/repos/acme/app/rules/branches/factstore');
    expectValid(validate, r.data);
    expect((r.data as { type: string }[]).map((rule) => rule.type)).toEqual(['non_fast_forward', 'deletion']);
  });

  it("get branch protection: GitHub's shape, 404 when not protected, 403 without administration rights", async () => {
    const api = restClient(gh.url, gh.token);
    const validate = answer('/repos/{owner}/{repo}/branches/{branch}/protection', 'repos/get-branch-protection', '200');
    const none = await api('GET', '/repos/acme/app/branches/factstore/protection');
    expect([none.status, (none.data as { message: string }).message]).toEqual([404, 'Branch not protected']);
    expect((await api('GET', '/repos/acme/app/branches/nope/protection')).status).toBe(404);
    setClassicProtection(gh.repository('acme/app'), 'factstore', { allowForcePushes: true });
    const r = await api('GET', '/repos/acme/app/branches/factstore/protection');
    expectValid(validate, r.data);
    expect(r.data).toMatchObject({ allow_force_pushes: { enabled: true }, allow_deletions: { enabled: false } });
    gh.addToken('ghp_reader', { contents: 'read' });
    expect((await restClient(gh.url, 'ghp_reader')('GET', '/repos/acme/app/branches/factstore/protection')).status).toBe(403);
  });

  it('get a branch: its tip and whether classic protection covers it, for any reader; 404 for no branch', async () => {
    gh.addToken('ghp_branchReader', { contents: 'read' });
    const api = restClient(gh.url, 'ghp_branchReader');
    const validate = answer('/repos/{owner}/{repo}/branches/{branch}', 'repos/get-branch', '200');
    setClassicProtection(gh.repository('acme/app'), 'factstore');
    const r = await api('GET', '/repos/acme/app/branches/factstore');
    expectValid(validate, r.data);
    expect(r.data).toMatchObject({ name: 'factstore', protected: true, protection: { enabled: true } });
    expect((await api('GET', '/repos/acme/app/branches/nope')).status).toBe(404);
  });

  it("get a repository installation with the App's JWT: the installation, or 404 where it is not installed", async () => {
    const validate = answer('/repos/{owner}/{repo}/installation', 'apps/get-repo-installation', '200');
    const asApp = { authorization: `Bearer ${jwt(key, validClaims(12))}` };
    const api = restClient(gh.url, undefined);
    const r = await api('GET', '/repos/acme/app/installation', undefined, asApp);
    expect(r.status).toBe(200);
    expectValid(validate, r.data);
    expect(r.data).toMatchObject({ id: 34, app_id: 12 });
    expect((await api('GET', '/repos/acme/other/installation', undefined, asApp)).status).toBe(404);
    expect((await api('GET', '/repos/acme/app/installation', undefined, { authorization: `Bearer ${jwt(rsaKey(), validClaims(12))}` })).status).toBe(401);
  });
});
