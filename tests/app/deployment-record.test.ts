// Every deployment answer is a gate decision: with a trusted key, the App records it (DESIGN §4).
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { generateKeyPair, sshSigner } from '../../src/core/signing/index.js';
import { trailPath } from '../../src/core/store/layout.js';
import { HIGH_WATER_RUN } from '../../src/core/store/github/facts-branch-state.js';
import { DEPLOYMENT_EVENT, deploymentPayload, expectReview, runOf, shaOf, type ReviewBody } from './deployment-world.js';
import { expectStateRun, mockAppend, writtenFacts, type StateRunBody, type Written } from './facts-mocks.js';
import { API, CONFIG_COMMIT, FLOW, mockConfig, mockFacts, receive, repoOf, startApp, trustYaml } from './world.js';

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
    const config = `${trustYaml({ app: signer.publicKey })}flows:
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
    const written: Written[] = [];
    const marks: StateRunBody[] = [];
    const reviews: ReviewBody[] = [];
    mockConfig(scope, where, config);
    const { model } = await mockFacts(scope, where, sha, { b1: facts }, { mark: false });
    const factsCommit = model.tip;
    // recorded on the facts commit the gate read: neither the tip nor the trail file is asked again
    mockAppend(scope, where, model, [trailPath(FLOW, 'b1')], written, { afterRead: true });
    // the mark moves to the decision commit, once it is recorded
    expectStateRun(scope, where, model, HIGH_WATER_RUN, marks);
    expectReview(scope, where, runOf(body), reviews);
    const order: string[] = [];
    scope.on('request', (request: Request) => order.push(`${request.method} ${new URL(request.url).pathname}`));
    await receive(app, DEPLOYMENT_EVENT, body);
    expect(scope.pendingMocks()).toEqual([]);
    expect(reviews[0]).toMatchObject({ environment_name: 'production-us', state: 'approved' });
    expect(order.slice(-3)).toEqual([`PATCH /repos/${where.owner}/${where.repo}/git/refs/heads%2Ffactstore`, `POST /repos/${where.owner}/${where.repo}/check-runs`, expect.stringMatching(/^POST \/repos\/octo-org\/octo-repo\/actions\/runs\/\d+\/deployment_protection_rule$/) as string]);
    expect(marks).toMatchObject([{ name: HIGH_WATER_RUN, external_id: written[0]?.sha, conclusion: 'success' }]);
    expect(written[0]?.signature).toMatch(/^-----BEGIN SSH SIGNATURE-----/);

    const lines = writtenFacts(written[0], trailPath(FLOW, 'b1'));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatchObject({
      kind: 'decision',
      event: 'GATE_ALLOWED',
      flow: FLOW,
      trail: 'b1',
      commit: sha,
      factsCommit,
      configCommit: CONFIG_COMMIT,
      environment: 'production-us',
      actor: 'factstore[bot]',
      ts: '2026-11-23T12:00:00.000Z',
    });
    expect(app.logs.filter((l) => l.startsWith('error:') || l.startsWith('warn:'))).toEqual([]);
  });
});
