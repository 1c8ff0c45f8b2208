// --dry-run on every writing command: everything is checked (config, key trust, the trail, the
// evidence, idempotency) and shown, and nothing is written: no facts commit, no object, no file.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, tempDir, tempRepo } from '../helpers/git.js';
import { cli, DIGEST_A, factsTip, FLOW, jsonOf, startTrail, workspace } from './helpers.js';

/** Every object in the repository, loose or packed: a dry run must not add one. */
function objectCount(repo: string): string {
  return git(repo, 'count-objects', '-v');
}

describe('--dry-run', () => {
  it('trails begin, artifacts create, attest (with evidence), approve and gate --record write nothing and say so', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    writeFileSync(path.join(w.repo, 'junit.xml'), '<testsuite tests="1" failures="0" errors="0"><testcase name="a"/></testsuite>');
    const tip = factsTip(w.repo);
    const objects = objectCount(w.repo);
    const runs: [string[], Record<string, string>?][] = [
      [['trails', 'begin', '--flow', FLOW, '--trail', 't2']],
      [['artifacts', 'create', '--flow', FLOW, '--trail', 't1', '--name', 'app', '--sha256', DIGEST_A]],
      [['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--evidence', 'junit.xml']],
      [['approve', '--flow', FLOW, '--trail', 't1', '--comment', 'ok'], w.asAlice],
      [['gate', '--record', '--flow', FLOW]],
    ];
    for (const [args, env] of runs) {
      const r = await w.fs(['--dry-run', ...args], env);
      expect({ args, code: r.code === 2 ? r.stderr : 'ran' }).toEqual({ args, code: 'ran' });
      expect(r.stderr).toContain('dry run (--dry-run): nothing was written.');
    }
    expect(factsTip(w.repo)).toBe(tip);
    expect(objectCount(w.repo)).toBe(objects);
    expect((await w.fs(['trails', 'get', '--flow', FLOW, '--trail', 't2'])).code).toBe(2);
  });

  it('shows the fact it would record, with the same checks as a real run', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const r = await w.fs(['--dry-run', 'attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED', '--json']);
    expect(jsonOf<{ kind: string; status: string; trail: string }>(r, 'attest')).toMatchObject({ kind: 'attestation', status: 'PASSED', trail: 't1' });
    const text = await w.fs(['--dry-run', 'attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED']);
    expect(text.stdout).toContain('dry run: nothing written');
    // refused exactly as a real run would be: a trail nobody began
    const refused = await w.fs(['--dry-run', 'attest', '--flow', FLOW, '--trail', 'nope', '--type', 'unit-tests', '--status', 'PASSED']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('has not been started');
  });

  it('init creates no branch and writes no starter config; keygen writes no key', async () => {
    const repo = tempRepo();
    const w = await workspace({ init: false });
    const r = await cli(['--dry-run', 'init'], { cwd: repo, env: w.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Would create the facts branch factstore');
    expect(r.stdout).toContain('Would write a starter config');
    expect(factsTip(repo)).toBe('');
    expect(existsSync(path.join(repo, '.github', 'factstore.yml'))).toBe(false);

    const dir = tempDir();
    const k = await cli(['--dry-run', 'keygen', '--out', 'k/key', '--comment', 'ci@acme'], { cwd: dir });
    expect(k.code).toBe(0);
    expect(k.stdout).toMatch(/^ci@acme namespaces="git" ssh-ed25519 /m);
    expect(readdirSync(dir)).toEqual([]);
  });
});
