// factstore fetch brings the facts branch from the remote and moves the local one only forward:
// created, fast-forwarded, left alone when ahead or diverged; no local fact is ever dropped.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitStatus } from '../helpers/git.js';
import { cli, factsTip, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

interface Fetched {
  outcome: string;
  commits: number;
  remoteTip: string;
  localBefore: string | null;
  localAfter: string | null;
  dryRun?: boolean;
}

async function cloned(): Promise<{ w: Workspace; clone: string; inClone: (args: string[]) => ReturnType<typeof cli> }> {
  const w = await workspace();
  await startTrail(w, 't1');
  const clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'factstore-fetch-')), 'app');
  git(path.dirname(clone), 'clone', '-q', w.repo, clone);
  const inClone = (args: string[]) => cli(args, { cwd: clone, env: { ...w.env, PATH: process.env.PATH } });
  return { w, clone, inClone };
}

describe('factstore fetch', () => {
  it('creates the local branch in a plain clone, then fast-forwards it, then finds it up to date', async () => {
    const { w, clone, inClone } = await cloned();
    expect(factsTip(clone)).toBe('');
    const first = await inClone(['fetch', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const created = jsonOf<Fetched>(first, 'fetch');
    expect(created).toMatchObject({ outcome: 'created', localBefore: null, remoteTip: factsTip(w.repo), localAfter: factsTip(w.repo) });
    // init's root commit and the trail
    expect(created.commits).toBe(Number(git(w.repo, 'rev-list', '--count', 'factstore').trim()));
    expect(factsTip(clone)).toBe(factsTip(w.repo));

    const before = factsTip(clone);
    await startTrail(w, 't2');
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't2', '--type', 'unit-tests', '--status', 'PASSED'])).code).toBe(0);
    const second = await inClone(['fetch']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(`factstore moved forward from ${before.slice(0, 12)} to ${factsTip(w.repo).slice(0, 12)}: 2 new facts commit(s) from origin/factstore`);
    expect(factsTip(clone)).toBe(factsTip(w.repo));

    const third = jsonOf<Fetched>(await inClone(['fetch', '--json']), 'fetch');
    expect(third).toMatchObject({ outcome: 'up-to-date', commits: 0 });
  });

  it('leaves a local branch that is ahead alone and says to push; one that diverged too, exit 1', async () => {
    const { w, clone, inClone } = await cloned();
    expect((await inClone(['fetch'])).code).toBe(0);
    expect((await inClone(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED'])).code).toBe(0);
    const local = factsTip(clone);
    const ahead = await inClone(['fetch']);
    expect(ahead.code).toBe(0);
    expect(ahead.stdout).toContain('factstore has 1 facts commit(s) that origin/factstore lacks: push them with git push origin factstore.');
    expect(factsTip(clone)).toBe(local);

    // now the remote gains a commit of its own: neither contains the other
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'vulnerability-scan', '--status', 'PASSED'])).code).toBe(0);
    const diverged = await inClone(['fetch', '--json']);
    expect(diverged.code).toBe(1);
    expect(jsonOf<Fetched>(diverged, 'fetch')).toMatchObject({ outcome: 'diverged', localBefore: local, localAfter: local, remoteTip: factsTip(w.repo) });
    expect(factsTip(clone)).toBe(local);
    const text = await inClone(['fetch']);
    expect(text.stdout).toMatch(/^DIVERGED {2}factstore at [0-9a-f]{12} and origin\/factstore at [0-9a-f]{12} each hold commits the other lacks; factstore was left as it was\./);
  });

  it('--dry-run looks up the remote tip and writes nothing: no branch, no fetched objects', async () => {
    const { w, clone, inClone } = await cloned();
    const trackingBefore = git(clone, 'rev-parse', 'origin/factstore').trim();
    await startTrail(w, 't9');
    const r = await inClone(['fetch', '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(jsonOf<Fetched>(r, 'fetch')).toMatchObject({ outcome: 'created', localBefore: null, localAfter: null, remoteTip: factsTip(w.repo), dryRun: true });
    expect(factsTip(clone)).toBe('');
    expect(git(clone, 'rev-parse', 'origin/factstore').trim()).toBe(trackingBefore);
    expect(gitStatus(clone, 'cat-file', '-e', `${factsTip(w.repo)}^{commit}`).status).not.toBe(0);
  });

  it('says what is wrong with no such remote, or no facts branch there, and changes nothing', async () => {
    const { w, clone, inClone } = await cloned();
    const none = await w.fs(['fetch']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('this repository has no remote named origin');
    const missing = await inClone(['--branch', 'facts-elsewhere', 'fetch']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('origin has no branch facts-elsewhere');
    expect(gitStatus(clone, 'rev-parse', '--verify', '-q', 'refs/heads/facts-elsewhere').status).not.toBe(0);
    const otherRemote = await inClone(['fetch', '--remote', 'upstream']);
    expect(otherRemote.stderr).toContain('no remote named upstream');
  });
});
