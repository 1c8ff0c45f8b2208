import * as core from '@actions/core';
import { badInput } from '../../core/errors.js';

/** One input, trimmed; undefined when empty (the runner passes every declared input, empty or not). */
export function optionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function requiredInput(name: string, what: string): string {
  const value = optionalInput(name);
  if (value === undefined) throw badInput(`the \`${name}\` input is empty: give ${what} under \`with:\` in the workflow step.`);
  return value;
}

/** Several values, one per line or separated by commas; blank entries dropped. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n|,/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** `true` or `false` (YAML 1.2 core schema spellings), default false when empty. */
export function booleanInput(name: string): boolean {
  const value = optionalInput(name);
  if (value === undefined) return false;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw badInput(`the \`${name}\` input is ${JSON.stringify(value)}: give true or false.`);
}
