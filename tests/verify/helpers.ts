// Real stores for the verify tests: LocalGitStore with keys made at test time, and tampering done
// with plain git plumbing (hash-object, a temporary index, write-tree, update-ref).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Fact, FactInput } from '../../src/core/model/fact.js';
import { makeFact, sha256Hex } from '../../src/core/model/fact-id.js';
import { validateFact } from '../../src/core/schema/index.js';
import { addSignatureToCommit, sshSigner, type Signer } from '../../src/core/signing/index.js';
import { commitPayload } from '../../src/core/store/local/commit-text.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { verifyStore, type VerifyReport } from '../../src/core/verify/index.js';
import { tempDir, tempRepo, testKey, type TestKey } from '../helpers/git.js';

export const trustedKey = testKey('ci@acme');
export const otherKey = testKey('mallory@elsewhere');
export const trustedSigner: Signer = sshSigner(trustedKey.privateKey);

let clock = Date.parse('2026-11-23T10:00:00Z');
const tick = () => new Date((clock += 1000));

type Input = FactInput extends infer T ? (T extends unknown ? Omit<T, 'ts' | 'actor'> & { actor?: string } : never) : never;
export const fact = (input: Input): Fact => makeFact({ actor: 'ci', ts: tick().toISOString(), ...input });

export function storeIn(dir: string, key: TestKey = trustedKey, validate = true): LocalGitStore {
  return new LocalGitStore({
    dir,
    signer: sshSigner(key.privateKey),
    clock: tick,
    ...(validate ? { validate: (f: Fact) => { const r = validateFact(f); if (!r.ok) throw new Error('invalid fact'); } } : {}),
  });
}

export const COMMIT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9011223344';
export const DIGEST = `sha256:${'ab'.repeat(32)}`;
export const JUNIT = Buffer.from('<testsuite tests="1"><testcase name="ok"/></testsuite>\n');
export const JUNIT_SHA = `sha256:${sha256Hex(JUNIT)}`;

/** A store with a trail, an artifact, an attestation with evidence, an approval and a loose snapshot. */
export async function cleanStore(): Promise<{ dir: string; store: LocalGitStore; commits: string[] }> {
  const dir = tempRepo();
  const store = storeIn(dir);
  const commits: string[] = [];
  const add = async (facts: Fact[], evidence?: { sha256: string; bytes: Uint8Array }[]) => {
    const r = await store.append({ facts, ...(evidence ? { evidence } : {}) });
    if (r.commit !== undefined) commits.push(r.commit);
  };
  await add([fact({ kind: 'trail', flow: 'payments', trail: 'b1', commit: COMMIT, gitBranch: 'main' })]);
  await add([fact({ kind: 'artifact', flow: 'payments', trail: 'b1', artifact: DIGEST, name: 'app' })]);
  await add(
    [fact({ kind: 'attestation', flow: 'payments', trail: 'b1', type: 'unit-tests', status: 'PASSED', evidence: [{ name: 'junit.xml', sha256: JUNIT_SHA, size: JUNIT.length, format: 'junit' }] })],
    [{ sha256: JUNIT_SHA, bytes: JUNIT }],
  );
  await add([fact({ kind: 'approval', flow: 'payments', trail: 'b1', actor: 'alice', decision: 'APPROVED' })]);
  await add([fact({ kind: 'snapshot', event: 'ENVIRONMENT_SNAPSHOT', environment: 'production', type: 'k8s', artifacts: [{ name: 'ghcr.io/acme/payments', artifact: DIGEST }] })]);
  return { dir, store, commits };
}

export function verify(dir: string, extra: { checkpoint?: string; trusted?: TestKey[] } = {}): Promise<VerifyReport> {
  const trusted = (extra.trusted ?? [trustedKey]).map((k) => k.signer);
  return verifyStore({ dir, branch: 'factstore', trusted, ...(extra.checkpoint !== undefined ? { checkpoint: extra.checkpoint } : {}) });
}

export const codes = (r: VerifyReport): string[] => [...new Set(r.problems.map((p) => p.code))].sort();

function git(dir: string, args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', input: options.input, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
}

export const show = (dir: string, rev: string): string => git(dir, ['show', rev]);
export const tipOf = (dir: string): string => git(dir, ['rev-parse', 'factstore']).trim();

/**
 * A tree: `base`'s tree with files replaced (text or bytes) or removed (null), built with a
 * temporary index so the work tree and the repository's index are untouched.
 */
export function editedTree(dir: string, base: string, edits: Record<string, string | Buffer | null>): string {
  const env = { ...process.env, GIT_INDEX_FILE: path.join(tempDir(), 'index') };
  git(dir, ['read-tree', base], { env });
  for (const [p, content] of Object.entries(edits)) {
    if (content === null) {
      git(dir, ['update-index', '--force-remove', p], { env });
    } else {
      const blob = git(dir, ['hash-object', '-w', '--stdin'], { input: content }).trim();
      git(dir, ['update-index', '--add', '--cacheinfo', `100644,${blob},${p}`], { env });
    }
  }
  return git(dir, ['write-tree'], { env }).trim();
}

/** Writes a commit object (signed by `signer` as the store signs, or unsigned) and returns its id. */
export async function writeCommit(dir: string, tree: string, parents: string[], signer: Signer | undefined, message = 'edited by hand\n'): Promise<string> {
  const who = { name: 'Someone', email: 'someone@example.com' };
  const payload = commitPayload({ tree, parents, author: who, committer: who, time: tick(), message });
  const text = signer === undefined ? payload : addSignatureToCommit(payload, await signer.sign(Buffer.from(payload, 'utf8')));
  return git(dir, ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: text }).trim();
}

/** Commits `edits` on top of the branch tip and moves the branch there. */
export async function tamper(dir: string, edits: Record<string, string | Buffer | null>, signer?: Signer): Promise<string> {
  const tip = tipOf(dir);
  const commit = await writeCommit(dir, editedTree(dir, tip, edits), [tip], signer);
  setBranch(dir, commit);
  return commit;
}

export function setBranch(dir: string, commit: string): void {
  git(dir, ['update-ref', 'refs/heads/factstore', commit]);
}

export const rawCommit = (dir: string, commit: string): string => git(dir, ['cat-file', 'commit', commit]);
export const writeRawCommit = (dir: string, text: string): string => git(dir, ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: text }).trim();
export const fileAt = (dir: string, rev: string, p: string): string => git(dir, ['show', `${rev}:${p}`]);
export const gitIn = (dir: string, ...args: string[]): string => git(dir, args);
