import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { TrustedSigner } from '../../src/core/config/config.js';
import { allowedSignersFile, generateKeyPair } from '../../src/core/signing/index.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

export function tempDir(prefix = 'factstore-test-'): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** A new git repository with one commit on main, in a temp dir. */
export function tempRepo(): string {
  const dir = tempDir();
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'README.md'), 'app\n');
  git(dir, 'add', '.');
  git(dir, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'init');
  return dir;
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs git and returns its exit status and output instead of throwing. */
export function gitStatus(dir: string, ...args: string[]): { status: number; out: string } {
  try {
    return { status: 0, out: execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { status: err.status ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

export interface TestKey {
  privateKey: string;
  publicKey: string;
  signer: TrustedSigner;
}

export function testKey(principal = 'ci@acme'): TestKey {
  const k = generateKeyPair(principal);
  return { privateKey: k.privateKey, publicKey: k.publicKey, signer: { principal, key: k.publicKey } };
}

/** `git verify-commit` of SHA with an allowed-signers file built from the given signers. */
export function verifyCommitWithGit(dir: string, sha: string, signers: TrustedSigner[]): { status: number; out: string } {
  const file = path.join(tempDir(), 'allowed_signers');
  writeFileSync(file, allowedSignersFile(signers));
  return gitStatus(dir, '-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${file}`, 'verify-commit', sha);
}
