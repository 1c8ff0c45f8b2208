import { badInput } from '../../core/errors.js';
import type { RunnerEnv } from '../env/runner-env.js';
import { readConfigToken, type ConfigTokenInputs } from './config-token.js';
import { readHighWaterAppId } from './high-water-inputs.js';
import { booleanInput, optionalInput } from './input-reader.js';
import { readSigningKey } from './signing-key.js';
import { readStoreInputs, type StoreInputs } from './store-inputs.js';

export interface ExportOtlpInputs extends StoreInputs, ConfigTokenInputs {
  /** the collector's logs URL over exporters.otlp.endpoint of the config */
  endpoint: string | undefined;
  protocol: string | undefined;
  since: Date | undefined;
  fromCommit: string | undefined;
  signingKey: string | undefined;
  dryRun: boolean;
  highWaterAppId: number;
}

/** The export step's inputs: where to send (else the config's exporters.otlp), where to start, the key that signs the cursor. */
export function readExportOtlpInputs(env: RunnerEnv): ExportOtlpInputs {
  const store = readStoreInputs(env);
  const since = optionalInput('since');
  const time = since === undefined ? undefined : Date.parse(since);
  if (time !== undefined && Number.isNaN(time)) throw badInput(`\`since: ${since}\` is not a date: write e.g. \`since: 2026-10-01\`.`);
  const fromCommit = optionalInput('from-commit');
  if (fromCommit !== undefined && !/^[0-9a-f]{40}$/.test(fromCommit)) throw badInput(`\`from-commit: ${fromCommit}\` is not a full facts commit id (40 lowercase hex).`);
  if (fromCommit !== undefined && time !== undefined) throw badInput('`since:` and `from-commit:` both say where to start: give one.');
  return {
    ...store,
    ...readConfigToken(store),
    endpoint: optionalInput('endpoint'),
    protocol: optionalInput('protocol'),
    since: time === undefined ? undefined : new Date(time),
    fromCommit,
    signingKey: readSigningKey(env),
    dryRun: booleanInput('dry-run'),
    highWaterAppId: readHighWaterAppId(),
  };
}
