// The App exports each decision it takes to the OTLP destination its host names, resuming from the
// cursor, and never to one a repository's config names (that would send the host's credentials
// wherever any installed repository says).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetFromHostEnv } from '../../src/core/export/otlp/otlp-target.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { ExportFact, Fact } from '../../src/core/model/fact.js';
import { exportKey } from '../../src/core/store/layout.js';
import { received, startReceiver, type Receiver } from '../helpers/otlp-receiver.js';
import { FLOW, REPO, actionAttest, checkSuite, e2eWorld, pullRequestOpened, type E2EWorld } from './e2e-world.js';

const CHECK = `Factstore gate / ${FLOW}`;
let host: Receiver;
let named: Receiver;
let w: E2EWorld;

function cursors(world: E2EWorld, destination: string): ExportFact[] {
  const bytes = world.gh.readFile(REPO, 'factstore', `loose/export/${exportKey('otlp', destination)}/${new Date().toISOString().slice(0, 7)}.ndjson`);
  return bytes === undefined ? [] : bytes.toString('utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as ExportFact);
}

beforeAll(async () => {
  host = await startReceiver({ oauth: { clientId: 'factstore-app', clientSecret: 'host-client-secret' } });
  named = await startReceiver();
  // the repository's config names a collector of its own: the App must not send there
  const sections = `exporters:\n  otlp:\n    endpoint: ${named.url}\n`;
  const otlp = targetFromHostEnv({
    FACTSTORE_OTLP_ENDPOINT: host.url,
    FACTSTORE_OTLP_AUTH: 'oauth2',
    FACTSTORE_OTLP_TOKEN_ENDPOINT: `${host.url}/oauth/token`,
    FACTSTORE_OTLP_CLIENT_ID: 'factstore-app',
    FACTSTORE_OTLP_CLIENT_SECRET: 'host-client-secret',
  });
  w = await e2eWorld(undefined, sections, { ...(otlp !== undefined ? { otlp } : {}) });
});

afterAll(async () => {
  await host.close();
  await named.close();
});

describe('the App exports its decisions where its host says', () => {
  it('sends the decision as it is taken, with the cursor recorded by the App; the repository\'s own destination gets nothing', async () => {
    await w.receive('pull_request', pullRequestOpened(w));
    // no facts branch yet: no decision recorded, nothing exported
    expect(received(host)).toEqual([]);
    await actionAttest(w, 'unit-tests', 'pytest__junit.gloo.elastic.xml');
    await w.receive('check_suite', checkSuite(w));
    expect(w.gh.checkRuns(REPO).filter((r) => r.name === CHECK).map((r) => r.conclusion)).toEqual(['failure', 'success']);
    const sent = received(host);
    // a destination new to the App starts at its decision: the attestation before it is the CLI's to send once
    expect(sent.map((r) => [r.attributes['factstore.kind'], r.attributes['policy.evaluation.result']])).toEqual([['decision', 'Passed']]);
    const decision = JSON.parse(sent[0]?.body ?? '{}') as Fact & { configCommit: string };
    expect(sent[0]?.attributes['policy.rule.uri']).toBe(`https://github.com/${REPO}/blob/${w.configCommit}/.github/factstore.yml`);
    expect(sent[0]?.attributes['factstore.signer']).toBe('factstore-app');
    expect(decision.kind).toBe('decision');
    expect(host.grants).toHaveLength(1);
    const [cursor] = cursors(w, `${host.url}/v1/logs`);
    expect(cursor).toMatchObject({ kind: 'export', destination: `${host.url}/v1/logs`, records: 1, actor: 'factstore[bot]' });
    expect(cursor?.through).toBe(sent[0]?.attributes['factstore.facts_commit']);
    expect(named.requests).toEqual([]);
    expect(w.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
  });

  it('sends what came since with the next decision, once; a refused export leaves the gate as it was and is sent with the next', async () => {
    await w.ciStore.append({ facts: [makeFact({ kind: 'attestation', flow: FLOW, trail: w.headSha, actor: 'ci', ts: new Date().toISOString(), type: 'lint', status: 'PASSED', evidence: [] })] });
    host.failNext.push({ status: 400, body: JSON.stringify({ code: 3, message: 'collector is read-only today' }) });
    await w.receive('check_suite', checkSuite(w, 'rerequested'));
    expect(w.gh.checkRuns(REPO).filter((r) => r.name === CHECK).map((r) => r.conclusion)).toEqual(['failure', 'success', 'success']);
    expect(w.logs.some((l) => l.startsWith('error:') && l.includes('collector is read-only today') && l.includes('not exported'))).toBe(true);
    expect(cursors(w, `${host.url}/v1/logs`)).toHaveLength(1);
    await w.receive('check_suite', checkSuite(w, 'rerequested'));
    const kinds = received(host).map((r) => r.attributes['factstore.kind']);
    expect(kinds).toEqual(['decision', 'attestation', 'decision', 'decision']);
    const ids = received(host).map((r) => r.attributes['factstore.fact_id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(cursors(w, `${host.url}/v1/logs`).map((c) => c.records)).toEqual([1, 3]);
    expect(named.requests).toEqual([]);
  });
});
