// factstore search: what each kind finds, and that a hint no trusted fact bears out finds nothing.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { SearchResult } from '../../src/core/search/search-facts.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { trailPath } from '../../src/core/store/layout.js';
import { termIndexPath } from '../../src/core/store/term-index.js';
import { git, testKey } from '../helpers/git.js';
import { tamperFile } from '../helpers/tamper.js';
import { cli, commitConfig, configText, DIGEST_A, FLOW, jsonOf, workspace, type Workspace } from './helpers.js';

let w: Workspace;
let head: string;
const WEB = `sha256:${'5eb'.repeat(21)}0`;

const hitsOf = (r: SearchResult, kind: string) => r.groups.find((g) => g.kind === kind)?.hits ?? [];

beforeAll(async () => {
  w = await workspace();
  head = commitConfig(w.repo, configText(w.key, 'environments:\n  production: { type: k8s, description: the payment cluster }\n  prod-eu: { members: [production] }\n'));
  const ok = async (args: string[], env?: Record<string, string>) => expect((await w.fs(args, env)).code).toBe(0);
  await ok(['trails', 'begin', '--flow', FLOW, '--trail', 'release-1.4', '--commit', head]);
  await ok(['artifacts', 'create', '--flow', FLOW, '--trail', 'release-1.4', '--name', 'ghcr.io/acme/web:1.4', '--sha256', WEB]);
  await ok(['attest', '--flow', FLOW, '--trail', 'release-1.4', '--type', 'unit-tests', '--status', 'PASSED']);
  await ok(['attest', '--flow', FLOW, '--trail', 'release-1.4', '--type', 'vulnerability-scan', '--status', 'FAILED']);
  await ok(['approve', '--flow', FLOW, '--trail', 'release-1.4', '--comment', 'ok'], w.asAlice);
  await ok(['trails', 'begin', '--flow', FLOW, '--trail', 'release-1.5']);
  await ok(['artifacts', 'create', '--flow', FLOW, '--trail', 'release-1.5', '--name', 'ledger', '--sha256', DIGEST_A]);
});

