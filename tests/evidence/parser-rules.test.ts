import { describe, expect, it } from 'vitest';
import { EVIDENCE_PARSERS, MAX_FINDINGS, detectFormat, parseEvidence, readText } from '../../src/core/evidence/index.js';
import { bytes, fixtureText, readFixture } from './fixtures.js';

const parse = (text: string, name = 'report') => parseEvidence(bytes(text), { name });

describe('junit rules', () => {
  const suite = (cases: string) => `<testsuites tests="99" failures="99"><testsuite tests="42">${cases}</testsuite></testsuites>`;

  it('findings: failures and errors only, each message the first line of text that is not blank', () => {
    const cases =
      '<testcase name="ok"/><testcase name="skip"><skipped message="later"/></testcase>' +
      '<testcase classname="C" name="f"><failure>\n   \n    expected 1 to be 2\n    at f.test.ts:3</failure></testcase>' +
      '<testcase name="e"><error type="TypeError"/></testcase>' +
      '<testcase name="logged"><system-out>a log line</system-out><failure message="boom"/></testcase>';
    expect(parse(suite(cases)).findings).toEqual([
      { level: 'error', message: 'TypeError', name: 'e' },
      { level: 'failure', message: 'expected 1 to be 2', name: 'C.f' },
      { level: 'failure', message: 'boom', name: 'logged' },
    ]);
  });

  it('counts <testcase> elements, never the suites\' own totals', () => {
    expect(parse(suite('<testcase name="a"/><testcase name="b"/>')).summary).toEqual({ tests: 2, passed: 2, failures: 0, errors: 0, skipped: 0 });
  });

  it('counts a testcase once, whatever children it has: failure before error before skipped', () => {
    const cases =
      '<testcase name="fe"><failure/><error/><failure/></testcase>' +
      '<testcase name="es"><skipped/><error/></testcase>' +
      '<testcase name="ss"><skipped/><skipped/></testcase>';
    expect(parse(suite(cases)).summary).toEqual({ tests: 3, passed: 0, failures: 1, errors: 1, skipped: 1 });
  });

  it('Surefire flakyFailure/rerunFailure/flakyError/rerunError do not fail a testcase', () => {
    const cases =
      '<testcase name="flaky"><flakyFailure/><flakyError/></testcase>' +
      '<testcase name="rerun"><rerunFailure/><rerunError/><failure/></testcase>';
    const parsed = parse(suite(cases));
    expect(parsed.summary).toEqual({ tests: 2, passed: 1, failures: 1, errors: 0, skipped: 0 });
    expect(parsed.defaultStatus).toBe('FAILED');
  });

  it('only direct children decide: a <failure> nested deeper or a status attribute is not an outcome', () => {
    const cases = '<testcase name="a" status="failed"><system-out><failure/></system-out></testcase><testcase name="b" status="disabled"/>';
    expect(parse(suite(cases)).summary).toEqual({ tests: 2, passed: 2, failures: 0, errors: 0, skipped: 0 });
  });

  it('finds testcases at any nesting depth, and a single <testsuite> root', () => {
    const nested = '<testsuites><testsuite><testsuite><testsuite><testcase name="deep"><error/></testcase></testsuite></testsuite><testcase name="top"/></testsuite></testsuites>';
    expect(parse(nested).summary).toEqual({ tests: 2, passed: 1, failures: 0, errors: 1, skipped: 0 });
    expect(parse('<testsuite><testcase name="x"><skipped/></testcase></testsuite>').defaultStatus).toBe('PASSED');
  });

  it('counts a failing <testcase> nested inside a passing one, and reports its failure', () => {
    // hand-made (see the fixtures README): no tool found nests testcases, but the format does not forbid it
    const parsed = parseEvidence(readFixture('junit', 'hand-made__nested-testcase.xml'), { name: 'nested.xml' });
    expect(parsed.summary).toEqual({ tests: 4, passed: 3, failures: 1, errors: 0, skipped: 0 });
    expect(parsed.defaultStatus).toBe('FAILED');
    expect(parsed.findings).toEqual([
      { level: 'failure', message: 'expected 12.00, got 10.00', name: 'checkout.Cart.totals.with tax', file: 'src/cart.test.js', line: 42 },
    ]);
    // deeper still, and under an outer testcase that failed itself
    const deep = parse(suite('<testcase name="outer"><error/><testcase name="mid"><testcase name="inner"><failure/></testcase></testcase></testcase>'));
    expect(deep.summary).toEqual({ tests: 3, passed: 1, failures: 1, errors: 1, skipped: 0 });
  });

  it('an empty suite passes', () => {
    expect(parse('<testsuites/>')).toMatchObject({ summary: { tests: 0 }, defaultStatus: 'PASSED', findings: [] });
  });

  it('failures become findings with message, name, file and line', () => {
    const cases =
      '<testcase classname="a.B" name="c" file="src/b.ts" line="12"><failure message="expected 1 &amp; got 2">trace</failure></testcase>' +
      '<testcase name="d"><error type="Boom">\n\n  first line\nsecond</error></testcase>';
    expect(parse(suite(cases)).findings).toEqual([
      { level: 'error', message: 'first line', name: 'd' },
      { level: 'failure', message: 'expected 1 & got 2', name: 'a.B.c', file: 'src/b.ts', line: 12 },
    ]);
  });

  it('the BOM of dotnet\'s logger is stripped and character references decoded', () => {
    const parsed = parseEvidence(
      new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(suite('<testcase name="q"><failure message="a&#xD;&#xA;b &#233;"/></testcase>'))]),
      { name: 'bom.xml' },
    );
    expect(parsed.findings?.[0]?.message).toBe('a\r\nb é');
  });
});

