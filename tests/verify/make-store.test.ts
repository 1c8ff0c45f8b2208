import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/load-config.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { verifyStore } from '../../src/core/verify/index.js';
import { git, gitStatus, tempDir } from '../helpers/git.js';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/bench/make-store.mjs');

describe('scripts/bench/make-store.mjs', () => {
  it('makes a store that verifies clean with verifyStore, git fsck --strict and git verify-commit', async () => {
    const dir = path.join(tempDir(), 'store');
    const out = execFileSync(process.execPath, [SCRIPT, '--dir', dir, '--facts', '300', '--trails-per-flow', '10'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const summary = JSON.parse(out) as { tip: string; facts: number; flows: number; trails: number };
    expect(summary).toMatchObject({ facts: 300 });
    expect(summary.flows).toBeGreaterThan(1);

    const config = parseConfig(readFileSync(`${dir}.config.yml`, 'utf8'), `${dir}.config.yml`);
    expect(Object.keys(config.flows)).toHaveLength(summary.flows);
    const signer = sshSigner(readFileSync(`${dir}.key`, 'utf8'));
    expect(signer.publicKey).toBe(readFileSync(`${dir}.key.pub`, 'utf8').trim());
    expect(config.trust.signers[0]?.key).toBe(signer.publicKey);

    const report = await verifyStore({ dir, branch: 'factstore', trusted: config.trust.signers });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, tip: summary.tip, commits: 301, facts: 300 });
    expect(report.evidence).toBeGreaterThan(50);

    expect(gitStatus(dir, 'fsck', '--strict').status).toBe(0);
    const commits = git(dir, 'rev-list', 'factstore').trim().split('\n');
    expect(commits).toHaveLength(301);
    for (const commit of [commits[0]!, commits[150]!, commits[300]!]) {
      const r = gitStatus(dir, '-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${dir}.allowed_signers`, 'verify-commit', commit);
      expect(r.status, r.out).toBe(0);
    }
    // one write per commit, with the message the store writes
    expect(git(dir, 'log', '-1', '--format=%s', commits[0]!)).toMatch(/^factstore: [A-Z_]+ /);
    expect(git(dir, 'show', 'factstore:FACTSTORE.json')).toContain('"layout": 1');
  });

  it('refuses to overwrite a directory that is not empty', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [SCRIPT, '--dir', path.dirname(SCRIPT), '--facts', '1'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      ({ status, stderr } = e as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(stderr).toContain('not empty');
  });
});
