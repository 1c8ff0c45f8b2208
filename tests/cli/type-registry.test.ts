// The attestation type registry end to end through the CLI: JSON Schema and jq from the config judge
// real reports; a bad payload, a bad definition or a runaway jq is refused and nothing is written.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/model/fact.js';
import { commitConfig, configText, factsTip, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

type Attestation = Extract<Fact, { kind: 'attestation' }>;

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'evidence');
const JUNIT_FAILING = 'junit/vitest-4.1.12__factstore-generated-junit.xml'; // 10 tests, 4 failures
const JUNIT_PASSING = 'junit/pytest__junit.gloo.elastic.xml'; // 14 tests, 4 skipped
const CYCLONEDX = 'cyclonedx/cyclonedx-npm-6.0.1__bom.1.6.json';

/** Trail t1 started, then the config with `types` (so a broken registry can be tested on a started trail). */
async function registryWorkspace(types: string): Promise<Workspace> {
  const w = await workspace();
  await startTrail(w, 't1');
  const config = configText(w.key, types).replace('max_bytes: 1024', 'max_bytes: 1048576');
  commitConfig(w.repo, config);
  return w;
}

function fixture(w: Workspace, relative: string): string {
  const name = path.basename(relative);
  copyFileSync(path.join(FIXTURES, relative), path.join(w.repo, name));
  return name;
}

function attest(w: Workspace, type: string, ...rest: string[]) {
  return w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', type, ...rest]);
}

describe('jq decides the status', () => {
  const types = "types:\n  unit-tests: { format: junit, jq: '.failures == 0 and .errors == 0' }\n  strict-tests: { format: junit, jq: '.skipped == 0' }\n";

  it('true gives PASSED and false gives FAILED, over the parsed summary', async () => {
    const w = await registryWorkspace(types);
    const pass = await attest(w, 'unit-tests', '--evidence', fixture(w, JUNIT_PASSING), '--json');
    expect(pass.code, pass.stderr).toBe(0);
    expect(jsonOf<Attestation>(pass, 'attest').status).toBe('PASSED');
    // the format's rule would pass this report (no failures); the type's jq fails it for its skips
    const strict = await attest(w, 'strict-tests', '--evidence', fixture(w, JUNIT_PASSING), '--json');
    expect(jsonOf<Attestation>(strict, 'attest').status).toBe('FAILED');
    const fail = await attest(w, 'unit-tests', '--evidence', fixture(w, JUNIT_FAILING), '--json');
    expect(jsonOf<Attestation>(fail, 'attest').status).toBe('FAILED');
  });

  it('a jq that outputs something other than one boolean is refused, nothing written', async () => {
    const w = await registryWorkspace("types:\n  unit-tests: { format: junit, jq: '.tests' }\n");
    const before = factsTip(w.repo);
    const r = await attest(w, 'unit-tests', '--evidence', fixture(w, JUNIT_PASSING));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the jq of type unit-tests must output true (PASSED) or false (FAILED), but it gave 14');
    expect(factsTip(w.repo)).toBe(before);
  });

  it('a jq syntax error is a clear config error, nothing written', async () => {
    const w = await registryWorkspace("types:\n  unit-tests: { format: junit, jq: '.failures ==' }\n");
    const before = factsTip(w.repo);
    const r = await attest(w, 'unit-tests', '--evidence', fixture(w, JUNIT_PASSING));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/type unit-tests, evidence pytest__junit\.gloo\.elastic\.xml: jq expression "\.failures ==" does not compile: syntax error/);
    expect(r.stderr).toContain('Fix the expression in the config');
    expect(r.stdout).toBe('');
    expect(factsTip(w.repo)).toBe(before);
  });

  it('a jq that never ends is stopped after 2 s, nothing written', async () => {
    const w = await registryWorkspace("types:\n  unit-tests: { format: junit, jq: 'def f: f; f' }\n");
    const before = factsTip(w.repo);
    const started = Date.now();
    const r = await attest(w, 'unit-tests', '--evidence', fixture(w, JUNIT_PASSING));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did not finish within 2 s and was stopped');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(factsTip(w.repo)).toBe(before);
  });

  it('a file jq cannot judge (no known format) is refused unless --status is given', async () => {
    const w = await registryWorkspace("types:\n  unit-tests: { jq: '.failures == 0' }\n");
    writeFileSync(path.join(w.repo, 'notes.txt'), 'all good, trust me\n');
    const before = factsTip(w.repo);
    const r = await attest(w, 'unit-tests', '--evidence', 'notes.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('type unit-tests judges its evidence with jq, but notes.txt is in no format it can read');
    expect(factsTip(w.repo)).toBe(before);
  });
});

