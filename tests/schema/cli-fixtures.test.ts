// CLI --json output fixtures: schemas/fixtures/cli/<command>/valid holds real `factstore --json`
// output (from a demo repository, temp paths made neutral) and must pass cli/<command>; every file in
// invalid/ must fail with the path recorded for it in invalid/expected.json among the errors.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/core/schema/index.js';

const schemasDir = join(import.meta.dirname, '../../schemas/cli');
const root = join(import.meta.dirname, '../../schemas/fixtures/cli');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();

const commands = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const schemaNames = readdirSync(schemasDir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.schema\.json$/, ''))
  .filter((name) => name !== 'common')
  .sort();

describe('cli output fixtures: coverage', () => {
  it('has a fixture folder for every CLI output schema, and none without a schema', () => {
    expect(commands).toEqual(schemaNames);
  });

  it.each(commands)('%s has valid and invalid fixtures', (command) => {
    expect(jsonFiles(join(root, command, 'valid')).length).toBeGreaterThan(0);
    expect(jsonFiles(join(root, command, 'invalid')).length).toBeGreaterThan(0);
    expect(existsSync(join(root, command, 'invalid', 'expected.json'))).toBe(true);
  });
});

for (const command of commands) {
  const validDir = join(root, command, 'valid');
  const invalidDir = join(root, command, 'invalid');
  const schema = `cli/${command}`;

  describe(`${schema}: valid fixtures`, () => {
    it.each(jsonFiles(validDir))('%s passes', (file) => {
      expect(validate(schema, readJson(join(validDir, file)))).toEqual({ ok: true });
    });
  });

  describe(`${schema}: invalid fixtures`, () => {
    const expected = readJson(join(invalidDir, 'expected.json')) as Record<string, string | string[]>;

    it('records an expected path for every invalid fixture, and only for existing ones', () => {
      expect(Object.keys(expected).sort()).toEqual(jsonFiles(invalidDir));
    });

    it.each(jsonFiles(invalidDir))('%s fails at the expected path', (file) => {
      const result = validate(schema, readJson(join(invalidDir, file)));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const paths = result.errors.map((e) => e.path);
      const wanted = [expected[file] ?? []].flat();
      expect(wanted.length).toBeGreaterThan(0);
      for (const path of wanted) expect(paths).toContain(path);
      for (const error of result.errors) expect(error.message.length).toBeGreaterThan(5);
    });
  });
}
