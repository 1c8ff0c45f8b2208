import path from 'node:path';
import { fingerprintPath } from '../../core/evidence/files/fingerprint.js';
import { ACTION_INPUT_NAMES } from './action-input-names.js';
import type { ArtifactInput } from './shared-inputs.js';

/** The digest given, or the fingerprint of the file or directory named (relative to the workspace). */
export async function artifactDigest(artifact: ArtifactInput | undefined, workspace: string): Promise<string | undefined> {
  if (artifact === undefined) return undefined;
  if ('digest' in artifact) return artifact.digest;
  return (await fingerprintPath(path.resolve(workspace, artifact.file), ACTION_INPUT_NAMES)).digest;
}