describe('the type\'s JSON Schema', () => {
  it('a CycloneDX summary that satisfies it is recorded', async () => {
    const w = await registryWorkspace('types:\n  sbom: { format: cyclonedx, schema: { type: object, required: [components], properties: { components: { minimum: 1 } } } }\n');
    const r = await attest(w, 'sbom', '--evidence', fixture(w, CYCLONEDX), '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(jsonOf<Attestation>(r, 'attest').status).toBe('PASSED');
  });

  it('a non-conforming payload lists every failing path; nothing written, even with --status', async () => {
    const schema = '{ type: object, required: [coverage, tool], properties: { coverage: { type: object, properties: { lines: { minimum: 80 }, branches: { minimum: 70 } } } } }';
    const w = await registryWorkspace(`types:\n  coverage: { format: json, schema: ${schema}, jq: '.coverage.lines >= 80' }\n`);
    writeFileSync(path.join(w.repo, 'coverage.json'), JSON.stringify({ coverage: { lines: 61.5, branches: 40 } }));
    const before = factsTip(w.repo);
    for (const extra of [[], ['--status', 'PASSED']]) {
      const r = await attest(w, 'coverage', '--evidence', 'coverage.json', ...extra);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('evidence coverage.json does not satisfy the schema of type coverage (3 problems)');
      expect(r.stderr).toMatch(/\/coverage\/lines/);
      expect(r.stderr).toMatch(/\/coverage\/branches/);
      expect(r.stderr).toMatch(/tool/);
    }
    expect(factsTip(w.repo)).toBe(before);
  });

  it('a draft-07 schema is honoured, and the jq judges the whole JSON document', async () => {
    const schema = '{ $schema: "http://json-schema.org/draft-07/schema#", type: object, required: [licenses], properties: { licenses: { type: array, items: { type: string } } } }';
    const w = await registryWorkspace(`types:\n  licences: { format: json, schema: ${schema}, jq: '[.licenses[] | select(. == "GPL-3.0")] | length == 0' }\n`);
    writeFileSync(path.join(w.repo, 'ok.json'), JSON.stringify({ licenses: ['MIT', 'Apache-2.0'] }));
    writeFileSync(path.join(w.repo, 'gpl.json'), JSON.stringify({ licenses: ['MIT', 'GPL-3.0'] }));
    writeFileSync(path.join(w.repo, 'bad.json'), JSON.stringify({ licenses: [1] }));
    expect(jsonOf<Attestation>(await attest(w, 'licences', '--evidence', 'ok.json', '--json'), 'attest').status).toBe('PASSED');
    expect(jsonOf<Attestation>(await attest(w, 'licences', '--evidence', 'gpl.json', '--json'), 'attest').status).toBe('FAILED');
    const bad = await attest(w, 'licences', '--evidence', 'bad.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\/licenses\/0/);
  });

  it('a schema that is itself invalid is refused when the config is read', async () => {
    const w = await registryWorkspace('types:\n  sbom: { format: cyclonedx, schema: { type: objekt } }\n');
    const r = await attest(w, 'sbom', '--evidence', fixture(w, CYCLONEDX));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/types\/sbom\/schema\/type.*is not a valid JSON Schema/);
  });
});

describe('archived types and types list|get', () => {
  const types = [
    'types:',
    "  unit-tests: { format: junit, jq: '.failures == 0', description: Unit tests }",
    '  legacy-scan: { format: sarif, archived: true }',
    "  broken: { format: json, jq: '.x ==' }",
  ].join('\n');

  it('an archived type refuses new attestations, nothing written', async () => {
    const w = await registryWorkspace(`${types}\n`);
    const before = factsTip(w.repo);
    const r = await attest(w, 'legacy-scan', '--status', 'PASSED');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('type legacy-scan is archived: it takes no new attestations');
    expect(factsTip(w.repo)).toBe(before);
  });

  it('types list shows every type, the required ones missing from the registry, and the problems', async () => {
    const w = await registryWorkspace(`${types}\n`);
    const r = await w.fs(['types', 'list', '--json']);
    expect(r.code).toBe(2); // `broken` has a jq that does not compile
    const doc = jsonOf<{ types: { name: string; defined: boolean; archived: boolean; requiredBy: string[]; problems: string[] }[] }>(r, 'types-list');
    expect(doc.types.map((t) => [t.name, t.defined, t.archived, t.requiredBy, t.problems.length])).toEqual([
      ['unit-tests', true, false, [FLOW, 'other-service'], 0],
      ['legacy-scan', true, true, [], 0],
      ['broken', true, false, [], 1],
      ['vulnerability-scan', false, false, [FLOW], 0],
    ]);
    expect(doc.types[2]?.problems[0]).toContain('does not compile');
    const text = await w.fs(['types', 'list']);
    expect(text.stdout).toMatch(/legacy-scan\s+format sarif\s+required by no flow\s+ARCHIVED/);
    // the problem itself, not only its count
    expect(text.stdout).toMatch(/\nProblems:\n  broken: .*does not compile/);
  });

  it('types get shows one type; an unknown one is a clear error', async () => {
    const w = await registryWorkspace(`${types}\n`);
    const r = await w.fs(['types', 'get', 'unit-tests', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(jsonOf(r, 'types-get')).toMatchObject({ name: 'unit-tests', format: 'junit', jq: '.failures == 0', description: 'Unit tests' });
    const missing = await w.fs(['types', 'get', 'nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('type nope is neither in types: nor required by a flow; known types: unit-tests, legacy-scan, broken, vulnerability-scan');
  });
});
