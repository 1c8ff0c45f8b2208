// Users name commits the way git lets them (a short sha, HEAD, a branch); facts always record the
// full 40-hex id, and an ambiguous prefix is refused, never guessed. Writing commands default
// --trail to the trail `trails begin` starts for HEAD.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { FLOW, headOf, jsonOf, workspace, type Workspace } from './helpers.js';

/** With PATH, the CLI resolves through native git; without, in-process (isomorphic-git). */
const READERS = [
  { name: 'native git', env: { PATH: process.env.PATH } },
  { name: 'in-process', env: { PATH: '' } },
] as const;

let w: Workspace;
let head: string;
let ambiguousPrefix: string;

/**
 * 1,000 commits written by one `git fast-import` with fixed names and dates, so their ids are the
 * same on every run; two of them share the returned prefix (at least 4 hex digits).
 */
function commitsSharingAPrefix(repo: string): string {
  let stream = '';
  for (let i = 0; i < 1000; i++) {
    const message = `filler ${i}\n`;
    stream += `commit refs/heads/filler\ncommitter Filler <filler@example.com> ${1_700_000_000 + i} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: stream });
  const ids = git(repo, 'rev-list', 'filler').trim().split('\n').sort();
  let best = '';
  for (let i = 1; i < ids.length; i++) {
    const a = ids[i - 1] ?? '';
    const b = ids[i] ?? '';
    let n = 0;
    while (a[n] === b[n]) n++;
    if (n > best.length) best = a.slice(0, n);
  }
  return best;
}

beforeAll(async () => {
  w = await workspace();
  head = headOf(w.repo);
  ambiguousPrefix = commitsSharingAPrefix(w.repo);
});

describe.each(READERS)('commits named as git names them ($name)', ({ env }) => {
  it('gate --commit takes a unique short sha and reports the full id', async () => {
    const r = await w.fs(['gate', '--commit', head.slice(0, 7), '--flow', FLOW, '--json'], env);
    expect(r.stderr).not.toMatch(/not a (full git )?commit/);
    expect(jsonOf<{ commit: string }>(r, 'gate').commit).toBe(head);
  });

  it('gate --commit takes HEAD and a branch name', async () => {
    for (const name of ['HEAD', 'main']) {
      const r = await w.fs(['gate', '--commit', name, '--flow', FLOW, '--json'], env);
      expect(jsonOf<{ commit: string }>(r, 'gate').commit).toBe(head);
    }
  });

  it('an ambiguous prefix is refused, never guessed (exit 2)', async () => {
    expect(ambiguousPrefix.length).toBeGreaterThanOrEqual(4);
    const r = await w.fs(['gate', '--commit', ambiguousPrefix, '--flow', FLOW], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`commit "${ambiguousPrefix}" is ambiguous`);
    expect(r.stderr).toContain('Give more characters');
  });

  it('a name that is no commit here is refused, saying what to give', async () => {
    for (const name of ['deadbeef', 'no-such-branch', '--version']) {
      // --commit=VALUE: the option parser takes a value starting with '-' only this way
      const r = await w.fs(['gate', `--commit=${name}`, '--flow', FLOW], env);
      expect({ name, code: r.code }).toEqual({ name, code: 2 });
      expect(r.stderr).toContain(`commit ${JSON.stringify(name)} is not a commit of the repository`);
    }
  });

  it('a tree or blob id prefix is not a commit', async () => {
    const tree = git(w.repo, 'rev-parse', 'HEAD^{tree}').trim();
    const r = await w.fs(['gate', '--commit', tree.slice(0, 12), '--flow', FLOW], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a commit of the repository');
  });
});

describe('trails begin --commit with a short sha', () => {
  it('records the full 40-hex id in the trail fact', async () => {
    const r = await w.fs(['trails', 'begin', '--flow', 'other-service', '--trail', 'short', '--commit', head.slice(0, 8), '--json'], { PATH: process.env.PATH });
    expect(jsonOf<{ commit: string; trail: string }>(r, 'trails-begin')).toMatchObject({ commit: head, trail: 'short' });
  });

  it('a revision only native git understands (HEAD~0) resolves with git on PATH', async () => {
    const r = await w.fs(['trails', 'begin', '--flow', 'other-service', '--trail', 'tilde', '--commit', 'HEAD~0', '--json'], { PATH: process.env.PATH });
    expect(jsonOf<{ commit: string }>(r, 'trails-begin').commit).toBe(head);
  });
});

describe('--trail defaults to the trail of HEAD', () => {
  it('trails begin, artifacts create, attest and approve with no --trail all land on the trail named after HEAD', async () => {
    const x = await workspace();
    const commit = headOf(x.repo);
    expect((await x.fs(['trails', 'begin', '--flow', FLOW, '--author', 'dave'])).code).toBe(0);
    expect((await x.fs(['artifacts', 'create', '--flow', FLOW, '--name', 'app', '--sha256', `sha256:${'c'.repeat(64)}`])).code).toBe(0);
    expect((await x.fs(['attest', '--flow', FLOW, '--type', 'unit-tests', '--status', 'PASSED'])).code).toBe(0);
    expect((await x.fs(['approve', '--flow', FLOW, '--comment', 'ok'], x.asAlice)).code).toBe(0);
    const got = jsonOf<{ facts: { kind: string; trail: string }[] }>(await x.fs(['trails', 'get', '--flow', FLOW, '--trail', commit, '--json']), 'trails-get');
    expect(got.facts.map((f) => `${f.kind}:${f.trail}`)).toEqual(['trail', 'artifact', 'attestation', 'approval'].map((k) => `${k}:${commit}`));
  });

  it('a trail that was not begun is still refused, naming it', async () => {
    const x = await workspace();
    const r = await x.fs(['attest', '--flow', FLOW, '--type', 'unit-tests', '--status', 'PASSED']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(headOf(x.repo));
  });
});
