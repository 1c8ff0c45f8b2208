// schemas/fixtures/breakdown: every file in valid/ (made by buildBreakdown from the test scenarios)
// must pass breakdown.schema.json; every file in invalid/ must fail at the path invalid/expected.json
// records for it. Same rules as the fixture folders of the other schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, validatorFor } from '../../src/core/schema/index.js';

const root = join(import.meta.dirname, '../../schemas/fixtures/breakdown');
const validDir = join(root, 'valid');
const invalidDir = join(root, 'invalid');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();
const expected = readJson(join(invalidDir, 'expected.json')) as Record<string, string | string[]>;

describe('breakdown schema', () => {
  it('loads by name like every other schema', () => {
    expect(validatorFor('breakdown').schema).toMatchObject({ $id: 'https://factstore.dev/schemas/breakdown.schema.json' });
  });

  it('has valid and invalid fixtures', () => {
    expect(jsonFiles(validDir).length).toBeGreaterThan(0);
    expect(jsonFiles(invalidDir).length).toBeGreaterThan(0);
  });

  it.each(jsonFiles(validDir))('valid/%s passes', (file) => {
    expect(validate('breakdown', readJson(join(validDir, file)))).toEqual({ ok: true });
  });

  it('records an expected path for every invalid fixture, and only for existing ones', () => {
    expect(Object.keys(expected).sort()).toEqual(jsonFiles(invalidDir));
  });

  it.each(jsonFiles(invalidDir))('invalid/%s fails at the expected path', (file) => {
    const result = validate('breakdown', readJson(join(invalidDir, file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    const wanted = [expected[file] ?? []].flat();
    expect(wanted.length).toBeGreaterThan(0);
    for (const path of wanted) expect(paths).toContain(path);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(5);
  });
});
