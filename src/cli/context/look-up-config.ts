import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FactstoreConfig } from '../../core/config/config.js';
import { parseConfig } from '../../core/config/load-config.js';
import { badInput, FactstoreError } from '../../core/errors.js';
import { missingConfig, readConfigFile } from './config-file.js';
import { findConfigRepository, readCommittedFile, resolveConfigCommit, type ConfigCommit } from './config-repository.js';
import { trustRootLabel, type TrustRoot } from './trust-root.js';

/** The config's path in the repository, from its root. */
export const CONFIG_PATH = '.github/factstore.yml';

export interface ConfigRequest {
  /** the directory the CLI runs in: its repository holds the reviewed config */
  cwd: string;
  git: string;
  /** --config FILE, resolved: then that file decides, named as an unreviewed trust root */
  file: string | undefined;
  /** --config-ref REF */
  ref: string | undefined;
}

export type ConfigLookup =
  | {
      found: true;
      config: FactstoreConfig;
      root: TrustRoot;
      /** how messages and `configFile` name it */
      label: string;
      /** remarks for stderr: the trust root given with --config, a working-tree config that differs */
      notes: string[];
    }
  | {
      found: false;
      /** what requireConfig reports */
      problem: FactstoreError;
      notes: string[];
      /** where `init` writes a starter config; undefined when there is already one, or no working tree */
      starterFile: string | undefined;
      /** a working-tree config that is not committed (init tells to commit it) */
      uncommitted: string | undefined;
    };

/**
 * The config that decides: the file given with --config, else `.github/factstore.yml` as
 * committed at --config-ref (default origin/HEAD, else HEAD) in the repository of `cwd`. The
 * working-tree copy never decides: when it differs, a note says so and how to use it.
 */
export async function lookUpConfig(request: ConfigRequest): Promise<ConfigLookup> {
  if (request.file !== undefined && request.ref !== undefined) {
    throw badInput('give either --config FILE (an explicit, unreviewed config) or --config-ref REF (the commit the reviewed config is read at), not both.');
  }
  if (request.file !== undefined) return fromFile(request.file);
  const repo = await findConfigRepository(request.git, request.cwd);
  if (repo === undefined) {
    const problem = notInRepository(request.cwd, request.ref !== undefined);
    if (request.ref !== undefined) throw problem;
    return { found: false, problem, notes: [], starterFile: undefined, uncommitted: undefined };
  }
  const working = repo.worktree === undefined ? undefined : path.join(repo.worktree, CONFIG_PATH);
  const workingText = working === undefined ? undefined : await readWorkingFile(working);
  const shown = working === undefined ? CONFIG_PATH : path.relative(request.cwd, working) || working;
  const at = await resolveConfigCommit(repo, request.ref);
  const committed = at === undefined ? undefined : await readCommittedFile(repo, at, CONFIG_PATH);
  if (at === undefined || committed === undefined) {
    if (workingText !== undefined) {
      return {
        found: false,
        problem: new FactstoreError('CONFIG', `${shown} is in the working tree but not committed ${where(at)}, and only committed config decides: commit it (through a reviewed pull request), or pass --config ${shown} to use it explicitly.`),
        notes: [`${shown} in the working tree is not committed ${where(at)}, so it is not used: commit it, or pass --config ${shown} to use it explicitly.`],
        starterFile: undefined,
        uncommitted: working,
      };
    }
    return {
      found: false,
      problem: new FactstoreError('CONFIG', `no ${CONFIG_PATH} is committed ${where(at)} in ${repo.worktree ?? repo.gitdir}: run \`factstore init\` to write a starter config and commit it, or pass --config FILE.`),
      notes: [],
      starterFile: working,
      uncommitted: undefined,
    };
  }
  const root: TrustRoot = { source: 'ref', ref: at.ref, commit: at.commit, path: CONFIG_PATH };
  const label = trustRootLabel(root);
  const config = parseConfig(committed, label);
  const differs = workingText !== undefined && lf(workingText) !== lf(committed);
  const notes = differs
    ? [`${shown} in the working tree differs from the config committed ${where(at)}, which is what decides: commit it (through a reviewed pull request) to make it count, or pass --config ${shown} to use it explicitly.`]
    : [];
  return { found: true, config, root, label, notes };
}

async function fromFile(file: string): Promise<ConfigLookup> {
  const config = await readConfigFile(file);
  if (config === undefined) return { found: false, problem: missingConfig(file), notes: [], starterFile: file, uncommitted: undefined };
  return { found: true, config, root: { source: 'file', path: file }, label: file, notes: [`trust root: ${file}, given with --config: not reviewed config`] };
}

function notInRepository(cwd: string, withRef: boolean): FactstoreError {
  return new FactstoreError(
    'CONFIG',
    `${cwd} is not in a git repository, so there is no committed config to read${withRef ? ' at --config-ref' : ''}: run factstore inside the repository whose ${CONFIG_PATH} holds your reviewed config, or pass --config FILE (that file is then the trust root).`,
  );
}

function where(at: ConfigCommit | undefined): string {
  return at === undefined ? 'yet (the repository has no commit)' : `at ${at.ref} (${at.commit.slice(0, 12)})`;
}

async function readWorkingFile(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new FactstoreError('CONFIG', `cannot read ${file} (${code ?? String(e)}): fix its permissions, or pass --config FILE.`, { cause: e });
  }
}

/** A checkout may turn LF into CRLF (core.autocrlf): that alone is no difference. */
function lf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}
