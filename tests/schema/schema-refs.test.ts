// A schema under schemas/ may $ref another one (a CLI output embedding a fact): the loader finds
// the referenced file by its $id. Run against a temporary schemas folder, in its own test file so
// the module-level folder setting and validator cache start fresh.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findSchemasDir, useSchemasDir, validate } from '../../src/core/schema/index.js';

const schemasDir = join(import.meta.dirname, '../../schemas');
const trail = JSON.parse(readFileSync(join(schemasDir, 'fixtures/fact/valid/trail.json'), 'utf8')) as Record<string, unknown>;

it('loads a referenced schema from the same folder by its $id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factstore-schemas-'));
  writeFileSync(join(dir, 'fact.schema.json'), readFileSync(join(schemasDir, 'fact.schema.json')));
  mkdirSync(join(dir, 'cli'));
  writeFileSync(
    join(dir, 'cli', 'attest.schema.json'),
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://factstore.dev/schemas/cli/attest.schema.json',
      type: 'object',
      required: ['fact'],
      properties: { fact: { $ref: '../fact.schema.json' } },
      additionalProperties: false,
    }),
  );
  writeFileSync(join(dir, 'cli', 'wrong-id.schema.json'), JSON.stringify({ $id: 'https://example.com/x.json' }));
  useSchemasDir(dir);
  expect(findSchemasDir()).toBe(dir);

  expect(validate('cli/attest', { fact: trail })).toEqual({ ok: true });
  const bad = validate('cli/attest', { fact: { ...trail, trail: '../x' }, more: true });
  expect(bad.ok ? [] : bad.errors.map((e) => e.path).sort()).toEqual(['/fact/trail', '/more']);
  expect(() => validate('cli/wrong-id', {})).toThrow('"$id": "https://factstore.dev/schemas/cli/wrong-id.schema.json"');
});
