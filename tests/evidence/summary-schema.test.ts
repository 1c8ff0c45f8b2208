// schemas/evidence-summary.schema.json is what a type's jq and schema are checked against before
// anything is recorded: it must describe every summary the parsers yield from real tool output, and
// close each object, or a sound type would be refused (or a broken one let through).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_FORMATS, parseEvidence } from '../../src/core/evidence/index.js';
import { summaryFields } from '../../src/core/types/summary-fields.js';
import { FIXTURE_FORMATS, listFixtures, readFixture } from './fixtures.js';

const file = path.join(import.meta.dirname, '..', '..', 'schemas', 'evidence-summary.schema.json');
const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id: string; $defs: Record<string, { required: string[]; additionalProperties: unknown }> };
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);
const checkerOf = (format: string) => ajv.compile({ $ref: `${schema.$id}#/$defs/${format}` });

describe('the summary schema of each format', () => {
  it('has a closed definition for every format but json, whose document is judged whole', () => {
    const defined = Object.keys(schema.$defs).filter((d) => d !== 'count');
    expect(defined.sort()).toEqual(EVIDENCE_FORMATS.filter((f) => f !== 'json').sort());
    for (const d of defined) expect(schema.$defs[d]?.additionalProperties, d).toBe(false);
    expect(summaryFields('json')).toBeUndefined();
  });

  for (const format of FIXTURE_FORMATS) {
    it(`describes the summary of every ${format} fixture`, () => {
      const check = checkerOf(format);
      const names = listFixtures(format).filter((n) => n !== 'README.md');
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const parsed = parseEvidence(readFixture(format, name), { name, format });
        expect(check(parsed.summary), `${name}: ${JSON.stringify(check.errors)}`).toBe(true);
        // the fields summaryFields names are the schema's, every one of them possible
        for (const key of Object.keys(parsed.summary)) expect(summaryFields(format)).toContain(key);
      }
    });
  }

  it('a snyk summary names unknown only when some severity was outside the four, as its schema allows', () => {
    const check = checkerOf('snyk');
    const odd = parseEvidence(new TextEncoder().encode(JSON.stringify({ vulnerabilities: [{ id: 'X', severity: 'bogus' }], ok: false })), { name: 'odd.json', format: 'snyk' });
    expect(odd.summary.unknown).toBe(1);
    expect(check(odd.summary)).toBe(true);
    expect(check({ critical: 0, high: 0, medium: 0, low: 0, elevated: 1 })).toBe(false);
  });
});
