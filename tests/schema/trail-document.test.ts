// The trail document a policy sees has a schema (schemas/trail-document.schema.json): documents built
// from real trails must pass it, and the fixtures under schemas/fixtures/trail-document must pass or
// fail at the recorded path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTrailDocument } from '../../src/core/evaluate/trail-document.js';
import { parseEvidence } from '../../src/core/evidence/index.js';
import { validate } from '../../src/core/schema/index.js';
import { commitOf, digestOf, flowConfig, TrailBuilder } from '../evaluate/helpers.js';

const root = join(import.meta.dirname, '../../schemas/fixtures/trail-document');
const evidenceDir = join(import.meta.dirname, '../fixtures/evidence');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();

function realDocument() {
  const image = digestOf('image');
  const junit = readFileSync(join(evidenceDir, 'junit/jest-junit__jest-junit.xml'));
  const sarif = readFileSync(join(evidenceDir, 'sarif/eslint-9.39.5__eslint-formatter-sarif-3.1.0.sarif'));
  const ref = (name: string, bytes: Buffer) => {
    const parsed = parseEvidence(bytes, { name });
    return { name, sha256: digestOf(name), size: bytes.length, format: parsed.format, summary: parsed.summary };
  };
  const t = new TrailBuilder('release-42');
  t.begin(commitOf('c1'), { gitBranch: 'main', author: 'alice' });
  t.artifact(image, 'payment-api', 'v1.4.2');
  // jest-junit's report has failures: PASSED stands only with a recorded override
  t.attest('unit-tests', 'PASSED', { evidence: [ref('junit.xml', junit), ref('junit-2.xml', junit)], override: { reason: 'quarantined: PAY-1422', verdict: 'FAILED' } });
  t.attest('lint', 'FAILED', { artifact: image, evidence: [ref('eslint.sarif', sarif)], details: 'eslint errors' });
  t.approve('alice', 'REJECTED', 'flaky e2e');
  t.approve('bob', 'APPROVED', undefined, '@acme/release-managers');
  const flow = flowConfig({ require: ['unit-tests', 'lint'], policies: ['no-criticals'], approval: { required: true, approvers: ['alice', '@acme/release-managers'], min: 1, forbidSelf: true } });
  return buildTrailDocument({ flow, trail: 'release-42', facts: t.facts, artifact: image });
}

describe('trail document schema', () => {
  it('a document built from a real trail passes, with summaries added up across files of one format', () => {
    const doc = realDocument();
    expect(validate('trail-document', doc)).toEqual({ ok: true });
    const unit = doc.attestations.find((a) => a.type === 'unit-tests');
    const one = unit?.evidence[0]?.summary ?? {};
    expect(unit?.summary).toMatchObject({ tests: Number(one.tests) * 2, failures: Number(one.failures) * 2 });
    expect(unit?.override).toEqual({ reason: 'quarantined: PAY-1422', verdict: 'FAILED' });
    expect(doc.attestations.find((a) => a.type === 'lint')).not.toHaveProperty('override');
  });

  it.each(jsonFiles(join(root, 'valid')))('valid/%s passes', (file) => {
    expect(validate('trail-document', readJson(join(root, 'valid', file)))).toEqual({ ok: true });
  });

  const expected = readJson(join(root, 'invalid', 'expected.json')) as Record<string, string>;
  it('records an expected path for every invalid fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(jsonFiles(join(root, 'invalid')));
  });
  it.each(jsonFiles(join(root, 'invalid')))('invalid/%s fails at the expected path', (file) => {
    const result = validate('trail-document', readJson(join(root, 'invalid', file)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(expected[file]);
  });
});
