// The findings each parser makes (what the Action annotates and the summary lists): the first ones of
// real reports, written down here from the files themselves, then documents that leave fields out,
// and the collector's limits (most severe first, 50 kept, long texts cut).
import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS, parseEvidence } from '../../src/core/evidence/index.js';
import { MAX_FINDING_MESSAGE } from '../../src/core/evidence/limits.js';
import { FindingCollector, lineNumber } from '../../src/core/evidence/findings.js';
import { findingLevel, SeverityCounts } from '../../src/core/evidence/severity-counts.js';
import { bytes, readFixture } from './fixtures.js';

const parse = (format: 'junit' | 'sarif' | 'snyk' | 'trivy', file: string) => parseEvidence(readFixture(format, file), { name: file });
const parseText = (text: string, name = 'report.json') => parseEvidence(bytes(text), { name });

describe('findings of real reports', () => {
  it('trivy: most severe first, "<id> <title> in <package>@<version>", the result\'s target as the file', () => {
    const target = 'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)';
    expect(parse('trivy', 'trivy-image__alpine-39.json.golden.json').findings).toEqual([
      { level: 'error', message: 'CVE-2019-14697 in musl@1.1.20-r4', file: target, name: 'CVE-2019-14697' },
      { level: 'error', message: 'CVE-2019-14697 in musl-utils@1.1.20-r4', file: target, name: 'CVE-2019-14697' },
      { level: 'warning', message: 'CVE-2019-1549 openssl: information disclosure in fork() in libcrypto1.1@1.1.1b-r1', file: target, name: 'CVE-2019-1549' },
      { level: 'warning', message: 'CVE-2019-1551 openssl: Integer overflow in RSAZ modular exponentiation on x86_64 in libcrypto1.1@1.1.1b-r1', file: target, name: 'CVE-2019-1551' },
      { level: 'warning', message: 'CVE-2019-1549 openssl: information disclosure in fork() in libssl1.1@1.1.1b-r1', file: target, name: 'CVE-2019-1549' },
      { level: 'warning', message: 'CVE-2019-1551 openssl: Integer overflow in RSAZ modular exponentiation on x86_64 in libssl1.1@1.1.1b-r1', file: target, name: 'CVE-2019-1551' },
    ]);
    expect(parse('trivy', 'trivy-legacy-array__legacy_many_vulns.json').findings?.at(-1)).toMatchObject({ level: 'note', file: 'debian (debian 10.8)' });
  });

  it('snyk: "<title> in <package>@<version>", the project\'s file, low and unknown as notes', () => {
    expect(parse('snyk', 'snyk-test__test-report-with-risk-scores.json').findings).toEqual([
      { level: 'error', message: 'Regular Expression Denial of Service (ReDoS) - Invalid Risk in brace-expansion@1.1.4', name: 'npm:brace-expansion:20170302C' },
      { level: 'error', message: 'Remote Code Execution in ejs@1.0.0', name: 'npm:ejs:20161128' },
      { level: 'warning', message: 'Regular Expression Denial of Service (ReDoS) in brace-expansion@1.1.4', name: 'npm:brace-expansion:20170302' },
      { level: 'warning', message: 'Regular Expression Denial of Service (ReDoS) - No Risk Score in brace-expansion@1.1.4', name: 'npm:brace-expansion:20170302D' },
      { level: 'note', message: 'Regular Expression Denial of Service (ReDoS) - Zero Risk in brace-expansion@1.1.4', name: 'npm:brace-expansion:20170302B' },
    ]);
    // --all-projects: each finding names its own project's file
    const multi = parse('snyk', 'snyk-test-all-projects__nuget-multi-project.json').findings ?? [];
    expect(multi.map((f) => f.file).sort()).toEqual([
      'SomeProject.RandomProject.BankAccounts.Database/obj/project.assets.json',
      'SomeProject.RandomProject.Proxy/obj/project.assets.json',
      'SomeProject.RandomProject.Rules.Database/obj/project.assets.json',
    ]);
  });
});

