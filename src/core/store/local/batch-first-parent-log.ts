import { spawn } from 'node:child_process';
import { FactstoreError } from '../../errors.js';

/** One file a commit changed against its first parent (`git diff-tree -r --raw`). */
export interface FileChange {
  /** A added, D deleted, M modified, T type changed */
  status: string;
  path: string;
  oldMode: string;
  newMode: string;
  /** 40 zeros when absent */
  oldOid: string;
  newOid: string;
}

export interface CommitChanges {
  commit: string;
  parents: string[];
  changes: FileChange[];
}

export interface FirstParentLog {
  /** Stops reading git's output until `resume()` (git then blocks on its full pipe). */
  pause(): void;
  resume(): void;
  /** Resolves once every commit was handed out and git exited cleanly. */
  readonly done: Promise<void>;
  abort(): void;
}

export const ZERO_OID = '0'.repeat(40);
const RAW_LENGTH = 98;

/**
 * Streams the first-parent history of `tip`, oldest first, with the files each commit changed:
 * native git walks and diffs the trees, so the caller only reads the blobs it cares about.
 * The root commit shows every file as added; a merge is diffed against its first parent.
 */
export function streamFirstParentLog(options: {
  gitdir: string;
  tip: string;
  git?: string;
  onCommit: (commit: CommitChanges) => void;
}): FirstParentLog {
  const args = [
    '--no-replace-objects',
    '--git-dir', options.gitdir,
    // user settings that would change the output below
    '-c', 'log.showSignature=false',
    '-c', 'diff.renames=false',
    'log', '--first-parent', '--diff-merges=first-parent', '--reverse', '--root',
    '-r', '--raw', '--no-renames', '--no-abbrev', '--no-color', '--no-notes', '-z',
    '--format=commit %H %P',
    options.tip, '--',
  ];
  const child = spawn(options.git ?? 'git', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const tokens = new NulTokens();
  const parser = new LogParser(options.onCommit);
  let stderr = '';
  let failure: Error | undefined;
  const done = new Promise<void>((resolve, reject) => {
    const fail = (e: Error): void => {
      failure ??= e;
      child.kill();
      reject(failure);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure !== undefined) return;
      try {
        tokens.push(chunk, (token) => parser.token(token));
      } catch (e) {
        fail(e instanceof Error ? e : new Error(String(e)));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (e) =>
      fail(new FactstoreError('INTERNAL', `cannot run git (${e.message}): reading a whole store needs native git on the PATH; install git.`, { cause: e })),
    );
    child.on('close', (code) => {
      if (failure !== undefined) return reject(failure);
      if (code !== 0) return fail(new FactstoreError('INTERNAL', `git log exited with ${code}: ${stderr.trim() || 'no message'}`));
      try {
        if (!tokens.empty) throw new Error('git log output ended in the middle of an entry');
        parser.end();
      } catch (e) {
        return fail(e instanceof Error ? e : new Error(String(e)));
      }
      resolve();
    });
  });
  done.catch(() => undefined);
  return {
    pause: () => child.stdout.pause(),
    resume: () => child.stdout.resume(),
    done,
    abort: () => {
      failure ??= new FactstoreError('INTERNAL', 'git log was stopped.');
      child.kill();
    },
  };
}

/** Splits a byte stream at NUL bytes; a token split across chunks is joined once. */
export class NulTokens {
  private rest: Buffer[] = [];

  get empty(): boolean {
    return this.rest.length === 0;
  }

  push(chunk: Buffer, onToken: (token: Buffer) => void): void {
    let pos = 0;
    for (;;) {
      const nul = chunk.indexOf(0, pos);
      if (nul === -1) break;
      const piece = chunk.subarray(pos, nul);
      if (this.rest.length > 0) {
        this.rest.push(piece);
        onToken(Buffer.concat(this.rest));
        this.rest = [];
      } else {
        onToken(piece);
      }
      pos = nul + 1;
    }
    if (pos < chunk.length) this.rest.push(chunk.subarray(pos));
  }
}

/**
 * `git log -z --raw --format='commit %H %P'` is a run of NUL-terminated tokens:
 * `commit <oid> <parents…>`, then for each changed file `:<old mode> <new mode> <old oid>
 * <new oid> <status>` followed by the path. git puts a newline before the first raw entry.
 */
class LogParser {
  private current: CommitChanges | undefined;
  private entry: Omit<FileChange, 'path'> | undefined;

  constructor(private readonly onCommit: (commit: CommitChanges) => void) {}

  token(bytes: Buffer): void {
    if (this.entry !== undefined) {
      this.current?.changes.push({ ...this.entry, path: bytes.toString('utf8') });
      this.entry = undefined;
      return;
    }
    const text = bytes.toString('latin1').replace(/^\n/, '');
    if (text.startsWith('commit ')) {
      if (this.current !== undefined) this.onCommit(this.current);
      const [, commit = '', ...parents] = text.split(' ');
      this.current = { commit, parents: parents.filter((p) => p !== ''), changes: [] };
      return;
    }
    // `:<6> <6> <40> <40> <status>`: fixed columns, read without a regular expression
    if (this.current === undefined || text.length < RAW_LENGTH || text[0] !== ':' || text[7] !== ' ' || text[14] !== ' ' || text[55] !== ' ' || text[96] !== ' ') {
      throw new Error(`unexpected git log output: ${JSON.stringify(text.slice(0, 80))}`);
    }
    this.entry = { oldMode: text.slice(1, 7), newMode: text.slice(8, 14), oldOid: text.slice(15, 55), newOid: text.slice(56, 96), status: text[97] ?? '' };
  }

  end(): void {
    if (this.entry !== undefined) throw new Error('git log output ended before a path');
    if (this.current !== undefined) this.onCommit(this.current);
    this.current = undefined;
  }
}
