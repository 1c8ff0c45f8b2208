import type { FactstoreConfig } from '../config/config.js';
import { badInput } from '../errors.js';
import { didYouMean } from '../text/did-you-mean.js';
import { typeNames } from './describe-types.js';

/**
 * A type the config does not know counts for nothing, and is most often a typo (`unit-test` for
 * `unit-tests`): refused with the type it resembles, unless the caller says it is meant to be new.
 */
export function assertKnownType(type: string, config: FactstoreConfig, newTypeFlag: string): void {
  const known = typeNames(config);
  if (known.includes(type)) return;
  const meant = didYouMean(type, known);
  throw badInput(
    `type ${JSON.stringify(type)} is not in the type registry (types:) and no flow requires it, so it would count for nothing.` +
      `${meant !== undefined ? ` Did you mean ${meant}?` : ''} Record it anyway with ${newTypeFlag}, or add it under types: in the config. Nothing was written.`,
  );
}