describe('sarif rules (SARIF 2.1.0 §3.27.10)', () => {
  const log = (runs: unknown[]) => JSON.stringify({ version: '2.1.0', runs });
  const driver = { name: 't', rules: [{ id: 'E', defaultConfiguration: { level: 'error' } }, { id: 'N', defaultConfiguration: { level: 'note' } }, { id: 'P' }] };

  it('explicit level, then kind, then the rule by ruleIndex or ruleId, then warning', () => {
    const results = [
      { ruleIndex: 0, level: 'note' }, // explicit wins over the rule
      { ruleIndex: 0, kind: 'pass' }, // kind other than fail: none
      { ruleIndex: 0, kind: 'informational' },
      { ruleIndex: 0, kind: 'fail' }, // fail: the rule decides
      { ruleId: 'N' }, // by id
      { rule: { id: 'E' } }, // reportingDescriptorReference by id
      { rule: { index: 1 } }, // and by index
      { ruleIndex: 2 }, // rule without defaultConfiguration
      { ruleId: 'missing' },
      { level: 'none' },
      { level: 'bogus' }, // not a level: treated as absent
    ];
    expect(parse(log([{ tool: { driver }, results }])).summary).toEqual({ results: 11, error: 2, warning: 3, note: 3, none: 3 });
  });

  it('rules of tool extensions, by toolComponent index or by ruleId', () => {
    const extensions = [{ name: 'x0' }, { name: 'x1', rules: [{ id: 'X', defaultConfiguration: { level: 'error' } }] }];
    const results = [{ rule: { index: 0, toolComponent: { index: 1 } } }, { ruleId: 'X' }, { ruleIndex: 0, rule: { toolComponent: { index: 0 } } }];
    expect(parse(log([{ tool: { driver: { name: 'd' }, extensions }, results }])).summary).toEqual({
      results: 3,
      error: 2,
      warning: 1,
      note: 0,
      none: 0,
    });
  });

  it('several runs are summed; a run without results counts nothing', () => {
    const run = { tool: { driver }, results: [{ ruleIndex: 0 }, { level: 'warning' }] };
    const parsed = parse(log([run, run, { tool: { driver } }]));
    expect(parsed.summary).toEqual({ results: 4, error: 2, warning: 2, note: 0, none: 0 });
    expect(parsed.defaultStatus).toBe('FAILED');
    expect(parse(log([])).defaultStatus).toBe('PASSED');
  });

  it('findings carry the rule, message, file and line; the most severe come first', () => {
    const location = { physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 3 } } };
    const results = [
      ...Array.from({ length: 80 }, () => ({ level: 'note', message: { text: 'n' } })),
      { ruleId: 'E', message: { text: 'bad' }, locations: [location] },
    ];
    const findings = parse(log([{ tool: { driver }, results }])).findings ?? [];
    expect(findings).toHaveLength(MAX_FINDINGS);
    expect(findings[0]).toEqual({ level: 'error', message: 'bad', name: 'E', file: 'src/a.js', line: 3 });
  });

  it('other SARIF versions and broken shapes are refused', () => {
    expect(() => parse(JSON.stringify({ version: '2.0.0', runs: [] }))).toThrow(/SARIF version "2.0.0" is not supported/);
    // Such a log is not detected as SARIF at all; the parser itself still refuses it if asked.
    expect(() => EVIDENCE_PARSERS.sarif.parse(JSON.stringify({ version: '2.1.0', runs: {} }))).toThrow(
      'SARIF log.runs is an object, not an array: is the file from the tool?',
    );
    expect(() => parseEvidence(bytes('{"version":"2.1.0","runs":{}}'), { name: 's.sarif', format: 'sarif' })).toThrow(
      'evidence s.sarif looks like json, not sarif: drop --format or pass --format json',
    );
    expect(() => parse(log([{ results: [1] }]))).toThrow(/a result in SARIF runs\[0\] is a number/);
  });
});

