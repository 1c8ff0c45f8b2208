import { spawn } from 'node:child_process';
import { FactstoreError } from '../../errors.js';
import { NulTokens } from './batch-first-parent-log.js';
import type { PathChange, PathCommit } from './path-changes.js';

const ZERO_OID = '0'.repeat(40);
const RAW_LENGTH = 98;

export interface NativePathLogOptions {
  gitdir: string;
  git: string;
  start: string;
  /** walk only the commits after this one (a range `since..start`) */
  since?: string;
  path: string;
  /** more files or folders walked with `path` in the same walk (their changes listed too) */
  morePaths?: readonly string[];
  /**
   * `path` is one file: stop at the commit that created it. Its history cannot reach further back
   * (facts are only appended), so git walks from the tip to the file's creation, not to the root.
   */
  stopAtCreation: boolean;
}

/**
 * The first-parent commits from `start` that changed anything under `path`, oldest first, with
 * the files each changed: git walks and diffs only the trees along `path`, and the caller reads
 * just the blobs it is handed.
 */
export function nativePathLog(options: NativePathLogOptions): Promise<PathCommit[]> {
  const args = [
    '--no-replace-objects', '--literal-pathspecs',
    '--git-dir', options.gitdir,
    // user settings that would change the output below
    '-c', 'log.showSignature=false',
    '-c', 'diff.renames=false',
    'log', '--first-parent', '--diff-merges=first-parent', '--root',
    '-z', '--raw', '--no-renames', '--no-abbrev', '--no-color', '--no-notes',
    '--format=commit %H %ct',
    '--end-of-options', options.since === undefined ? options.start : `${options.since}..${options.start}`, '--', options.path, ...(options.morePaths ?? []),
  ];
  const child = spawn(options.git, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const tokens = new NulTokens();
  const parser = new PathLogParser();
  let stderr = '';
  let stopped = false;
  return new Promise<PathCommit[]>((resolve, reject) => {
    const fail = (e: unknown): void => {
      child.kill();
      const message = e instanceof Error ? e.message : String(e);
      reject(e instanceof FactstoreError ? e : new FactstoreError('INTERNAL', `git log of ${options.path} failed: ${message}`, { cause: e }));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (stopped) return;
      try {
        tokens.push(chunk, (token) => {
          const change = parser.token(token);
          if (stopped || change === undefined || !options.stopAtCreation || change.oldOid !== undefined) return;
          stopped = true;
          child.kill();
          resolve(parser.commits.reverse());
        });
      } catch (e) {
        fail(e);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (e) => fail(new FactstoreError('INTERNAL', `cannot run git (${e.message}): install git or read without it (FACTSTORE_NATIVE_GIT=0).`, { cause: e })));
    child.on('close', (code) => {
      if (stopped) return;
      if (code !== 0) return fail(new Error(`exited with ${code}: ${stderr.trim() || 'no message'}`));
      if (!tokens.empty || parser.midEntry) return fail(new Error('its output ended in the middle of an entry'));
      resolve(parser.commits.reverse());
    });
  });
}

/**
 * `-z --raw --format='commit %H %ct'`: NUL-terminated tokens, `commit <oid> <time>` then for each
 * changed file `:<old mode> <new mode> <old oid> <new oid> <status>` followed by its path.
 * git puts a newline before the first raw entry of a commit.
 */
class PathLogParser {
  /** newest first, as git prints them */
  readonly commits: PathCommit[] = [];
  private entry: Omit<PathChange, 'path'> | undefined;

  get midEntry(): boolean {
    return this.entry !== undefined;
  }

  /** Reads one token; returns the change it completes, if it is a path. */
  token(bytes: Buffer): PathChange | undefined {
    const current = this.commits[this.commits.length - 1];
    if (this.entry !== undefined) {
      const change = { ...this.entry, path: bytes.toString('utf8') };
      current?.changes.push(change);
      this.entry = undefined;
      return change;
    }
    const text = bytes.toString('latin1').replace(/^\n/, '');
    if (text === '') return undefined;
    if (text.startsWith('commit ')) {
      const [, commit = '', time = ''] = text.split(' ');
      this.commits.push({ commit, time: Number(time), changes: [] });
      return undefined;
    }
    // fixed columns: `:<6> <6> <40> <40> <status>`
    if (current === undefined || text.length < RAW_LENGTH || text[0] !== ':' || text[55] !== ' ' || text[96] !== ' ') {
      throw new Error(`unexpected output ${JSON.stringify(text.slice(0, 80))}`);
    }
    const oldOid = text.slice(15, 55);
    const newOid = text.slice(56, 96);
    this.entry = { oldOid: oldOid === ZERO_OID ? undefined : oldOid, newOid: newOid === ZERO_OID ? undefined : newOid };
    return undefined;
  }
}
