import { badInput } from '../../core/errors.js';
import { checkName, normalizeDigest } from '../../core/model/names.js';
import { optionalInput } from './input-reader.js';

/** An artifact named by its digest, or by a file or directory whose digest is computed. */
export type ArtifactInput = { digest: string } | { file: string };

/** The `artifact` (digest) or `artifact-file` input; at most one of them. */
export function readArtifactInput(): ArtifactInput | undefined {
  const digest = optionalInput('artifact');
  const file = optionalInput('artifact-file');
  if (digest !== undefined && file !== undefined) {
    throw badInput('give either `artifact` (a sha256 digest) or `artifact-file` (a file or directory to fingerprint), not both.');
  }
  if (digest !== undefined) return { digest: normalizeDigest(digest) };
  return file === undefined ? undefined : { file };
}

/** The trail name: the `trail` input, else the commit being built. */
export function checkTrail(trail: string | undefined): string {
  if (trail === undefined) {
    throw badInput('no trail: give the `trail` input (GITHUB_SHA, its default, is not set outside a workflow run).');
  }
  return checkName('trail', trail);
}
