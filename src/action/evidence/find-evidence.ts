import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { create } from '@actions/glob';
import { badInput } from '../../core/errors.js';

/**
 * The files the `evidence` patterns name (globs as @actions/glob reads them, `!` to exclude),
 * each once, in a stable order. A pattern that matches no file is an error: a report the tests
 * did not write must not turn into an attestation without evidence. Symbolic links are not
 * followed: a link is matched as itself (and then refused as evidence), a linked directory is not
 * searched, so a glob cannot reach out of the workspace through one.
 */
export async function findEvidence(patterns: readonly string[], workspace: string): Promise<string[]> {
  const found = new Set<string>();
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `!${rooted(p.slice(1), workspace)}`);
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const globber = await create([rooted(pattern, workspace), ...excludes].join('\n'), { matchDirectories: false, followSymbolicLinks: false });
    const files = await globber.glob();
    if (files.length === 0) {
      const link = await linkOnPattern(pattern, workspace);
      throw badInput(
        `the evidence pattern ${JSON.stringify(pattern)} matches no file in ${workspace}` +
          (link === undefined
            ? ': check that the step before wrote the report there, or fix the `evidence` input (paths and globs are relative to the workspace).'
            : `: ${link} on its path is a symbolic link, and evidence is never searched or read through a link. Give the reports' own directory in the workspace.`),
      );
    }
    for (const f of files.sort()) found.add(f);
  }
  return [...found];
}

/** Relative patterns are read from the workspace, wherever the process was started. */
function rooted(pattern: string, workspace: string): string {
  return path.isAbsolute(pattern) ? pattern : path.join(workspace, pattern);
}

/** The first symbolic link among the pattern's literal directories inside the workspace, to explain an empty match. */
async function linkOnPattern(pattern: string, workspace: string): Promise<string | undefined> {
  const relative = path.relative(workspace, rooted(pattern, workspace));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  let current = workspace;
  for (const part of relative.split(path.sep)) {
    if (/[*?[\]{}]/.test(part)) break;
    current = path.join(current, part);
    if ((await lstat(current).catch(() => undefined))?.isSymbolicLink() === true) return path.relative(workspace, current);
  }
  return undefined;
}
