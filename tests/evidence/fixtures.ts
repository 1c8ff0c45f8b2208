import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvidenceFormat } from '../../src/core/evidence/index.js';

/** tests/fixtures/evidence/<format>/: real tool output, byte for byte (see its README.md). */
export const FIXTURE_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'evidence');

export const FIXTURE_FORMATS = ['junit', 'sarif', 'cyclonedx', 'spdx', 'snyk', 'trivy'] as const satisfies readonly EvidenceFormat[];

export function readFixture(format: EvidenceFormat, file: string): Uint8Array {
  return readFileSync(path.join(FIXTURE_ROOT, format, file));
}

export function fixtureText(format: EvidenceFormat, file: string): string {
  return readFileSync(path.join(FIXTURE_ROOT, format, file), 'utf8');
}

export function listFixtures(format: EvidenceFormat): string[] {
  return readdirSync(path.join(FIXTURE_ROOT, format)).sort();
}

/** Encodes test-made text the way a tool would write it to disk. */
export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
