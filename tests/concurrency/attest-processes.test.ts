import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { verifyStore } from '../../src/core/verify/index.js';
import { git, tempDir, tempRepo, testKey } from '../helpers/git.js';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/factstore.js');

function runCli(cwd: string, args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe('concurrent writers', () => {
  it('16 factstore attest processes started at once all land: 16 facts, no duplicate, verify clean', async () => {
    const dir = tempRepo();
    const key = testKey();
    const keyFile = path.join(tempDir(), 'ci.key');
    writeFileSync(keyFile, key.privateKey, { mode: 0o600 });
    const types = Array.from({ length: 16 }, (_, i) => `check-${i}`);
    git(dir, 'config', 'user.name', 'dev');
    writeFileSync(
      path.join(dir, 'factstore.yml'),
      `trust:\n  signers:\n    - { principal: ci@acme, key: "${key.publicKey}" }\n` +
        `flows:\n  payments:\n    require: [${types.join(', ')}]\n`,
    );
    const common = ['--store', dir, '--config', path.join(dir, 'factstore.yml'), '--key', keyFile, '--actor', 'ci'];
    // a config given with --config is named as the trust root on every run, and nothing else is said
    const named = `factstore: trust root: ${path.join(dir, 'factstore.yml')}, given with --config: not reviewed config\n`;
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    const begun = await runCli(dir, [...common, 'trails', 'begin', '--flow', 'payments', '--trail', 'build-1', '--commit', head], {});
    expect(begun.stderr).toBe(named);
    expect(begun.code).toBe(0);

    const results = await Promise.all(
      types.map((type) => runCli(dir, [...common, 'attest', '--flow', 'payments', '--trail', 'build-1', '--type', type, '--status', 'PASSED'], {})),
    );
    expect(results.map((r) => r.stderr)).toEqual(types.map(() => named));
    expect(results.map((r) => r.code)).toEqual(types.map(() => 0));

    const store = new LocalGitStore({ dir });
    const facts = (await store.readTrail('payments', 'build-1')).filter((f) => f.kind === 'attestation');
    expect(facts.length).toBe(16);
    expect(new Set(facts.map((f) => f.id)).size).toBe(16);
    expect(facts.map((f) => (f.kind === 'attestation' ? f.type : '')).sort()).toEqual([...types].sort());
    // one commit per write: the trail, then 16 attestations
    expect(git(dir, 'rev-list', '--count', 'factstore').trim()).toBe('17');
    const report = await verifyStore({ dir, branch: 'factstore', trusted: [key.signer] });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
