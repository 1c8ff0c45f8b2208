/** Readers of "what is running in an environment", one per kind of environment. */
import type { EnvironmentType } from '../../model/fact.js';

export type { EnvironmentType } from '../../model/fact.js';
export const ENVIRONMENT_TYPES = ['k8s', 'docker', 'ecs', 'lambda', 's3', 'server', 'list'] as const satisfies readonly EnvironmentType[];

export type { Location, RunningArtifact, SourceReading, Skipped } from './running-artifact.js';
export { MAX_SNAPSHOT_INPUT_BYTES } from './limits.js';
export { readK8sPods } from './read-k8s-pods.js';
export { readDocker } from './read-docker.js';
export { readEcsTasks } from './read-ecs-tasks.js';
export { readLambdaFunctions } from './read-lambda-functions.js';
export { readS3Checksums } from './read-s3-checksums.js';
export { readS3Folder } from './read-s3-folder.js';
export { readServerPaths, type ServerPathsOptions } from './read-server-paths.js';
export { readArtifactList } from './read-artifact-list.js';
