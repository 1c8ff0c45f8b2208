import { fingerprintPath } from '../../evidence/files/fingerprint.js';
import { CLI_INPUT_NAMES, type InputNames } from '../../evidence/files/input-names.js';
import { ArtifactCollector } from './artifact-collector.js';
import type { SourceReading } from './running-artifact.js';

export interface ServerPathsOptions {
  /** the machine the paths are on, recorded in each location */
  host?: string;
  /** how errors name the input that gave the paths (the CLI's flag or the Action's key) */
  names?: InputNames;
}

/**
 * What a server runs, from paths on it (a binary, a deployed folder), each digested exactly as
 * `artifacts create --file` digests it so that the digest CI recorded matches; the name is the
 * path as given. A path that cannot be read is an error, not a skip: a snapshot that silently
 * lost a binary would record it as removed.
 */
export async function readServerPaths(paths: readonly string[], options: ServerPathsOptions = {}): Promise<SourceReading> {
  const collector = new ArtifactCollector();
  for (const target of paths) {
    const { digest } = await fingerprintPath(target, options.names ?? CLI_INPUT_NAMES);
    collector.add({ name: target, digest, where: { host: options.host, path: target } });
  }
  return { artifacts: collector.list(), skipped: [] };
}
