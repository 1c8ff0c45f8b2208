import type { FactstoreConfig } from '../config/config.js';
import { badInput } from '../errors.js';
import type { EnvironmentType } from '../model/fact.js';
import { findRuntimeEnvironment, type FoundEnvironment } from './find-environment.js';
import type { SnapshotSourceNames } from './snapshot-source-names.js';
import { whatTypeReads } from './source-help.js';
import { ENVIRONMENT_TYPES } from './sources/index.js';

/** `value` as an environment type (any case); anything else lists the types there are. */
export function parseEnvironmentType(value: string, names: SnapshotSourceNames): EnvironmentType {
  const type = ENVIRONMENT_TYPES.find((t) => t === value.toLowerCase());
  if (type === undefined) throw badInput(`${JSON.stringify(value)} is not an environment type: give ${names.type} one of ${ENVIRONMENT_TYPES.join(', ')} (${names.help}).`);
  return type;
}

/**
 * The runtime environment `name` of the config, which a snapshot of `type` may describe only when
 * the config gives it that type: the config is the truth, so a snapshot of another type is refused.
 */
export function snapshotEnvironment(config: Pick<FactstoreConfig, 'environments'>, name: string, type: EnvironmentType, names: SnapshotSourceNames): FoundEnvironment & { type: EnvironmentType } {
  const environment = findRuntimeEnvironment(config, name);
  if (environment.type !== type) {
    throw badInput(
      `environment ${environment.name} is of type ${environment.type} in the config, not ${type}: the config is the truth, so this snapshot is refused. ` +
        `Give ${names.type} ${environment.type}, with ${whatTypeReads(environment.type, names)}.`,
    );
  }
  return { ...environment, type };
}
