import { checkName, normalizeDigest } from '../../core/model/names.js';
import { badInput } from '../../core/errors.js';
import type { RunnerEnv } from '../env/runner-env.js';
import { optionalInput, requiredInput } from './input-reader.js';
import { readStoreInputs, type StoreInputs } from './store-inputs.js';
import type { ArtifactInput } from './shared-inputs.js';
import { readConfigToken, type ConfigTokenInputs } from './config-token.js';
import { readHighWaterAppId } from './high-water-inputs.js';

export interface AssertInputs extends StoreInputs, ConfigTokenInputs {
  flow: string;
  artifact: ArtifactInput;
  /** the App whose check runs keep the high-water mark (GitHub Actions by default) */
  highWaterAppId: number;
}

/** The assert step's inputs: the flow, and the artifact as `sha256` or `artifact-file`. */
export function readAssertInputs(env: RunnerEnv): AssertInputs {
  const store = readStoreInputs(env);
  const flow = checkName('flow', requiredInput('flow', 'the flow to assert the artifact against, e.g. `flow: payment-service`'));
  const digest = optionalInput('sha256');
  const file = optionalInput('artifact-file');
  if ((digest === undefined) === (file === undefined)) {
    throw badInput('give exactly one of `sha256` (the artifact digest, sha256:<64 hex>) or `artifact-file` (a file or directory to fingerprint).');
  }
  return {
    ...store,
    ...readConfigToken(store),
    flow,
    artifact: digest !== undefined ? { digest: normalizeDigest(digest) } : { file: file ?? '' },
    highWaterAppId: readHighWaterAppId(),
  };
}
