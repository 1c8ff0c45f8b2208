import path from 'node:path';
import { badInput } from '../errors.js';
import { CLI_INPUT_NAMES } from '../evidence/files/input-names.js';
import type { EnvironmentType } from '../model/fact.js';
import { readSourceText } from './read-source-text.js';
import type { SnapshotSourceNames } from './snapshot-source-names.js';
import { whatTypeReads } from './source-help.js';
import { MAX_SNAPSHOT_INPUT_BYTES } from './sources/limits.js';
import {
  readArtifactList,
  readDocker,
  readEcsTasks,
  readK8sPods,
  readLambdaFunctions,
  readS3Checksums,
  readS3Folder,
  readServerPaths,
  type SourceReading,
} from './sources/index.js';

/** The saved tool output a snapshot reads; which ones a type needs is {@link whatTypeReads}. */
export interface SnapshotSourceFiles {
  file?: string | undefined;
  images?: string | undefined;
  dir?: string | undefined;
  bucket?: string | undefined;
  paths?: readonly string[] | undefined;
}

export interface ReadSnapshotSourceOptions {
  /** what relative paths are relative to (the CLI's working directory, the workflow's workspace) */
  cwd: string;
  names: SnapshotSourceNames;
  /**
   * Standard input, for a file given as `-` (`kubectl get pods -A -o json | factstore snapshot k8s
   * --file -`): reads at most `maxBytes` + 1 bytes, so an input over the limit is told, not held.
   */
  stdin?: (maxBytes: number) => Promise<Buffer>;
}

/**
 * What runs in an environment of `type`, read by that type's reader from the files an earlier
 * step saved; no cluster, daemon or cloud account is contacted.
 */
export async function readSnapshotSource(type: EnvironmentType, files: SnapshotSourceFiles, { cwd, names, stdin }: ReadSnapshotSourceOptions): Promise<SourceReading> {
  const need = (given: string | undefined, name: string): string => {
    if (given === undefined) throw badInput(`snapshot ${type} needs ${name} (${whatTypeReads(type, names)}).`);
    return given;
  };
  const text = async (name: string = names.file): Promise<string> => {
    const file = need(files.file, name);
    return file === '-' && stdin !== undefined ? stdinText(await stdin(MAX_SNAPSHOT_INPUT_BYTES)) : readSourceText(cwd, file);
  };
  switch (type) {
    case 'k8s':
      return readK8sPods(await text());
    case 'docker':
      return readDocker(await text(), files.images === undefined ? undefined : await readSourceText(cwd, files.images));
    case 'ecs':
      return readEcsTasks(await text());
    case 'lambda':
      return readLambdaFunctions(await text());
    case 's3':
      if (files.dir !== undefined) return readS3Folder(path.resolve(cwd, files.dir), files.bucket);
      return readS3Checksums(await text(`${names.dir} or ${names.file}`));
    case 'server': {
      const paths = files.paths ?? [];
      if (paths.length === 0) need(undefined, names.paths);
      return readServerPaths(paths.map((p) => path.resolve(cwd, p)), { names: { ...CLI_INPUT_NAMES, file: names.paths } });
    }
    case 'list':
      return readArtifactList(await text());
  }
}

function stdinText(bytes: Buffer): string {
  if (bytes.length > MAX_SNAPSHOT_INPUT_BYTES) {
    throw badInput(`standard input is over the ${MAX_SNAPSHOT_INPUT_BYTES} bytes a snapshot input may be: snapshot the environment in parts (e.g. one namespace or cluster per environment).`);
  }
  if (bytes.length === 0) throw badInput('standard input is empty: pipe the tool\'s output in (kubectl get pods -A -o json | factstore snapshot k8s --environment E --file -).');
  return bytes.toString('utf8');
}
