import type { EnvironmentConfig, FactstoreConfig } from '../config/config.js';
import { FactstoreError } from '../errors.js';
import { didYouMean } from '../text/did-you-mean.js';

export interface FoundEnvironment {
  /** the name as the config spells it: facts are keyed by it */
  name: string;
  env: EnvironmentConfig;
}

/**
 * The environment of `environments:` named `name`, compared case-insensitively as GitHub compares
 * environment names; an unknown one lists those there are.
 */
export function findEnvironment(config: Pick<FactstoreConfig, 'environments'>, name: string): FoundEnvironment {
  const found = Object.entries(config.environments).find(([known]) => known.toLowerCase() === name.toLowerCase());
  if (found !== undefined) return { name: found[0], env: found[1] };
  const known = Object.keys(config.environments);
  const meant = didYouMean(name, known);
  throw new FactstoreError(
    'NOT_FOUND',
    `environment ${JSON.stringify(name)} is not under environments: in the config${meant !== undefined ? `; did you mean ${meant}?` : ''} ` +
      `(known: ${known.join(', ') || 'none'}). Add it with its type, e.g. environments: { ${name}: { type: k8s } }, and commit the config.`,
  );
}

/** A runtime environment (one with a `type`): logical environments hold no snapshots of their own. */
export function findRuntimeEnvironment(config: Pick<FactstoreConfig, 'environments'>, name: string): FoundEnvironment & { type: NonNullable<EnvironmentConfig['type']> } {
  const found = findEnvironment(config, name);
  const { type } = found.env;
  if (type === undefined) {
    throw new FactstoreError(
      'BAD_INPUT',
      `environment ${found.name} is a logical environment (members: ${found.env.members.join(', ')}): it has no snapshots of its own; name one of its members.`,
    );
  }
  return { ...found, type };
}
