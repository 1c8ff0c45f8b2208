import path from 'node:path';
import { create } from '@actions/glob';
import { badInput } from '../../core/errors.js';

/**
 * The files the `evidence` patterns name (globs as @actions/glob reads them, `!` to exclude),
 * each once, in a stable order. A pattern that matches no file is an error: a report the tests
 * did not write must not turn into an attestation without evidence.
 */
export async function findEvidence(patterns: readonly string[], workspace: string): Promise<string[]> {
  const found = new Set<string>();
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => `!${rooted(p.slice(1), workspace)}`);
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const globber = await create([rooted(pattern, workspace), ...excludes].join('\n'), { matchDirectories: false });
    const files = await globber.glob();
    if (files.length === 0) {
      throw badInput(
        `the evidence pattern ${JSON.stringify(pattern)} matches no file in ${workspace}: check that the step before wrote the report there, ` +
          'or fix the `evidence` input (paths and globs are relative to the workspace).',
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
