// A plain `git clone` has only origin/factstore, not a local facts branch: reading commands read the
// remote-tracking branch (and say so) instead of finding an empty store, and the first write starts
// the local branch on its tip.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { tamperFile } from '../helpers/tamper.js';
import { cli, DIGEST_A, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

let w: Workspace;
let clone: string;

beforeAll(async () => {
  w = await workspace();
  await startTrail(w, 't1', DIGEST_A);
  for (const type of ['unit-tests', 'vulnerability-scan']) {
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', type, '--status', 'PASSED'])).code).toBe(0);
  }
  expect((await w.fs(['approve', '--flow', FLOW, '--trail', 't1', '--comment', 'ok'], w.asAlice)).code).toBe(0);
  clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'factstore-clone-')), 'app');
  git(path.dirname(clone), 'clone', '-q', w.repo, clone);
});

const inClone = (args: string[], extra: Record<string, string | undefined> = {}) => cli(args, { cwd: clone, env: { ...w.env, PATH: process.env.PATH, ...extra } });

describe('a plain clone (only origin/factstore)', () => {
  it('has no local facts branch to begin with', () => {
    expect(git(clone, 'branch', '--list', 'factstore').trim()).toBe('');
    expect(git(clone, 'rev-parse', 'origin/factstore').trim()).toBe(git(w.repo, 'rev-parse', 'factstore').trim());
  });

  it('trails list reads origin/factstore and says so', async () => {
    const r = await inClone(['trails', 'list', '--flow', FLOW, '--json']);
    expect(r.code).toBe(0);
    expect(jsonOf<{ trails: { trail: string }[] }>(r, 'trails-list').trails.map((t) => t.trail)).toEqual(['t1']);
    expect(r.stderr).toContain('reading the facts from origin/factstore: there is no local branch factstore');
  });

  it('assert finds the artifact there: COMPLIANT', async () => {
    const r = await inClone(['assert', '--flow', FLOW, '--sha256', DIGEST_A]);
    expect(r.stdout).toMatch(/^COMPLIANT/);
    expect(r.code).toBe(0);
  });

  it('verify checks origin/factstore and names it', async () => {
    const r = await inClone(['verify', '--json']);
    expect(jsonOf<{ ok: boolean; branch: string; tip: string }>(r, 'verify')).toMatchObject({ ok: true, branch: 'origin/factstore', tip: git(clone, 'rev-parse', 'origin/factstore').trim() });
  });

  it('the first write starts the local branch on the remote tip, and later reads use it', async () => {
    const remoteTip = git(clone, 'rev-parse', 'origin/factstore').trim();
    const r = await inClone(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED', '--details', 'again']);
    expect(r.code, r.stderr).toBe(0);
    expect(git(clone, 'rev-parse', 'factstore^').trim()).toBe(remoteTip);
    const after = await inClone(['trails', 'list', '--flow', FLOW]);
    expect(after.stderr).not.toContain('reading the facts from origin/factstore');
  });
});

describe('a plain clone whose origin/factstore carries a forged append', () => {
  it('an unsigned commit on the remote-tracking branch that "approves" a blocked release counts for nothing', async () => {
    const o = await workspace();
    await startTrail(o, 't1', DIGEST_A);
    for (const type of ['unit-tests', 'vulnerability-scan']) {
      expect((await o.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', type, '--status', 'PASSED'])).code).toBe(0);
    }
    // no approval yet: blocked. Mallory appends alice's approval with plain git, unsigned
    const file = git(o.repo, 'ls-tree', '-r', '--name-only', 'factstore').split('\n').find((f) => f.endsWith('/t1.ndjson')) ?? '';
    const approval = { v: 1, id: 'f'.repeat(64), kind: 'approval', ts: new Date(Date.now() - 1000).toISOString(), actor: 'alice', flow: FLOW, trail: 't1', decision: 'APPROVED' };
    tamperFile(o.repo, 'factstore', file, `${git(o.repo, 'show', `factstore:${file}`)}${JSON.stringify(approval)}\n`);
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'factstore-clone-')), 'app');
    git(path.dirname(dir), 'clone', '-q', o.repo, dir);
    const r = await cli(['assert', '--flow', FLOW, '--sha256', DIGEST_A, '--json'], { cwd: dir, env: { ...o.env, PATH: process.env.PATH } });
    expect(r.code).toBe(1);
    const doc = jsonOf<{ status: string; trust: { ignored: { detail: string }[] } }>(r, 'assert');
    expect(doc.status).toBe('NON_COMPLIANT');
    expect(doc.trust.ignored.map((i) => i.detail).join('\n')).toMatch(/unsigned/);
    expect(r.stderr).toContain('reading the facts from origin/factstore');
  });
});
