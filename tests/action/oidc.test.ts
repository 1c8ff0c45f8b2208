import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { AttestationFact } from '../../src/core/model/fact.js';
import { allObjectText, exportFactsBranch, trailFacts } from './facts.js';
import { FLOW, REPO, world } from './world.js';

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve));
});

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token shaped as the runner's token service issues them (the signature is not checked by the step). */
function idToken(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'test-key' })}.${b64url(claims)}.${randomBytes(256).toString('base64url')}`;
}

/** The runner's OIDC endpoint: answers `{ value: token }` to the bearer of `requestToken`. */
async function tokenService(requestToken: string, token: string): Promise<{ url: string; audiences: string[] }> {
  const audiences: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.headers.authorization !== `Bearer ${requestToken}` || url.pathname !== '/idtoken') {
      res.writeHead(401).end();
      return;
    }
    audiences.push(url.searchParams.get('audience') ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: token }));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/idtoken?api-version=2.0`, audiences };
}

describe('OIDC provenance claims', () => {
  it('with id-token: write, records the token claims on the fact and the token nowhere', async () => {
    const w = await world();
    const token = idToken({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'factstore',
      sub: 'repo:acme/app:ref:refs/heads/main',
      repository: REPO,
      repository_id: '123456',
      job_workflow_ref: 'acme/app/.github/workflows/ci.yml@refs/heads/main',
      run_id: '9000000001',
      run_attempt: '1',
      exp: 4102444800,
    });
    const requestToken = `runtime-${randomBytes(8).toString('hex')}`;
    const service = await tokenService(requestToken, token);
    const r = await w.step(
      { flow: FLOW, type: 'unit-tests', status: 'PASSED' },
      { ACTIONS_ID_TOKEN_REQUEST_URL: service.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(service.audiences).toEqual(['factstore']);

    const fact = trailFacts(w.gh, FLOW, w.sha).find((f): f is AttestationFact => f.kind === 'attestation');
    expect(fact?.context).toMatchObject({
      oidcIssuer: 'https://token.actions.githubusercontent.com',
      jobWorkflowRef: 'acme/app/.github/workflows/ci.yml@refs/heads/main',
      repositoryId: '123456',
      oidcRunId: '9000000001',
    });

    // the token: masked, and otherwise in no output, summary, log line, request or facts commit
    const [, payload, signature] = token.split('.');
    expect(r.stdout).toContain(`::add-mask::${token}`);
    const log = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    const branch = await exportFactsBranch(w.gh, w.key);
    const places = {
      log,
      stderr: r.stderr,
      summary: r.summary,
      outputs: JSON.stringify(r.outputs),
      requests: JSON.stringify(w.gh.requests),
      facts: allObjectText(branch.dir),
    };
    for (const [where, text] of Object.entries(places)) {
      expect({ where, token: text.includes(token), payload: text.includes(payload ?? '?'), signature: text.includes(signature ?? '?') }).toEqual({
        where,
        token: false,
        payload: false,
        signature: false,
      });
    }
    expect(branch.unverified).toEqual({});
  });

  it('without id-token: write, records the run context alone and asks for no token', async () => {
    const w = await world();
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED' });
    expect(r.code).toBe(0);
    const fact = trailFacts(w.gh, FLOW, w.sha).find((f): f is AttestationFact => f.kind === 'attestation');
    expect(Object.keys(fact?.context ?? {}).sort()).toEqual(['actor', 'event', 'job', 'ref', 'repository', 'runAttempt', 'runId', 'serverUrl', 'sha', 'workflow']);
  });
});
