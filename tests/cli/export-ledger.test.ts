// factstore export ledger against a receiver that enforces the Findings Ledger contract's rules and
// fails closed: required fields, hash shapes, 1 MiB, a DSSE Ed25519 signature it verifies itself
// (the DSSE v1 encoding written here from the spec), 409 on a known idempotency key.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/model/fact-id.js';
import { git, testKey } from '../helpers/git.js';
import { commitConfig, configText, DIGEST_A, DIGEST_B, FLOW, headOf, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

let w: Workspace;
let receiver: { server: Server; url: string; known: Set<string>; received: unknown[]; publicKey: string; token?: string };
const HASH = /^sha256:[A-Fa-f0-9]{64}$/;

/** The receiver's own DSSE check: PAE = "DSSEv1" SP len(type) SP type SP len(body) SP body, Ed25519 over it. */
function dsseValid(publicKeyLine: string, body: Buffer, signature: string): boolean {
  const blob = Buffer.from(publicKeyLine.split(' ')[1] ?? '', 'base64');
  const key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), blob.subarray(blob.length - 32)]), format: 'der', type: 'spki' });
  const type = 'application/vnd.factstore.ledger-export+json';
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `), body]);
  return verify(null, pae, key, Buffer.from(signature, 'base64'));
}

function startReceiver(publicKey: string): Promise<typeof receiver> {
  const state = { known: new Set<string>(), received: [] as unknown[], publicKey, token: undefined as string | undefined };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const refuse = (status: number, message: string) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: message }));
      if (state.token !== undefined && req.headers.authorization !== `Bearer ${state.token}`) return refuse(401, 'missing or wrong token');
      const raw = Buffer.concat(chunks);
      if (raw.length > 1024 * 1024) return refuse(413, 'payload over 1 MiB');
      let p: Record<string, unknown>;
      try {
        p = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      } catch {
        return refuse(400, 'not JSON');
      }
      for (const f of ['runId', 'artifactHash', 'startedAt', 'status']) if (p[f] === undefined) return refuse(400, `${f} is required`);
      for (const f of ['artifactHash', 'policyHash', 'idempotencyKey']) if (p[f] !== undefined && (typeof p[f] !== 'string' || !HASH.test(p[f]))) return refuse(400, `${f} is not a sha256 hash`);
      const signatures = p.signatures as { type: string; signature: string }[] | undefined;
      if (signatures !== undefined) {
        const unsigned = Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'signatures'));
        if (!signatures.every((s) => s.type === 'dsse' && dsseValid(state.publicKey, Buffer.from(canonicalJson(unsigned)), s.signature))) return refuse(400, 'DSSE verification failed');
      }
      const key = String(p.idempotencyKey);
      if (state.known.has(key)) return refuse(409, 'duplicate idempotencyKey');
      state.known.add(key);
      state.received.push(p);
      return res.writeHead(202).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(Object.assign(state, { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/orchestrator/exports` }))));
}

beforeAll(async () => {
  w = await workspace();
  commitConfig(w.repo, configText(w.key));
  const ok = async (args: string[], env?: Record<string, string>) => expect((await w.fs(args, env)).code).toBe(0);
  // t1: everything recorded, allowed; t2 (another commit): nothing but its artifact, blocked
  await startTrail(w, 't1', DIGEST_A);
  await ok(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED']);
  await ok(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'vulnerability-scan', '--status', 'PASSED']);
  await ok(['approve', '--flow', FLOW, '--trail', 't1'], w.asAlice);
  const first = headOf(w.repo);
  expect((await w.fs(['gate', '--commit', first, '--flow', FLOW, '--git-branch', 'main', '--record'])).code).toBe(0);
  git(w.repo, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '--allow-empty', '-m', 'next');
  await startTrail(w, 't2', DIGEST_B);
  expect((await w.fs(['gate', '--commit', headOf(w.repo), '--flow', FLOW, '--git-branch', 'main', '--record'])).code).toBe(1);
  receiver = await startReceiver(w.key.signer.key);
});

afterAll(() => {
  receiver.server.close();
});

describe('factstore export ledger', () => {
  it('prints one signed payload per decision, sorted by runId, the same at every run', async () => {
    const args = ['export', 'ledger', '--tenant', 'acme'];
    const r = await w.fs(args);
    expect(r.code).toBe(0);
    expect((await w.fs(args)).stdout).toBe(r.stdout);
    const payloads = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(payloads.map((p) => p.runId)).toEqual(payloads.map((p) => p.runId).sort());
    expect(payloads.map((p) => [p.artifactHash, p.status]).sort()).toEqual([[DIGEST_A, 'succeeded'], [DIGEST_B, 'failed']]);
    for (const p of payloads) {
      expect(p.idempotencyKey).toBe(`sha256:${createHash('sha256').update(`${p.runId}${p.artifactHash}acme`).digest('hex')}`);
      expect(p).toMatchObject({ jobType: 'gate', tenantId: 'acme', policyHash: expect.stringMatching(HASH) as string, manifestPath: expect.stringMatching(/^cas:\/\/sha256:/) as string });
    }
    const doc = jsonOf<{ payloads: unknown[]; deliveries: null }>(await w.fs([...args, '--json']), 'export-ledger');
    expect(doc.payloads).toEqual(payloads);
  });

  it('posts them; a second run is answered 409 for each and counts them delivered', async () => {
    receiver.token = 'ledger-secret';
    const env = { FACTSTORE_LEDGER_TOKEN: 'ledger-secret' };
    const first = await w.fs(['export', 'ledger', '--tenant', 'acme', '--post', receiver.url], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ledger +2 +0 +0 +OK/);
    expect(receiver.received).toHaveLength(2);
    const again = await w.fs(['export', 'ledger', '--tenant', 'acme', '--post', receiver.url, '--json'], env);
    expect(again.code).toBe(0);
    const doc = jsonOf<{ deliveries: { outcome: string; status: number }[] }>(again, 'export-ledger');
    expect(doc.deliveries.map((d) => [d.outcome, d.status])).toEqual([['duplicate', 409], ['duplicate', 409]]);
    expect(receiver.received).toHaveLength(2);
    expect(`${again.stdout}${again.stderr}`).not.toContain('ledger-secret');
    receiver.token = undefined;
  });

  it('fails (exit 1, the receiver\'s words under the table) when the receiver cannot verify the signature', async () => {
    const other = await startReceiver(testKey('someone-else').signer.key);
    try {
      const r = await w.fs(['export', 'ledger', '--tenant', 'other', '--post', other.url]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/ledger +0 +0 +2 +FAILED/);
      expect(r.stdout).toContain('HTTP 400: {"error":"DSSE verification failed"}');
      expect(other.received).toEqual([]);
    } finally {
      other.server.close();
    }
  });

  it('fails when nothing answers, and refuses a URL that is not http(s)', async () => {
    const closed = await startReceiver(w.key.signer.key);
    const url = closed.url;
    await new Promise((resolve) => closed.server.close(resolve));
    const r = await w.fs(['export', 'ledger', '--tenant', 'acme', '--post', url]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAILED/);
    expect((await w.fs(['export', 'ledger', '--tenant', 'acme', '--post', 'file:///etc/passwd'])).code).toBe(2);
  });
});
