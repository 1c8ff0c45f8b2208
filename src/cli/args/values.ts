import { badInput } from '../../core/errors.js';
import type { Command, OptionValues } from '../command.js';

/** Typed reads of parsed flags; a missing required flag says which and where to look. */
export function optionalString(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function requiredString(values: OptionValues, name: string, command: Command): string {
  const v = optionalString(values, name);
  if (v === undefined) {
    throw badInput(`${command.path.join(' ')} needs --${name}: see factstore ${command.path.join(' ')} --help.`);
  }
  return v;
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

export function stringList(values: OptionValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}
