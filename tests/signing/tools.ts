// Real tools for the signing tests: ssh-keygen and git in throw-away directories, keys made at test time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(cmd, args, { input: opts.input, cwd: opts.cwd, env: opts.env ?? process.env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like run, but a non-zero exit fails the test with the tool's stderr. */
export function ok(cmd: string, args: string[], opts: Parameters<typeof run>[2] = {}): string {
  const r = run(cmd, args, opts);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const dirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factstore-signing-'));
  dirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Writes a private key file the way ssh-keygen insists on: mode 0600. */
export function writeKeyFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, { mode: 0o600 });
  return path;
}

/** `ssh-keygen -t TYPE -N PASS`; returns the private key text and its path. */
export function sshKeygen(dir: string, name: string, extra: string[] = [], passphrase = ''): { path: string; text: string; pub: string } {
  const path = join(dir, name);
  ok('ssh-keygen', ['-q', '-N', passphrase, '-f', path, ...extra]);
  return { path, text: readFileSync(path, 'utf8'), pub: readFileSync(`${path}.pub`, 'utf8').trim() };
}

/** An isolated git: no system or user config, identity and dates fixed. */
export function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
    GIT_AUTHOR_NAME: 'Fact Store',
    GIT_AUTHOR_EMAIL: 'facts@example.com',
    GIT_AUTHOR_DATE: '1700000000 +0000',
    GIT_COMMITTER_NAME: 'Fact Store',
    GIT_COMMITTER_EMAIL: 'facts@example.com',
    GIT_COMMITTER_DATE: '1700000000 +0000',
  };
}

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** The commit text `git commit-tree` writes for the identity and dates of gitEnv. */
export function commitPayload(message: string, parents: string[] = []): string {
  const who = 'Fact Store <facts@example.com> 1700000000 +0000';
  return [`tree ${EMPTY_TREE}`, ...parents.map((p) => `parent ${p}`), `author ${who}`, `committer ${who}`, '', message].join('\n');
}
