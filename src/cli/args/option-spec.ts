import type { ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** One flag of a command: what `parseArgs` needs plus what `--help` shows. */
export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** placeholder shown in help, e.g. `F` for `--flow F` */
  value?: string;
  description: string;
}

export function toParseArgsOptions(specs: readonly OptionSpec[]): ParseArgsOptionsConfig {
  const out: ParseArgsOptionsConfig = {};
  for (const s of specs) {
    out[s.name] = {
      type: s.type,
      ...(s.multiple === true ? { multiple: true } : {}),
      ...(s.short !== undefined ? { short: s.short } : {}),
    };
  }
  return out;
}

/** `--flow F`, `-h, --help`, `--evidence FILE…` */
export function optionLabel(s: OptionSpec): string {
  const flag = `${s.short !== undefined ? `-${s.short}, ` : ''}--${s.name}`;
  if (s.type === 'boolean') return flag;
  return `${flag} ${s.value ?? 'VALUE'}${s.multiple === true ? '…' : ''}`;
}
