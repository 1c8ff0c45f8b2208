import type { OptionSpec } from './option-spec.js';

/** Flags every command accepts, before or after the command words (DESIGN §5). */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'store', type: 'string', value: 'DIR', description: 'the git repository holding the facts branch (default: the current directory)' },
  { name: 'branch', type: 'string', value: 'NAME', description: 'the facts branch (default: facts.branch of the config, else factstore)' },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'use this config file instead of the committed one; it is then named as the trust root, as it is not reviewed config',
  },
  {
    name: 'config-ref',
    type: 'string',
    value: 'REF',
    description: 'read .github/factstore.yml as committed at REF in the repository of the current directory (default: origin/HEAD, else HEAD)',
  },
  { name: 'key', type: 'string', value: 'PATH', description: 'the OpenSSH Ed25519 signing key (default: the key text in FACTSTORE_SIGNING_KEY)' },
  { name: 'actor', type: 'string', value: 'NAME', description: 'who records the facts (default: FACTSTORE_ACTOR, GITHUB_ACTOR, else your user name)' },
  { name: 'dry-run', type: 'boolean', description: 'check and show what a writing command would record, and write nothing' },
  { name: 'json', type: 'boolean', description: 'print exactly one JSON document on stdout (schemas/cli/<command>.schema.json)' },
  { name: 'help', type: 'boolean', short: 'h', description: 'show help' },
  { name: 'version', type: 'boolean', description: 'show the version' },
];

export interface GlobalFlags {
  store?: string;
  branch?: string;
  config?: string;
  configRef?: string;
  key?: string;
  actor?: string;
  json: boolean;
  dryRun?: boolean;
}

/** Global string flags take a value: the command-word scanner must skip it. */
export function globalTakesValue(flag: string): boolean | undefined {
  const spec = GLOBAL_OPTIONS.find((o) => `--${o.name}` === flag || (o.short !== undefined && `-${o.short}` === flag));
  return spec === undefined ? undefined : spec.type === 'string';
}
