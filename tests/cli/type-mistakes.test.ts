// Mistakes with attestation types that used to be recorded silently: a type nobody requires (a
// typo of one that is), and evidence in another format than the type's, explained as the type's.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitConfig, configText, factsTip, FLOW, startTrail, workspace } from './helpers.js';

const SARIF = JSON.stringify({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] });

describe('attest --type', () => {
  it('a type the config does not know is refused with the type it resembles, and nothing is written', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const tip = factsTip(w.repo);
    const r = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-test', '--status', 'PASSED']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('type "unit-test" is not in the type registry (types:) and no flow requires it');
    expect(r.stderr).toContain('Did you mean unit-tests?');
    expect(r.stderr).toContain('--new-type');
    expect(factsTip(w.repo)).toBe(tip);
  });

  it('an unrelated unknown type gets no suggestion; --new-type records it, with the note that it counts for nothing', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    const refused = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'pen-test', '--status', 'PASSED']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toContain('Did you mean');
    const recorded = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'pen-test', '--status', 'PASSED', '--new-type']);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stderr).toContain(`flow ${FLOW} does not require pen-test`);
  });

  it('a type another flow requires is known', async () => {
    const w = await workspace();
    await startTrail(w, 't1');
    // vulnerability-scan is required by payment-service; other-service requires unit-tests only
    const r = await w.fs(['attest', '--flow', 'other-service', '--trail', 't1', '--type', 'vulnerability-scan', '--status', 'PASSED']);
    expect(r.stderr).not.toContain('is not in the type registry');
  });
});

describe('evidence in another format than the type asks for', () => {
  it('names the type\'s format in the config, not a --format that was never given', async () => {
    const w = await workspace();
    commitConfig(w.repo, configText(w.key, 'types:\n  unit-tests: { format: junit }\n'));
    await startTrail(w, 't1');
    writeFileSync(path.join(w.repo, 'scan.sarif'), SARIF);
    const r = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--evidence', 'scan.sarif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('looks like sarif, not junit, the format of type unit-tests (types.unit-tests.format in the config)');
    expect(r.stderr).not.toContain('drop --format');
    // with --format given, the advice is about --format
    const given = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--format', 'junit', '--evidence', 'scan.sarif']);
    expect(given.stderr).toContain('drop --format or pass --format sarif');
  });
});

describe('a type whose jq or schema reads fields its format never yields', () => {
  const BROKEN = [
    'types:',
    "  vulnerability-scan: { format: sarif, jq: '.critical == 0' }",
    '  unit-tests: { format: junit, schema: { type: object, required: [tests, passed_ratio] } }',
    '',
  ].join('\n');

  it('types list and types get name each field and what the summary has instead, exit 2', async () => {
    const w = await workspace();
    commitConfig(w.repo, configText(w.key, BROKEN));
    const list = await w.fs(['types', 'list']);
    expect(list.code).toBe(2);
    expect(list.stdout).toContain('vulnerability-scan: its jq reads .critical, but a sarif summary has no critical (it has results, error, warning, note, none)');
    expect(list.stdout).toContain('unit-tests: its schema requires passed_ratio, but a junit summary has no passed_ratio (it has tests, passed, failures, errors, skipped): every junit report would be refused');
    const get = await w.fs(['types', 'get', 'vulnerability-scan', '--json']);
    expect(get.code).toBe(2);
    const doc = JSON.parse(get.stdout) as { summaryFields: string[]; problems: string[] };
    expect(doc.summaryFields).toEqual(['results', 'error', 'warning', 'note', 'none']);
    expect(doc.problems).toHaveLength(1);
  });

  it('attest refuses the report before anything is recorded, instead of a FAILED for good', async () => {
    const w = await workspace();
    // no format: on the type, so only the evidence tells which summary the jq will see
    commitConfig(w.repo, configText(w.key, "types:\n  vulnerability-scan: { jq: '.critical == 0 and .high == 0' }\n"));
    await startTrail(w, 't1');
    const tip = factsTip(w.repo);
    writeFileSync(path.join(w.repo, 'scan.sarif'), SARIF);
    const r = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'vulnerability-scan', '--evidence', 'scan.sarif']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('type vulnerability-scan cannot judge scan.sarif, a sarif report: its jq reads .critical, but a sarif summary has no critical');
    expect(r.stderr).toContain('its jq reads .high');
    expect(r.stderr).toContain('Nothing was written.');
    expect(factsTip(w.repo)).toBe(tip);
  });

  it('a jq reading only fields the summary has records its verdict, and types list finds nothing wrong', async () => {
    const w = await workspace();
    commitConfig(w.repo, configText(w.key, "types:\n  vulnerability-scan: { format: sarif, jq: '(.error // 0) == 0 and .results < 100' }\n  unit-tests: { format: junit, jq: '.failures == 0' }\n"));
    expect((await w.fs(['types', 'list'])).code).toBe(0);
    await startTrail(w, 't1');
    const tip = factsTip(w.repo);
    writeFileSync(path.join(w.repo, 'scan.sarif'), SARIF);
    const r = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'vulnerability-scan', '--evidence', 'scan.sarif', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { status: string }).status).toBe('PASSED');
    expect(factsTip(w.repo)).not.toBe(tip);
  });
});
