import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { FactstoreError } from '../../../src/core/errors.js';

/** tests/fixtures/environments/<source>/: real tool output (see its README.md). */
export const FIXTURE_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'environments');

export function fixtureText(source: string, file: string): string {
  return readFileSync(path.join(FIXTURE_ROOT, source, file), 'utf8');
}

/** Runs `read` expecting a BAD_INPUT FactstoreError (never a raw TypeError); returns its message. */
export function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(FactstoreError);
    expect((error as FactstoreError).code).toBe('BAD_INPUT');
    return (error as FactstoreError).message;
  }
  throw new Error('the input was accepted');
}

/** The same as `refusal` for an async reader. */
export async function asyncRefusal(read: () => Promise<unknown>): Promise<string> {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(FactstoreError);
    expect((error as FactstoreError).code).toBe('BAD_INPUT');
    return (error as FactstoreError).message;
  }
  throw new Error('the input was accepted');
}
