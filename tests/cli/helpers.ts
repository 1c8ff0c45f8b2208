import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { validate } from '../../src/core/schema/index.js';
import { run } from '../../src/cli/main.js';
import { git, gitStatus, tempRepo, testKey, type TestKey } from '../helpers/git.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  now?: () => Date;
}

/** Runs `factstore <args>` in-process and captures everything it prints. */
export async function cli(args: string[], options: CliOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: options.env ?? {},
    cwd: options.cwd,
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
  return { code, stdout, stderr };
}

/** The --json document of a successful run, checked against `schemas/cli/<schema>.schema.json`. */
export function jsonOf<T = Record<string, unknown>>(result: CliResult, schema: string): T {
  const doc = JSON.parse(result.stdout) as unknown;
  const check = validate(`cli/${schema}`, doc);
  expect(check.ok ? [] : check.errors).toEqual([]);
  return doc as T;
}

/** The facts branch tip, '' when the branch does not exist. */
export function factsTip(repo: string, branch = 'factstore'): string {
  const r = gitStatus(repo, 'rev-parse', '--verify', '-q', `refs/heads/${branch}`);
  return r.status === 0 ? r.out.trim() : '';
}

export function headOf(repo: string): string {
  return git(repo, 'rev-parse', 'HEAD').trim();
}

export const FLOW = 'payment-service';

/** alice's own key: her approvals count only when she signs them (trust.signers with actors: [alice]). */
export const ALICE: TestKey = testKey('alice@acme');

export function configText(key: TestKey, extra = '', alice: TestKey = ALICE): string {
  return `trust:
  signers:
    - { principal: ${key.signer.principal}, key: "${key.signer.key}" }
    - { principal: ${alice.signer.principal}, key: "${alice.signer.key}", actors: [alice] }
flows:
  ${FLOW}:
    require: [unit-tests, vulnerability-scan]
    approval: { required: true, approvers: [alice], min: 1 }
  other-service:
    require: [unit-tests]
evidence: { max_bytes: 1024 }
${extra}`;
}

export interface Workspace {
  repo: string;
  key: TestKey;
  env: Record<string, string>;
  /** the environment of alice signing with her own key */
  asAlice: Record<string, string>;
  /** `factstore <args>` in the repository with the CI key and actor */
  fs: (args: string[], env?: Record<string, string | undefined>) => Promise<CliResult>;
}

/**
 * Writes `.github/factstore.yml` and commits it: the CLI reads the config committed in the
 * repository it runs in, never the working tree. Returns the new HEAD.
 */
export function commitConfig(repo: string, text: string): string {
  mkdirSync(path.join(repo, '.github'), { recursive: true });
  writeFileSync(path.join(repo, '.github', 'factstore.yml'), text);
  git(repo, 'add', '.github/factstore.yml');
  git(repo, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '--allow-empty', '-m', 'factstore config');
  return headOf(repo);
}

/** A repository with a committed config, a key in the environment and (unless told otherwise) the facts branch. */
export async function workspace(options: { init?: boolean } = {}): Promise<Workspace> {
  const repo = tempRepo();
  const key = testKey('ci@acme');
  commitConfig(repo, configText(key));
  const env = { FACTSTORE_SIGNING_KEY: key.privateKey, FACTSTORE_ACTOR: 'ci' };
  const asAlice = { FACTSTORE_SIGNING_KEY: ALICE.privateKey, FACTSTORE_ACTOR: 'alice' };
  const fs = (args: string[], extra?: Record<string, string | undefined>) => cli(args, { cwd: repo, env: { ...env, ...extra } });
  if (options.init !== false) expect((await fs(['init'])).code).toBe(0);
  return { repo, key, env, asAlice, fs };
}

export const DIGEST_A = `sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `sha256:${'b'.repeat(64)}`;

/** Starts trail T for HEAD and records artifact `digest` on it. */
export async function startTrail(w: Workspace, trail: string, digest?: string): Promise<void> {
  expect((await w.fs(['trails', 'begin', '--flow', FLOW, '--trail', trail])).code).toBe(0);
  if (digest !== undefined) {
    expect((await w.fs(['artifacts', 'create', '--flow', FLOW, '--trail', trail, '--name', 'app', '--sha256', digest])).code).toBe(0);
  }
}
