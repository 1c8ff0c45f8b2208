import { execFile } from 'node:child_process';
import { FactstoreError } from '../../core/errors.js';

export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Output past this is refused: the config is small, and nothing else is read this way. */
const MAX_OUTPUT = 2 * 1024 * 1024;

/**
 * One git question about the repository the CLI runs in. Replacement refs are never followed:
 * `refs/replace/` could otherwise swap the reviewed config commit for another one.
 */
export function runGit(git: string, args: readonly string[], cwd: string): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    execFile(git, ['--no-replace-objects', ...args], { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        reject(new FactstoreError('CONFIG', `cannot run git to read the committed config (${error.message}): install git and put it on the PATH, or pass --config FILE.`, { cause: error }));
        return;
      }
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}
