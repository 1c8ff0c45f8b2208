import { badInput } from '../../core/errors.js';
import type { RunnerEnv } from '../env/runner-env.js';
import { readConfigToken, type ConfigTokenInputs } from './config-token.js';
import { readHighWaterAppId } from './high-water-inputs.js';
import { listInput, optionalInput } from './input-reader.js';
import { readStoreInputs, type StoreInputs } from './store-inputs.js';

export interface PostureInputs extends StoreInputs, ConfigTokenInputs {
  /** count only trails started since */
  since: Date | undefined;
  /** framework names whose controls are counted too */
  frameworks: string[];
  /** the App whose check runs keep the high-water mark (GitHub Actions by default) */
  highWaterAppId: number;
}

/** The posture step's inputs: the window and the frameworks; the rest is where the facts are. */
export function readPostureInputs(env: RunnerEnv): PostureInputs {
  const store = readStoreInputs(env);
  const since = optionalInput('since');
  const time = since === undefined ? undefined : Date.parse(since);
  if (time !== undefined && Number.isNaN(time)) throw badInput(`\`since: ${since}\` is not a date: write e.g. \`since: 2026-10-01\`.`);
  return {
    ...store,
    ...readConfigToken(store),
    since: time === undefined ? undefined : new Date(time),
    frameworks: listInput('frameworks'),
    highWaterAppId: readHighWaterAppId(),
  };
}
