import type { SnapshotSourceFiles } from '../../core/environments/read-snapshot-source.js';
import { parseEnvironmentType } from '../../core/environments/snapshot-environment.js';
import type { SnapshotSourceNames } from '../../core/environments/snapshot-source-names.js';
import type { EnvironmentType } from '../../core/model/fact.js';
import { checkName } from '../../core/model/names.js';
import type { RunnerEnv } from '../env/runner-env.js';
import { readConfigToken, type ConfigTokenInputs } from './config-token.js';
import { readHighWaterAppId } from './high-water-inputs.js';
import { booleanInput, listInput, optionalInput, requiredInput } from './input-reader.js';
import { readSigningKey } from './signing-key.js';
import { readStoreInputs, type StoreInputs } from './store-inputs.js';

/** The snapshot step's `with:` keys, as the shared snapshot code names them in errors. */
export const SNAPSHOT_INPUT_NAMES: SnapshotSourceNames = {
  type: '`type:`',
  file: '`file:`',
  images: '`images:`',
  dir: '`dir:`',
  bucket: '`bucket:`',
  paths: '`paths:`',
  help: 'the inputs of snapshot/action.yml say what each reads',
};

export interface SnapshotInputs extends StoreInputs, ConfigTokenInputs {
  environment: string;
  type: EnvironmentType;
  /** the saved tool output, relative to the workspace */
  files: SnapshotSourceFiles;
  signingKey: string | undefined;
  /** read and judge, write nothing (no facts, no issue) */
  dryRun: boolean;
  /** keep the environment's drift issue in the workflow's repository */
  driftIssue: boolean;
  /** the App whose check runs keep the high-water mark (GitHub Actions by default) */
  highWaterAppId: number;
}

/** The snapshot step's inputs: the environment, its type, and the files an earlier step saved. */
export function readSnapshotInputs(env: RunnerEnv): SnapshotInputs {
  const store = readStoreInputs(env);
  const paths = listInput('paths');
  return {
    ...store,
    ...readConfigToken(store),
    environment: checkName('environment', requiredInput('environment', 'the environment, as named under `environments:` in the config, e.g. `environment: production`')),
    type: parseEnvironmentType(requiredInput('type', "the environment's type in the config, e.g. `type: k8s`"), SNAPSHOT_INPUT_NAMES),
    files: { file: optionalInput('file'), images: optionalInput('images'), dir: optionalInput('dir'), bucket: optionalInput('bucket'), paths },
    signingKey: readSigningKey(env),
    dryRun: booleanInput('dry-run'),
    driftIssue: optionalInput('drift-issue') === undefined ? true : booleanInput('drift-issue'),
    highWaterAppId: readHighWaterAppId(),
  };
}
