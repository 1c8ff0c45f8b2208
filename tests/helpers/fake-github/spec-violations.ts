/**
 * Requests a fake refused because GitHub would refuse them fail the test that made them, even when
 * the client swallowed the error: each live fake registers here, a vitest `afterEach` (the setup
 * file `spec-violations-setup.ts`) throws for what a test left, and `close()` throws for the rest.
 * The registry lives on `globalThis` so the setup file and the test share it.
 */
import type { SpecViolation } from './spec-check.js';

export interface ViolationSource {
  url: string;
  /** the violations no test has seen yet; marks them seen */
  takeUnreported(): SpecViolation[];
}

const KEY = Symbol.for('factstore.fake-github.live');
type Registry = Set<ViolationSource>;

export function liveFakes(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  return (holder[KEY] ??= new Set());
}

export function violationsError(url: string, violations: SpecViolation[]): Error {
  const lines = violations.map((v) => `  ${v.method} ${v.path}${v.operation === undefined ? '' : ` (${v.operation})`}: ${v.problems.join('; ')}`);
  return new Error(`${violations.length} request(s) to ${url} refused: GitHub's OpenAPI description does not allow them:\n${lines.join('\n')}\nFix the request, or, when the test sends it on purpose, take it with gh.takeSpecViolations().`);
}

/** Throws for the violations recorded by any live fake since the last call. */
export function failOnSpecViolations(): void {
  const errors = [...liveFakes()].map((fake) => ({ url: fake.url, violations: fake.takeUnreported() })).filter((f) => f.violations.length > 0);
  const first = errors[0];
  if (first !== undefined) throw violationsError(first.url, errors.flatMap((e) => e.violations));
}