describe('cyclonedx rules', () => {
  it('JSON: nested components count, metadata.component does not', () => {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      metadata: { component: { name: 'app', components: [{ name: 'not-counted' }] } },
      components: [{ name: 'a', components: [{ name: 'b', components: [{ name: 'c' }] }] }, { name: 'd' }],
      vulnerabilities: [{ id: 'CVE-1' }],
    };
    expect(parse(JSON.stringify(bom))).toEqual({
      format: 'cyclonedx',
      summary: { components: 4, vulnerabilities: 1, specVersion: '1.6' },
      defaultStatus: 'PASSED',
    });
  });

  it('XML with a namespace prefix: metadata and tool components are not counted', () => {
    const xml = `<?xml version="1.0"?>
<cdx:bom xmlns:cdx="http://cyclonedx.org/schema/bom/1.5" version="1">
  <cdx:metadata><cdx:tools><cdx:components><cdx:component type="application"/></cdx:components></cdx:tools>
    <cdx:component type="application"><cdx:name>app</cdx:name></cdx:component></cdx:metadata>
  <cdx:components>
    <cdx:component type="library"><cdx:components><cdx:component type="library"/></cdx:components></cdx:component>
  </cdx:components>
  <cdx:vulnerabilities><cdx:vulnerability/><cdx:vulnerability/></cdx:vulnerabilities>
</cdx:bom>`;
    expect(parse(xml).summary).toEqual({ components: 2, vulnerabilities: 2, specVersion: '1.5' });
  });

  it('a BOM without specVersion, or with components that are not objects, is refused', () => {
    expect(() => parse('{"bomFormat":"CycloneDX"}')).toThrow(/specVersion is missing: it must be a string like "1.6"/);
    expect(() => parse('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"components":[3]}]}')).toThrow(
      /CycloneDX components\[0\]\.components\[0\] is a number/,
    );
  });
});

