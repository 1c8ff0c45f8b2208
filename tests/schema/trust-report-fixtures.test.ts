// Trust report fixtures: valid/ must pass schemas/trust-report.schema.json; each file in invalid/
// must fail at the path recorded for it in invalid/expected.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/core/schema/index.js';

const root = join(import.meta.dirname, '../../schemas/fixtures/trust-report');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const files = (dir: string): string[] => readdirSync(join(root, dir)).filter((f) => f.endsWith('.json') && f !== 'expected.json');
const expected = readJson(join(root, 'invalid', 'expected.json')) as Record<string, string>;

describe('trust report schema', () => {
  it.each(files('valid'))('valid/%s passes', (file) => {
    expect(validate('trust-report', readJson(join(root, 'valid', file)))).toEqual({ ok: true });
  });

  it('records an expected path for every invalid fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(files('invalid').sort());
  });

  it.each(files('invalid'))('invalid/%s fails at the expected path', (file) => {
    const result = validate('trust-report', readJson(join(root, 'invalid', file)));
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toContain(expected[file]);
  });
});