describe('findings of reports that leave fields out', () => {
  it('trivy: no title, no version, no package, no id, a severity in any case', () => {
    const doc = {
      SchemaVersion: 2,
      Results: [
        {
          Target: 'img',
          Vulnerabilities: [
            { VulnerabilityID: 'CVE-1', PkgName: 'libx', Severity: 'High' },
            { VulnerabilityID: 'CVE-2', Title: 'overflow', Severity: 'medium' },
            { Title: 'no id', PkgName: 'liby', InstalledVersion: '2', Severity: 'LOW' },
            { Severity: 'weird' },
            { VulnerabilityID: 7, PkgName: 7, Title: 7 },
          ],
        },
        { Vulnerabilities: [{ VulnerabilityID: 'CVE-3', Severity: 'CRITICAL' }] },
      ],
    };
    const parsed = parseText(JSON.stringify(doc));
    expect(parsed.summary).toEqual({ critical: 1, high: 1, medium: 1, low: 1, unknown: 2 });
    expect(parsed.findings).toEqual([
      { level: 'error', message: 'CVE-1 in libx', file: 'img', name: 'CVE-1' },
      { level: 'error', message: 'CVE-3', name: 'CVE-3' },
      { level: 'warning', message: 'CVE-2 overflow', file: 'img', name: 'CVE-2' },
      { level: 'note', message: 'no id in liby@2', file: 'img' },
      { level: 'note', message: 'vulnerability', file: 'img' },
      { level: 'note', message: 'vulnerability', file: 'img' },
    ]);
  });

  it('snyk: no title (the id), neither (a vulnerability), no package', () => {
    const doc = {
      ok: false,
      projectName: 'app',
      vulnerabilities: [
        { id: 'SNYK-1', packageName: 'lodash', version: '4.0.0', severity: 'critical' },
        { title: 'Prototype Pollution', severity: 'medium' },
        { severity: 'low', version: '1.0.0' },
        { id: 5, title: 5, packageName: 5, severity: 5 },
      ],
    };
    const parsed = parseText(JSON.stringify(doc));
    expect(parsed.summary).toEqual({ critical: 1, high: 0, medium: 1, low: 1, unknown: 1 });
    expect(parsed.findings).toEqual([
      { level: 'error', message: 'SNYK-1 in lodash@4.0.0', file: 'app', name: 'SNYK-1' },
      { level: 'warning', message: 'Prototype Pollution', file: 'app' },
      { level: 'note', message: 'vulnerability in 1.0.0', file: 'app' },
      { level: 'note', message: 'vulnerability', file: 'app' },
    ]);
    // the display file first, then the target file, then the project's name
    const named = (p: Record<string, unknown>) => parseText(JSON.stringify({ ok: false, vulnerabilities: [{ id: 'x', severity: 'high' }], ...p })).findings?.[0]?.file;
    expect(named({ displayTargetFile: 'd', targetFile: 't', projectName: 'p' })).toBe('d');
    expect(named({ displayTargetFile: 7, targetFile: 't', projectName: 'p' })).toBe('t');
    expect(named({ projectName: 'p' })).toBe('p');
    expect(named({ packageManager: 'npm' })).toBeUndefined();
  });

  it('sarif: the message text, else markdown, else its id, else the rule; the first location', () => {
    const result = (r: Record<string, unknown>) => ({ level: 'error', ...r });
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't' } },
          results: [
            result({ message: { text: 'text', markdown: 'md' }, ruleId: 'R1', locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 3 } } }, { physicalLocation: { artifactLocation: { uri: 'other.ts' } } }] }),
            result({ message: { markdown: 'md' } }),
            result({ message: { id: 'msg-id' } }),
            result({ message: {}, ruleId: 'R2', locations: [{ physicalLocation: { artifactLocation: { uri: 7 }, region: { startLine: 0 } } }] }),
            result({ message: 'not an object', ruleId: 9 }),
            result({ level: 'none', message: { text: 'no finding for a none' } }),
          ],
        },
      ],
    };
    expect(parseText(JSON.stringify(log)).findings).toEqual([
      { level: 'error', message: 'text', file: 'src/a.ts', line: 3, name: 'R1' },
      { level: 'error', message: 'md' },
      { level: 'error', message: 'msg-id' },
      { level: 'error', message: 'R2', name: 'R2' },
      { level: 'error', message: 'SARIF result' },
    ]);
  });

  it('junit: the failure\'s message, else its text\'s first line, else its type, else the outcome; the testcase\'s or the failure\'s file and line', () => {
    const suite = (cases: string) => parseText(`<testsuite>${cases}</testsuite>`, 'junit.xml').findings;
    expect(
      suite(
        '<testcase classname="" name="a"><failure>  \n  first line  \nsecond</failure></testcase>' +
          '<testcase name="b"><failure type="AssertionError"/></testcase>' +
          '<testcase classname="C"><failure file="f.ts" line="9"/></testcase>' +
          '<testcase classname="C" name="d" file="t.ts" line="2"><failure message="" file="f.ts" line="9">why</failure></testcase>',
      ),
    ).toEqual([
      { level: 'failure', message: 'first line', name: 'a' },
      { level: 'failure', message: 'AssertionError', name: 'b' },
      { level: 'failure', message: 'failure', file: 'f.ts', line: 9 },
      { level: 'failure', message: 'why', name: 'C.d', file: 't.ts', line: 2 },
    ]);
    expect(suite('<testcase name="e"><error/></testcase><testcase name="s"><skipped/></testcase>')).toEqual([{ level: 'error', message: 'error', name: 'e' }]);
  });

  it('junit: a document whose root is not a suite is refused', () => {
    expect(() => parseEvidence(bytes('<report><testcase/></report>'), { name: 'r.xml', format: 'junit' })).toThrow(/does not look like junit|looks like/);
  });
});

