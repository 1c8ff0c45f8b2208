// Every deployment answer is a gate decision: with a trusted key, the App records it (DESIGN §4).
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { generateKeyPair, sshSigner } from '../../src/core/signing/index.js';
import { trailPath } from '../../src/core/store/layout.js';
import { DEPLOYMENT_EVENT, deploymentPayload, expectDecisionAppend, expectReview, mockAlarmLookup, runOf, shaOf, type ReviewBody } from './deployment-world.js';
import { API, CONFIG_COMMIT, FLOW, TIP, mockConfig, mockFacts, receive, repoOf, startApp } from './world.js';

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

describe('deployment decisions', () => {
  it('records the decision, signed by the App, before answering the deployment', async () => {
    const signer = sshSigner(generateKeyPair('factstore-app').privateKey);
    const body = deploymentPayload({ environment: 'production-us' });
    const where = repoOf(body);
    const sha = shaOf(body);
    const facts = [
      makeFact({ kind: 'trail', flow: FLOW, trail: 'b1', commit: sha, gitBranch: 'main', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }),
      makeFact({ kind: 'attestation', flow: FLOW, trail: 'b1', type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: '2026-11-23T10:01:00.000Z' }),
    ];
    const config = `trust:
  signers:
    - { principal: factstore-app, key: "${signer.publicKey}" }
flows:
  ${FLOW}:
    require: [unit-tests]
    environments: [production]
types:
  unit-tests: {}
environments:
  production: { members: [production-eu, production-us] }
`;
    const app = await startApp({ signer, clock: () => new Date('2026-11-23T12:00:00.000Z') });
    const scope = nock(API);
    const written = new Map<string, string>();
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, config);
    mockAlarmLookup(scope, where);
    mockFacts(scope, where, sha, { b1: facts });
    expectDecisionAppend(scope, where, 'b1', facts, written);
    expectReview(scope, where, runOf(body), reviews);
    const order: string[] = [];
    scope.on('request', (request: Request) => order.push(`${request.method} ${new URL(request.url).pathname}`));
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ environment_name: 'production-us', state: 'approved' });
    expect(order.at(-2)).toBe(`PATCH /repos/${where.owner}/${where.repo}/git/refs/heads%2Ffactstore`);
    expect(order.at(-1)).toMatch(/^POST \/repos\/octo-org\/octo-repo\/actions\/runs\/\d+\/deployment_protection_rule$/);

    const lines = (written.get(trailPath(FLOW, 'b1')) ?? '').trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2] ?? '{}')).toMatchObject({
      kind: 'decision',
      event: 'GATE_ALLOWED',
      flow: FLOW,
      trail: 'b1',
      commit: sha,
      factsCommit: TIP,
      configCommit: CONFIG_COMMIT,
      environment: 'production-us',
      actor: 'factstore[bot]',
      ts: '2026-11-23T12:00:00.000Z',
    });
    expect(app.logs.filter((l) => l.startsWith('error:') || l.startsWith('warn:'))).toEqual([]);
  });
});
