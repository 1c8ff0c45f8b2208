// The core of the OTLP export: batches end where facts commits end so a refused batch leaves a
// cursor a re-run resumes from without sending anything twice; the OAuth2 token is fetched once,
// kept until shortly before it expires, and fetched again after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToOtlp } from '../../src/core/export/otlp/export-otlp.js';
import { ClientCredentialsToken } from '../../src/core/export/otlp/oauth2.js';
import { targetFromConfig, targetFromHostEnv } from '../../src/core/export/otlp/otlp-target.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { TrustedFacts } from '../../src/core/trust/trusted-facts.js';
import { tempRepo, testKey } from '../helpers/git.js';
import { received, startReceiver, type Receiver } from '../helpers/otlp-receiver.js';

const key = testKey('ci@acme');
let collector: Receiver;

beforeAll(async () => {
  collector = await startReceiver({ oauth: { clientId: 'c1', clientSecret: 'secret-1', expiresIn: 600 } });
});

afterAll(async () => {
  await collector.close();
});

function attestation(trail: string, n: number): Fact {
  return makeFact({ kind: 'attestation', flow: 'svc', trail, actor: 'ci', ts: new Date(Date.UTC(2026, 11, 1, 0, n)).toISOString(), type: `t${n}`, status: 'PASSED', evidence: [] });
}

describe('exportToOtlp', () => {
  it('cuts batches where commits end, resumes after a refused batch, and sends nothing twice', async () => {
    const store = new LocalGitStore({ dir: tempRepo(), signer: sshSigner(key.privateKey) });
    // five commits of 1, 2, 1, 3 and 1 facts
    let n = 0;
    for (const size of [1, 2, 1, 3, 1]) {
      const facts = Array.from({ length: size }, () => attestation('t1', n++));
      await store.append({ facts });
    }
    const target = targetFromConfig(undefined, {}, { endpoint: collector.url });
    const context = { engineVersion: 'test' };
    collector.oauth = undefined;
    const run = async () => {
      const trusted = await TrustedFacts.open({ store, signers: [key.signer] });
      const result = await exportToOtlp({ store, trusted, target, context, resource: { 'service.name': 'factstore' }, actor: 'ci', now: new Date(), batchSize: 3 });
      if (result.cursor !== undefined) await store.append({ facts: [result.cursor] });
      return result;
    };
    // batches: [1+2], [1], [3], [1]: the second is refused
    collector.requests.length = 0;
    collector.failNext.push(null, { status: 400, body: JSON.stringify({ message: 'second batch refused' }) });
    const first = await run();
    expect(first.error).toContain('second batch refused');
    expect(first.exported).toBe(3);
    expect(first.failed).toBe(5);
    expect(received(collector)).toHaveLength(3);
    expect(collector.requests.map((q) => q.records.length)).toEqual([3]);
    expect(first.cursor?.records).toBe(3);
    expect(first.cursor?.through).toBe(first.through);
    expect(first.through).not.toBe(first.tip);
    // the re-run starts after the first two commits: the other three, whole
    const second = await run();
    expect(second.error).toBeUndefined();
    expect(second.after).toBe(first.through);
    expect(collector.requests.map((q) => q.records.length)).toEqual([3, 1, 3, 1]);
    const ids = received(collector).map((x) => x.attributes['factstore.fact_id']);
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
    // and then nothing
    const third = await run();
    expect([third.exported, third.cursor]).toEqual([0, undefined]);
    expect(received(collector)).toHaveLength(8);
  });
});

describe('ClientCredentialsToken', () => {
  it('fetches once, keeps the token until a minute before it expires, then fetches again; invalidate forgets it', async () => {
    const clock = { now: 1_000_000 };
    collector.oauth = { clientId: 'c1', clientSecret: 'secret-1', expiresIn: 600, issued: [], revoked: new Set() };
    const tokens = new ClientCredentialsToken({ tokenEndpoint: `${collector.url}/oauth/token`, clientId: 'c1', clientSecret: 'secret-1', scopes: [], clientAuth: 'post' }, undefined, () => clock.now);
    const a = await tokens.get();
    expect(await tokens.get()).toBe(a);
    clock.now += 539_000;
    expect(await tokens.get()).toBe(a);
    clock.now += 2_000;
    const b = await tokens.get();
    expect(b).not.toBe(a);
    tokens.invalidate();
    const c = await tokens.get();
    expect(c).not.toBe(b);
    expect(tokens.fetched).toBe(3);
    expect(collector.grants.slice(-3).map((g) => [g.via, g.scope])).toEqual([
      ['post', undefined],
      ['post', undefined],
      ['post', undefined],
    ]);
  });
});

describe('the App host destination', () => {
  it('exports nowhere unless the host says, and reads its secrets from the host environment', () => {
    expect(targetFromHostEnv({})).toBeUndefined();
    const t = targetFromHostEnv({ FACTSTORE_OTLP_ENDPOINT: 'https://beacon.example.com', FACTSTORE_OTLP_AUTH: 'oauth2', FACTSTORE_OTLP_TOKEN_ENDPOINT: 'https://auth.example.com/token', FACTSTORE_OTLP_CLIENT_ID: 'app', FACTSTORE_OTLP_CLIENT_SECRET: 's', FACTSTORE_OTLP_SCOPES: 'a, b' });
    expect(t).toMatchObject({ endpoint: 'https://beacon.example.com/v1/logs', destination: 'https://beacon.example.com/v1/logs', auth: { type: 'oauth2', credentials: { scopes: ['a', 'b'], clientAuth: 'basic' } } });
    expect(() => targetFromHostEnv({ FACTSTORE_OTLP_ENDPOINT: 'https://beacon.example.com', FACTSTORE_OTLP_AUTH: 'oauth2' })).toThrow(/FACTSTORE_OTLP_TOKEN_ENDPOINT/);
    expect(() => targetFromHostEnv({ FACTSTORE_OTLP_ENDPOINT: 'https://beacon.example.com', FACTSTORE_OTLP_AUTH: 'kerberos' })).toThrow(/none, header or oauth2/);
  });
});