describe('spdx, snyk, trivy and json rules', () => {
  it('spdx: absent lists count 0; SPDX 3 is refused', () => {
    expect(parse('{"spdxVersion":"SPDX-2.2","SPDXID":"SPDXRef-DOCUMENT"}').summary).toEqual({
      components: 0,
      files: 0,
      relationships: 0,
      specVersion: 'SPDX-2.2',
    });
    expect(() => parseEvidence(bytes('{"spdxVersion":"SPDX-3.0"}'), { name: 'x', format: 'spdx' })).toThrow(/Factstore reads SPDX 2.3 JSON/);
  });

  it('snyk: an array of projects is summed; another severity adds `unknown`', () => {
    const project = (sev: string[]) => ({ ok: false, packageManager: 'npm', vulnerabilities: sev.map((severity) => ({ id: 'S', severity })) });
    const parsed = parse(JSON.stringify([project(['high', 'low']), project(['medium', 'weird']), project([])]));
    expect(parsed.summary).toEqual({ critical: 0, high: 1, medium: 1, low: 1, unknown: 1 });
    expect(parsed.defaultStatus).toBe('FAILED');
  });

  it('snyk: a project without a vulnerabilities list says what Snyk reported', () => {
    const text = JSON.stringify([{ ok: true, packageManager: 'npm', vulnerabilities: [] }, { ok: false, error: 'no manifest' }]);
    expect(() => parse(text, 'snyk.json')).toThrow(
      'evidence snyk.json: Snyk project [1] has no "vulnerabilities" list (Snyk said: no manifest): attach the output of a successful `snyk test --json`.',
    );
  });

  it('trivy: legacy results with null Vulnerabilities; a report without Results is clean', () => {
    const legacy = [{ Target: 'a', Type: 'alpine', Vulnerabilities: null }, { Target: 'b', Type: 'npm', Vulnerabilities: [{ Severity: 'CRITICAL' }] }];
    expect(parse(JSON.stringify(legacy)).summary).toEqual({ critical: 1, high: 0, medium: 0, low: 0, unknown: 0 });
    const clean = parse('{"SchemaVersion":2,"ArtifactName":"img","ArtifactType":"container_image"}');
    expect(clean).toMatchObject({ format: 'trivy', summary: { critical: 0, unknown: 0 }, defaultStatus: 'PASSED' });
    expect(() => parseEvidence(bytes('{"SchemaVersion":1,"Results":[]}'), { name: 't', format: 'trivy' })).toThrow(/SchemaVersion 1 is not supported/);
  });

  it('trivy findings name the vulnerability, package and target', () => {
    const findings = parse(fixtureText('trivy', 'trivy-image__photon-30.json.golden.json')).findings ?? [];
    expect(findings).toHaveLength(3);
    expect(findings[0]).toMatchObject({ level: 'error', file: expect.any(String) as unknown, name: expect.stringMatching(/^CVE-/) as unknown });
  });

  it('json: the document is the summary; an array is kept under `document`', () => {
    const doc = { coverage: { lines: 91.5 } };
    expect(parse(JSON.stringify(doc))).toEqual({ format: 'json', summary: doc, document: doc, defaultStatus: 'PASSED' });
    expect(parse('[1,2]').summary).toEqual({ document: [1, 2] });
  });

  it('json: a large document is recorded by its outline, and judged whole', () => {
    const doc = { packages: Array.from({ length: 2000 }, (_, i) => ({ name: `p${i}`, licence: 'MIT' })), tool: 'x' };
    const parsed = parse(JSON.stringify(doc));
    expect(parsed.summary).toEqual({ truncated: true, chars: JSON.stringify(doc).length, keys: ['packages', 'tool'] });
    expect(parsed.document).toEqual(doc);
  });

  it('--format json on a SARIF log gives the document itself', () => {
    const text = fixtureText('sarif', 'dockle-0.3.15__dockle.sarif');
    const parsed = parseEvidence(bytes(text), { name: 'dockle.sarif', format: 'json' });
    expect(parsed.summary).toEqual(JSON.parse(text));
    expect(parsed.document).toEqual(JSON.parse(text));
  });
});

describe('detection and text', () => {
  it('every parser is registered under its own format', () => {
    for (const [format, parser] of Object.entries(EVIDENCE_PARSERS)) expect(parser.format).toBe(format);
  });

  it('plain text, scalars and unknown XML detect as nothing', () => {
    for (const text of ['hello', '42', '"s"', '<html/>', '<!-- c --><?pi x?>']) expect(detectFormat(text, 'f')).toBeUndefined();
  });

  it('readText strips one BOM and keeps the rest', () => {
    expect(readText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xef, 0xbb, 0xbf]), 'f')).toBe('a\ufeff');
  });
});
