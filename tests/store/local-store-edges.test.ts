// LocalGitStore beyond the shared contract: creating the branch, giving up on a branch that keeps
// moving, the author of its commits, and reads of folders, months and missing commits.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { git, tempRepo, testKey } from '../helpers/git.js';

const key = testKey();
const signer = sshSigner(key.privateKey);
const at = (s: number) => new Date(Date.UTC(2026, 10, 23, 10, 0, s));
const trail = (t: string, s = 0) => makeFact({ kind: 'trail', flow: 'payments', trail: t, actor: 'ci', ts: at(s).toISOString() });

describe.each([
  { name: 'isomorphic-git', gitBinary: undefined },
  { name: 'native git', gitBinary: 'git' },
])('LocalGitStore with $name', ({ gitBinary }) => {
  const open = (dir: string, extra: Partial<ConstructorParameters<typeof LocalGitStore>[0]> = {}) =>
    new LocalGitStore({ dir, signer, clock: () => at(0), ...(gitBinary !== undefined ? { gitBinary } : {}), ...extra });

  it('init creates the branch once, holding only the layout marker', async () => {
    const dir = tempRepo();
    const store = open(dir);
    const first = await store.init();
    expect(first.created).toBe(true);
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'factstore').trim()).toBe('FACTSTORE.json');
    expect(git(dir, 'show', 'factstore:FACTSTORE.json')).toBe('{\n  "factstore": {\n    "layout": 1\n  }\n}\n');
    expect(git(dir, 'log', '-1', '--format=%s%n%an <%ae>%n%cn <%ce>', 'factstore')).toBe('factstore: create the facts branch\nFactstore <factstore@localhost>\nFactstore <factstore@localhost>\n');
    expect(await store.init()).toEqual({ created: false, commit: first.commit });
    // a write on the created branch has it as parent
    const r = await store.append({ facts: [trail('b1')] });
    expect(git(dir, 'rev-parse', `${r.commit}^`).trim()).toBe(first.commit);
    store.close();
  });

  it('the author of its commits is the actor given; the committer stays Factstore', async () => {
    const dir = tempRepo();
    const store = open(dir, { author: { name: 'Alice', email: 'alice@example.com' } });
    await store.append({ facts: [trail('b1')] });
    expect(git(dir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%at', 'factstore').trim()).toBe(`Alice <alice@example.com>|Factstore <factstore@localhost>|${at(0).getTime() / 1000}`);
    store.close();
  });

  it('gives up on a branch that stays locked, after the attempts allowed, with growing pauses', async () => {
    const dir = tempRepo();
    const pauses: number[] = [];
    const store = open(dir, { maxAttempts: 3, sleep: (ms) => (pauses.push(ms), Promise.resolve()) });
    await store.append({ facts: [trail('b1')] });
    writeFileSync(path.join(dir, '.git', 'refs', 'heads', 'factstore.lock'), '');
    await expect(store.append({ facts: [trail('b2', 1)] })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'the facts branch factstore kept moving: gave up after 3 attempts; nothing was written. Try again.',
    });
    expect(pauses).toHaveLength(3);
    // 1 + random below 5·2^attempt (10, 20, 40)
    pauses.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(1);
      expect(ms).toBeLessThanOrEqual(5 * 2 ** (i + 1));
    });
    expect(await store.readTrail('payments', 'b2')).toEqual([]);
    store.close();
  });

  it('a write that finds the branch moved is applied on the new tip, in a second attempt', async () => {
    const dir = tempRepo();
    const store = open(dir, { sleep: () => Promise.resolve() });
    await store.append({ facts: [trail('b1')] });
    let moved: string | undefined;
    const racing = open(dir, {
      sleep: () => Promise.resolve(),
      clock: () => {
        if (moved === undefined) {
          // another writer moves the branch between this writer's read and its compare-and-swap
          moved = git(dir, 'commit-tree', '-p', 'factstore', '-m', 'other writer', 'factstore^{tree}').trim();
          git(dir, 'update-ref', 'refs/heads/factstore', moved);
        }
        return at(2);
      },
    });
    const r = await racing.append({ facts: [trail('b2', 2)] });
    expect(r.attempts).toBe(2);
    expect(git(dir, 'rev-parse', `${r.commit}^`).trim()).toBe(moved);
    expect((await store.listTrails('payments')).map((t) => t.trail).sort()).toEqual(['b1', 'b2']);
    store.close();
    racing.close();
  });

  it('reads loose facts across months, lists their files sorted, and nothing for an absent folder', async () => {
    const dir = tempRepo();
    const store = open(dir);
    const snap = (ts: string, env = 'prod') => makeFact({ kind: 'snapshot', event: 'ENVIRONMENT_SNAPSHOT', environment: env, type: 'list', artifacts: [], actor: 'ci', ts });
    const [nov, oct, other] = [snap('2026-11-02T00:00:00.000Z'), snap('2026-10-30T00:00:00.000Z'), snap('2026-11-02T00:00:00.000Z', 'stage')];
    await store.append({ facts: [nov, oct, other] });
    expect(await store.looseFiles('snapshot', 'prod')).toEqual(['loose/snapshot/prod/2026-10.ndjson', 'loose/snapshot/prod/2026-11.ndjson']);
    expect(await store.readLoose('snapshot', 'prod')).toEqual([oct, nov]);
    expect(await store.looseFiles('snapshot', 'qa')).toEqual([]);
    expect(await store.readLoose('snapshot', 'qa')).toEqual([]);
    // a file where a folder is expected is no folder of loose facts
    expect(await store.looseFiles('snapshot', 'prod/2026-10.ndjson')).toEqual([]);
    expect(await store.listTrails()).toEqual([]);
    expect((await store.fileHistories('loose/snapshot/prod/')).map((h) => [h.path, h.commits.length])).toEqual([
      ['loose/snapshot/prod/2026-10.ndjson', 1],
      ['loose/snapshot/prod/2026-11.ndjson', 1],
    ]);
    store.close();
  });

  it('an empty store: no histories, no files; a missing facts commit is NOT_FOUND with what to do', async () => {
    const dir = tempRepo();
    const store = open(dir);
    expect(await store.fileHistories('trails')).toEqual([]);
    expect(await store.fileHistory('trails/x.ndjson')).toEqual({ path: 'trails/x.ndjson', at: undefined, text: undefined, commits: [] });
    expect(await store.looseFiles('snapshot', 'prod')).toEqual([]);
    expect(await store.readLoose('snapshot', 'prod')).toEqual([]);
    expect(await store.trailHistory('payments', 'b1')).toEqual([]);
    await store.append({ facts: [trail('b1')] });
    await expect(store.readTrail('payments', 'b1', { at: 'e'.repeat(40) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `facts commit ${'e'.repeat(40)} is not in ${dir}: fetch the facts branch first.`,
    });
    store.close();
  });

  it('history since a time: the commits from then on, newest first, each with the facts it added and its raw text', async () => {
    const dir = tempRepo();
    let now = 0;
    const store = open(dir, { clock: () => at(now) });
    await store.append({ facts: [trail('b1')] });
    now = 10;
    const b = (await store.append({ facts: [trail('b2', 10)] })).commit!;
    now = 20;
    const c = (await store.append({ facts: [trail('b3', 20), trail('b4', 20)] })).commit!;
    const seen = [];
    for await (const h of store.history({ since: at(10) })) seen.push({ commit: h.commit, time: h.time, trails: h.facts.map((f) => f.trail).sort(), raw: h.raw?.startsWith('tree ') });
    expect(seen).toEqual([
      { commit: c, time: at(20).toISOString(), trails: ['b3', 'b4'], raw: true },
      { commit: b, time: at(10).toISOString(), trails: ['b2'], raw: true },
    ]);
    store.close();
  });

  it('isAncestor: itself, older commits, not newer ones', async () => {
    const dir = tempRepo();
    const store = open(dir);
    const a = (await store.append({ facts: [trail('b1')] })).commit!;
    const b = (await store.append({ facts: [trail('b2', 1)] })).commit!;
    expect(await store.isAncestor(b, b)).toBe(true);
    expect(await store.isAncestor(a, b)).toBe(true);
    expect(await store.isAncestor(b, a)).toBe(false);
    store.close();
  });
});