describe('the collector', () => {
  it('keeps the most severe first, at most 50 in all and per level, and cuts long texts', () => {
    const c = new FindingCollector();
    for (let i = 0; i < 60; i++) c.add({ level: 'note', message: `note ${i}` });
    for (let i = 0; i < 60; i++) c.add({ level: 'warning', message: `warning ${i}` });
    c.add({ level: 'failure', message: 'x'.repeat(MAX_FINDING_MESSAGE + 5), file: 'f'.repeat(MAX_FINDING_MESSAGE + 1), name: 'n'.repeat(MAX_FINDING_MESSAGE) });
    c.add({ level: 'error', message: `  ${'y'.repeat(MAX_FINDING_MESSAGE)}  ` });
    const list = c.list();
    expect([MAX_FINDINGS, MAX_FINDING_MESSAGE]).toEqual([50, 1000]);
    expect(list.length).toBe(50);
    expect(list.map((f) => f.level).slice(0, 3)).toEqual(['error', 'failure', 'warning']);
    expect(list[0]).toEqual({ level: 'error', message: 'y'.repeat(MAX_FINDING_MESSAGE) });
    expect(list[1]).toEqual({ level: 'failure', message: `${'x'.repeat(MAX_FINDING_MESSAGE - 1)}…`, file: `${'f'.repeat(MAX_FINDING_MESSAGE - 1)}…`, name: 'n'.repeat(MAX_FINDING_MESSAGE) });
    expect(list.at(-1)).toEqual({ level: 'warning', message: 'warning 47' });
    // each level keeps its own first 50: the notes were never dropped for the warnings
    const notes = new FindingCollector();
    for (let i = 0; i < 51; i++) notes.add({ level: 'note', message: `n${i}` });
    expect(notes.list().map((f) => f.message)).toEqual(Array.from({ length: 50 }, (_, i) => `n${i}`));
  });

  it('leaves out what is empty or not a line number, and names an empty message', () => {
    const c = new FindingCollector();
    c.add({ level: 'warning', message: '   ', file: '', name: '', line: 0 });
    c.add({ level: 'warning', message: 'm', line: 2.5 });
    c.add({ level: 'warning', message: 'm', line: -1 });
    c.add({ level: 'warning', message: 'm', line: 1 });
    expect(c.list()).toEqual([{ level: 'warning', message: '(no message)' }, { level: 'warning', message: 'm' }, { level: 'warning', message: 'm' }, { level: 'warning', message: 'm', line: 1 }]);
  });

  it('line numbers: positive integers from numbers or text', () => {
    expect([lineNumber(3), lineNumber('12'), lineNumber(0), lineNumber('0'), lineNumber(-2), lineNumber(1.5), lineNumber('x'), lineNumber(null), lineNumber(undefined)]).toEqual([3, 12, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('severities', () => {
  it('counts the four named severities in any case, anything else as unknown, and fails on critical or high', () => {
    const s = new SeverityCounts();
    expect(['CRITICAL', 'High', 'medium', 'Low', 'negligible', '', 7, undefined].map((x) => s.add(x))).toEqual(['critical', 'high', 'medium', 'low', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(s.counts).toEqual({ critical: 1, high: 1, medium: 1, low: 1, unknown: 4 });
    expect(s.defaultStatus).toBe('FAILED');
    const mild = new SeverityCounts();
    mild.add('medium');
    expect(mild.defaultStatus).toBe('PASSED');
    const high = new SeverityCounts();
    high.add('high');
    expect(high.defaultStatus).toBe('FAILED');
    expect((['critical', 'high', 'medium', 'low', 'unknown'] as const).map(findingLevel)).toEqual(['error', 'error', 'warning', 'note', 'note']);
  });
});
