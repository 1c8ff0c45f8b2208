// Config fixtures: every file under schemas/fixtures/config/valid loads; every one under invalid/
// is refused with the path recorded in invalid/expected.json among the reported problems. Both go
// through the whole loader (YAML, schema, cross-checks), as a user's file does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkConfigValue, parseConfig } from '../../src/core/config/load-config.js';
import { validate } from '../../src/core/schema/index.js';
import { FactstoreError } from '../../src/core/errors.js';

const root = join(import.meta.dirname, '../../schemas/fixtures/config');
const validDir = join(root, 'valid');
const invalidDir = join(root, 'invalid');
const yamlFiles = (dir: string): string[] => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const readYaml = (file: string): unknown => parse(readFileSync(file, 'utf8')) as unknown;
const expected = JSON.parse(readFileSync(join(invalidDir, 'expected.json'), 'utf8')) as Record<string, string | string[]>;

describe('config: valid fixtures', () => {
  it.each(yamlFiles(validDir))('%s passes the schema and the loader', (file) => {
    expect(validate('config', readYaml(join(validDir, file)) ?? {})).toEqual({ ok: true });
    const result = checkConfigValue(readYaml(join(validDir, file)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('config: invalid fixtures', () => {
  it('records an expected path for every invalid fixture, and only for existing ones', () => {
    expect(Object.keys(expected).sort()).toEqual(yamlFiles(invalidDir).sort());
  });

  it.each(yamlFiles(invalidDir))('%s is refused at the expected path', (file) => {
    const result = checkConfigValue(readYaml(join(invalidDir, file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    const wanted = [expected[file] ?? []].flat();
    for (const path of wanted) expect(paths).toContain(path);

    // The thrown error names the file and lists the same paths.
    const source = `.github/${file}`;
    let thrown: unknown;
    try {
      parseConfig(readFileSync(join(invalidDir, file), 'utf8'), source);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FactstoreError);
    const error = thrown as FactstoreError;
    expect(error.code).toBe('CONFIG');
    expect(error.message).toContain(source);
    for (const path of wanted) expect(error.message).toContain(`  - ${path === '' ? '/' : path}: `);
  });
});
