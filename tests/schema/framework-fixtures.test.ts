// Framework fixtures: every file under schemas/fixtures/framework/valid loads; every one under
// invalid/ is refused with the path recorded in invalid/expected.json among the reported problems.
// Both go through the whole check (schema, then the references between controls and definitions).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFrameworkValue } from '../../src/core/frameworks/index.js';
import { validate } from '../../src/core/schema/index.js';

const root = join(import.meta.dirname, '../../schemas/fixtures/framework');
const validDir = join(root, 'valid');
const invalidDir = join(root, 'invalid');
const jsonFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const expected = readJson(join(invalidDir, 'expected.json')) as Record<string, string | string[]>;

describe('framework: valid fixtures', () => {
  it.each(jsonFiles(validDir))('%s passes the schema and the cross-checks', (file) => {
    expect(validate('framework', readJson(join(validDir, file)))).toEqual({ ok: true });
    const result = checkFrameworkValue(readJson(join(validDir, file)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('framework: invalid fixtures', () => {
  it('records an expected path for every invalid fixture, and only for existing ones', () => {
    expect(Object.keys(expected).sort()).toEqual(jsonFiles(invalidDir));
  });

  it.each(jsonFiles(invalidDir))('%s is refused at the expected path', (file) => {
    const result = checkFrameworkValue(readJson(join(invalidDir, file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const wanted = [expected[file] ?? []].flat();
    expect(wanted.length).toBeGreaterThan(0);
    const paths = result.errors.map((e) => e.path);
    for (const path of wanted) expect(paths).toContain(path);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(5);
  });
});
