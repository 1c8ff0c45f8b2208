import { FactstoreError, type ErrorCode } from '../errors.js';
import type { Fact } from '../model/fact.js';
import { formatErrors, renderErrors, type ValidationError } from './format-errors.js';
import { validatorFor } from './validator-for.js';

export type ValidationResult = { ok: true } | { ok: false; errors: ValidationError[] };

/** Validates `value` against `schemas/<name>.schema.json`, reporting every failing path. */
export function validate(name: string, value: unknown): ValidationResult {
  const check = validatorFor(name);
  if (check(value)) return { ok: true };
  return { ok: false, errors: formatErrors(check.errors ?? [], check.schema as Record<string, unknown>) };
}

/** A fact line against `schemas/fact.schema.json`. */
export function validateFact(fact: unknown): ValidationResult {
  return validate('fact', fact);
}

/**
 * Throws unless `value` is valid, listing every bad path. `what` names the document for the
 * reader ("the config file .github/factstore.yml", "the attestation fact"). The code defaults to
 * CONFIG for the config schema and BAD_INPUT otherwise.
 */
export function assertValid<T = unknown>(
  name: string,
  value: unknown,
  what: string,
  code: ErrorCode = name === 'config' ? 'CONFIG' : 'BAD_INPUT',
): asserts value is T {
  const result = validate(name, value);
  if (!result.ok) throw new FactstoreError(code, invalidMessage(what, result.errors));
}

export function invalidMessage(what: string, errors: readonly ValidationError[]): string {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return `factstore: ${what} is invalid (${count}):\n${renderErrors(errors)}`;
}

/** Convenience for writers: throws BAD_INPUT unless `fact` is a valid fact line. */
export function assertValidFact(fact: unknown, what = 'the fact'): asserts fact is Fact {
  assertValid<Fact>('fact', fact, what);
}