describe('factstore search', () => {
  it('finds trails by the start of their name, newest first, and flows and environments anywhere in theirs', async () => {
    const r = jsonOf<SearchResult>(await w.fs(['search', 'Release', '--json']), 'search');
    expect(hitsOf(r, 'trail').map((h) => h.trail)).toEqual(['release-1.5', 'release-1.4']);
    expect(hitsOf(r, 'trail')[1]).toMatchObject({ flow: FLOW, commit: head, actor: 'ci', matched: 'release-1.4' });
    const env = jsonOf<SearchResult>(await w.fs(['search', 'prod', '--json']), 'search');
    expect(hitsOf(env, 'environment')).toEqual([
      { kind: 'environment', environment: 'prod-eu', matched: 'prod-eu', type: 'logical' },
      { kind: 'environment', environment: 'production', matched: 'production', type: 'k8s', description: 'the payment cluster' },
    ]);
    expect(hitsOf(jsonOf<SearchResult>(await w.fs(['search', 'service', '--json']), 'search'), 'flow').map((h) => h.flow)).toEqual(['other-service', FLOW]);
  });

  it('finds an artifact by its whole name, by one part of it, and by the start of its digest', async () => {
    for (const term of ['ghcr.io/acme/web', 'WEB', 'acme', `sha256:${WEB.slice(7, 15)}`, WEB.slice(7, 11)]) {
      const r = jsonOf<SearchResult>(await w.fs(['search', term, '--kind', 'artifact', '--json']), 'search');
      expect(r.groups.map((g) => g.kind), term).toEqual(['artifact']);
      expect(hitsOf(r, 'artifact'), term).toEqual([expect.objectContaining({ name: 'ghcr.io/acme/web:1.4', digest: WEB, trail: 'release-1.4' })]);
    }
    // the middle of a part is not its start
    expect((await w.fs(['search', 'cme', '--kind', 'artifact'])).code).toBe(1);
  });

  it('finds attestations by type and by actor, approvals by actor, and trails by the start of a commit', async () => {
    const vuln = jsonOf<SearchResult>(await w.fs(['search', 'vuln', '--json']), 'search');
    expect(hitsOf(vuln, 'attestation')).toEqual([expect.objectContaining({ type: 'vulnerability-scan', status: 'FAILED', trail: 'release-1.4', actor: 'ci' })]);
    const ci = jsonOf<SearchResult>(await w.fs(['search', 'ci', '--kind', 'attestation', '--json']), 'search');
    expect(hitsOf(ci, 'attestation').map((h) => h.type).sort()).toEqual(['unit-tests', 'vulnerability-scan']);
    const alice = jsonOf<SearchResult>(await w.fs(['search', 'ali', '--json']), 'search');
    expect(alice.groups.map((g) => g.kind)).toEqual(['approval']);
    expect(hitsOf(alice, 'approval')).toEqual([expect.objectContaining({ status: 'APPROVED', actor: 'alice', trail: 'release-1.4' })]);
    expect(alice.unconfirmed).toBe(0);
    // both trails were started for HEAD (release-1.5 by default)
    const commit = jsonOf<SearchResult>(await w.fs(['search', head.slice(0, 7), '--json']), 'search');
    expect(commit.groups.map((g) => g.kind)).toEqual(['commit']);
    expect(hitsOf(commit, 'commit')).toEqual(['release-1.4', 'release-1.5'].map((trail) => ({ kind: 'commit', commit: head, flow: FLOW, trail, matched: head })));
  });

  it('prints the hits grouped by kind, says when there are more than --limit, exits 1 on nothing and 2 on a bad kind', async () => {
    const text = await w.fs(['search', 'release', '--limit', '1']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Trails (the first 1; narrow the term or raise --limit):');
    // terms are read shortest and then alphabetically first, within the limit
    expect(text.stdout).toMatch(/release-1\.4/);
    expect(text.stdout).not.toMatch(/release-1\.5/);
    const none = await w.fs(['search', 'nothing-like-this']);
    expect([none.code, none.stdout.split('\n')[0]]).toEqual([1, 'nothing matches "nothing-like-this".']);
    const bad = await w.fs(['search', 'x', '--kind', 'flows']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--kind "flows" is not a kind of search: use one of flow, environment');
    expect((await w.fs(['search', '  '])).code).toBe(2);
  });
});

describe('search counts only trusted facts', () => {
  it('ignores a fact appended without a signature, and the index line written with it', async () => {
    const trail = trailPath(FLOW, 'release-1.5');
    const forged = makeFact({ kind: 'attestation', flow: FLOW, trail: 'release-1.5', actor: 'mallory', ts: new Date().toISOString(), type: 'backdoor-review', status: 'PASSED', evidence: [] });
    tamperFile(w.repo, 'factstore', trail, `${git(w.repo, 'show', `factstore:${trail}`)}${JSON.stringify(forged)}\n`);
    tamperFile(w.repo, 'factstore', termIndexPath('type', 'backdoor-review', forged.ts), `${JSON.stringify({ flow: FLOW, trail: 'release-1.5' })}\n`);
    const r = await w.fs(['search', 'backdoor', '--json']);
    expect(r.code).toBe(1);
    const doc = jsonOf<SearchResult & { trust: { ignored: unknown[] } }>(r, 'search');
    expect(doc.groups).toEqual([]);
    expect(doc.unconfirmed).toBe(1);
    expect(doc.trust.ignored).toHaveLength(1);
  });

  it('ignores a fact signed by a key the config does not trust, and an index line pointing at a trail that holds no such fact', async () => {
    const mallory = testKey('mallory@evil');
    const store = new LocalGitStore({ dir: w.repo, signer: sshSigner(mallory.privateKey) });
    const r1 = await store.append({ facts: [makeFact({ kind: 'approval', flow: FLOW, trail: 'release-1.5', actor: 'mallory', ts: new Date().toISOString(), decision: 'APPROVED' })] });
    expect(r1.written).toHaveLength(1);
    tamperFile(w.repo, 'factstore', termIndexPath('actor', 'malice', new Date().toISOString()), `${JSON.stringify({ flow: FLOW, trail: 'release-1.4' })}\n`);
    for (const term of ['mallory', 'malice', 'mal']) {
      const doc = jsonOf<SearchResult>(await w.fs(['search', term, '--json']), 'search');
      expect(doc.groups, term).toEqual([]);
      expect(doc.unconfirmed, term).toBeGreaterThan(0);
    }
    // and verify names the index line no fact backs
    const verify = await w.fs(['verify']);
    expect(verify.code).toBe(3);
    expect(verify.stdout).toMatch(/INDEX_MISMATCH .*index\/terms\/actor\/ma\/li\/malice\//);
  });
});

describe('factstore reindex', () => {
  it('indexes a store written before the search indexes, verifies before and after, and writes nothing the second time', async () => {
    const dir = path.join(w.repo, '..', `old-store-${Date.now()}`);
    execFileSync(process.execPath, ['scripts/bench/make-store.mjs', '--dir', dir, '--facts', '120'], { stdio: 'ignore' });
    const env = { FACTSTORE_SIGNING_KEY: execFileSync('cat', [`${dir}.key`]).toString(), FACTSTORE_ACTOR: 'bench' };
    const run = (args: string[]) => cli(['--store', dir, '--config', `${dir}.config.yml`, ...args], { cwd: dir, env });
    expect((await run(['verify'])).code).toBe(0);
    expect((await run(['search', 'alice'])).code).toBe(1);
    const first = jsonOf<{ facts: number; indexed: number; commits: string[] }>(await run(['reindex', '--json']), 'reindex');
    // every fact line of every trail file (the snapshots are loose: not indexed)
    const lines = git(dir, 'grep', '-c', '', 'factstore', '--', 'trails').split('\n').filter((l) => l !== '').map((l) => Number(l.split(':').pop()));
    expect(first.facts).toBe(lines.reduce((a, b) => a + b, 0));
    expect(first.indexed).toBeGreaterThan(first.facts / 2);
    expect(first.commits).toEqual([git(dir, 'rev-parse', 'factstore').trim()]);
    const found = jsonOf<SearchResult>(await run(['search', 'alice', '--json']), 'search');
    expect(hitsOf(found, 'approval').length).toBeGreaterThan(0);
    expect(hitsOf(jsonOf<SearchResult>(await run(['search', 'payment', '--kind', 'artifact', '--json']), 'search'), 'artifact').length).toBeGreaterThan(0);
    expect((await run(['verify'])).code).toBe(0);
    const again = jsonOf<{ indexed: number; commits: string[] }>(await run(['reindex', '--json']), 'reindex');
    expect(again).toMatchObject({ indexed: 0, commits: [] });
  });
});
