// The fake's check-run routes, the parameters it reads and the shapes it answers, checked against
// GitHub's published OpenAPI description (@octokit/openapi's api.github.com.json), so a client
// tested on the fake asks GitHub what GitHub serves, and reads what GitHub answers.
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ApiCall } from '../helpers/fake-github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { checkRunRoutes, CONCLUSIONS, FILTERS, STATUSES } from '../helpers/fake-github/routes-check-runs.js';
import { installationToken, jwt, rsaKey, validClaims } from './app-jwt.js';

interface Parameter {
  name: string;
  in: string;
  schema?: { enum?: string[]; default?: unknown; type?: string };
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, { schema: { properties: Record<string, { enum?: string[] }> } }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter> };
}

const spec = createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as Spec;

/** OpenAPI 3.0's `nullable` admits null beside an `enum`; ajv reads the enum alone, so null is added to it. */
function nullableEnums(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const schema = node as { nullable?: unknown; enum?: unknown[] };
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  for (const value of Object.values(node)) nullableEnums(value);
}
nullableEnums(spec);

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats.default(ajv);
ajv.addSchema(spec, 'github');

/** The operation and its path, by Octokit's name for it (`checks.listForRef` → operationId `checks/list-for-ref`). */
function operation(octokitName: string): { path: string; method: string; op: Operation } {
  const id = octokitName.replace('.', '/').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) if (op.operationId === id) return { path, method: method.toUpperCase(), op };
  }
  throw new Error(`no operation ${id} in GitHub's OpenAPI description`);
}

function parameters(op: Operation): Parameter[] {
  return (op.parameters ?? []).map((p) => ('$ref' in p ? (spec.components.parameters[p.$ref.split('/').pop() ?? ''] as Parameter) : p));
}

/** The validator of an operation's answer for `status`, from the spec's own schema. */
function answerSchema(octokitName: string, status: string): ValidateFunction {
  const { path, method } = operation(octokitName);
  const pointer = `github#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
  const validate = ajv.getSchema(pointer);
  if (validate === undefined) throw new Error(`no schema at ${pointer}`);
  return validate;
}

function expectValid(validate: ValidateFunction, data: unknown): void {
  const ok = validate(data);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message ?? ''}`)).toEqual([]);
}

let gh: FakeGitHub;
let sha: string;
let asApp: ApiCall;
const key = rsaKey();

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.createRepo('acme/app');
  sha = gh.putFiles('acme/app', 'main', { 'README.md': 'app\n' });
  gh.openPullRequest('acme/app', { number: 7, headSha: sha, headRef: 'main' });
  gh.addAppInstallation({ appId: 31337, key, installationId: 42, slug: 'factstore' });
  asApp = restClient(gh.url, await installationToken(gh, key, 31337, 42));
});
afterAll(() => gh.close());

describe('the fake against GitHub\'s OpenAPI description', () => {
  it('serves each check-run route where GitHub does, with the same method', () => {
    for (const route of checkRunRoutes) {
      const { path, method } = operation(route.operation);
      expect(method).toBe(route.method);
      const rest = path.replace(/^\/repos\/\{owner\}\/\{repo\}/, '').replace('{ref}', 'a'.repeat(40)).replace('{check_run_id}', '42');
      expect(route.pattern.test(rest)).toBe(true);
    }
  });

  it('reads the query parameters of "List check runs for a Git reference" that GitHub documents, with its enums and default', () => {
    const { op } = operation('checks.listForRef');
    const query = parameters(op).filter((p) => p.in === 'query');
    expect(query.map((p) => p.name).sort()).toEqual(['app_id', 'check_name', 'filter', 'page', 'per_page', 'status']);
    expect(query.find((p) => p.name === 'status')?.schema?.enum).toEqual(STATUSES);
    expect(query.find((p) => p.name === 'filter')?.schema).toMatchObject({ enum: FILTERS, default: 'latest' });
    expect(query.find((p) => p.name === 'app_id')?.schema?.type).toBe('integer');
  });

  it('takes the statuses and conclusions GitHub takes when creating a run', () => {
    const body = operation('checks.create').op.requestBody?.content['application/json']?.schema.properties ?? {};
    expect(body.status?.enum).toEqual(STATUSES);
    // "You cannot change a check run conclusion to stale, only GitHub can set this."
    expect(body.conclusion?.enum?.filter((c) => c !== 'stale')).toEqual(CONCLUSIONS);
  });

  it('answers a created, an updated and a listed check run in GitHub\'s shapes, the App included', async () => {
    const created = await asApp('POST', '/repos/acme/app/check-runs', { name: 'Factstore gate / release', head_sha: sha, status: 'in_progress', external_id: 'x', output: { title: 'Waiting for evidence', summary: 'md' } });
    expectValid(answerSchema('checks.create', '201'), created.data);
    const id = (created.data as { id: number }).id;
    const updated = await asApp('PATCH', `/repos/acme/app/check-runs/${id}`, { conclusion: 'success', output: { title: 'GATE_ALLOWED', summary: 'md', text: 'ok' } });
    expectValid(answerSchema('checks.update', '200'), updated.data);
    const listed = await asApp('GET', `/repos/acme/app/commits/${sha}/check-runs?app_id=31337&check_name=${encodeURIComponent('Factstore gate / release')}&filter=all&status=completed`);
    expectValid(answerSchema('checks.listForRef', '200'), listed.data);
    expect(listed.data).toMatchObject({ total_count: 1, check_runs: [{ id, app: { id: 31337, slug: 'factstore' } }] });
  });

  it('answers the authenticated App and an App\'s PR comment in GitHub\'s shapes', async () => {
    const app = await restClient(gh.url, undefined)('GET', '/app', undefined, { authorization: `Bearer ${jwt(key, validClaims(31337))}` });
    expectValid(answerSchema('apps.getAuthenticated', '200'), app.data);
    const comment = await asApp('POST', '/repos/acme/app/issues/7/comments', { body: '<!-- factstore:breakdown -->' });
    expectValid(answerSchema('issues.createComment', '201'), comment.data);
    expect(comment.data).toMatchObject({ performed_via_github_app: { id: 31337, slug: 'factstore' }, user: { login: 'factstore[bot]', type: 'Bot' } });
    const listed = await asApp('GET', '/repos/acme/app/issues/7/comments');
    expectValid(answerSchema('issues.listComments', '200'), listed.data);
  });
});
