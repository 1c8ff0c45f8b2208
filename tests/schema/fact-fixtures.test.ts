// Every fixture under schemas/fixtures/fact/valid must pass; every one under invalid/ must fail
// AND report the path recorded for it in invalid/expected.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, validateFact } from '../../src/core/schema/index.js';

const root = join(import.meta.dirname, '../../schemas/fixtures/fact');
const validDir = join(root, 'valid');
const invalidDir = join(root, 'invalid');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const expected = readJson(join(invalidDir, 'expected.json')) as Record<string, string | string[]>;
const validFiles = readdirSync(validDir).filter((f) => f.endsWith('.json'));
const invalidFiles = readdirSync(invalidDir).filter((f) => f.endsWith('.json') && f !== 'expected.json');

describe('fact schema: valid fixtures', () => {
  it('has at least one fixture per kind', () => {
    const kinds = new Set(validFiles.map((f) => (readJson(join(validDir, f)) as { kind: string }).kind));
    expect([...kinds].sort()).toEqual(
      ['alarm', 'approval', 'artifact', 'attestation', 'bypass', 'decision', 'drift', 'snapshot', 'trail'],
    );
  });

  it.each(validFiles)('%s passes', (file) => {
    expect(validateFact(readJson(join(validDir, file)))).toEqual({ ok: true });
  });
});

describe('fact schema: invalid fixtures', () => {
  it('records an expected path for every invalid fixture, and only for existing ones', () => {
    expect(Object.keys(expected).sort()).toEqual([...invalidFiles].sort());
  });

  it.each(invalidFiles)('%s fails at the expected path', (file) => {
    const result = validate('fact', readJson(join(invalidDir, file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    for (const path of [expected[file] ?? []].flat()) expect(paths).toContain(path);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(5);
  });
});
