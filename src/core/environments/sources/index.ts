/** Readers of "what is running in an environment", one per kind of environment. */
export const ENVIRONMENT_TYPES = ['k8s', 'docker', 'ecs', 'lambda', 's3', 'server', 'list'] as const;
export type EnvironmentType = (typeof ENVIRONMENT_TYPES)[number];

export type { Location, RunningArtifact, SourceReading, Skipped } from './running-artifact.js';
export { MAX_SNAPSHOT_INPUT_BYTES } from './limits.js';
export { readK8sPods } from './read-k8s-pods.js';
export { readDocker } from './read-docker.js';
export { readEcsTasks } from './read-ecs-tasks.js';
