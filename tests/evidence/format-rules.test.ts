// Which format a document is taken for, and what each parser says about a document of its format
// that is not what the tool writes: every message whole. The documents are hand-made and tiny on
// purpose (real tool output is in fixture-counts.test.ts): each holds the one odd thing tested.
import { describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { EVIDENCE_PARSERS, detectFormat, parseEvidence, readText } from '../../src/core/evidence/index.js';
import { isRecord } from '../../src/core/evidence/json-text.js';
import { jsonShape } from '../../src/core/evidence/json-shape.js';
import { bytes } from './fixtures.js';

const detect = (doc: unknown) => detectFormat(typeof doc === 'string' ? doc : JSON.stringify(doc), 'report');
const parse = (doc: unknown, format?: 'junit' | 'sarif' | 'cyclonedx' | 'spdx' | 'snyk' | 'trivy' | 'json') =>
  parseEvidence(bytes(typeof doc === 'string' ? doc : JSON.stringify(doc)), { name: 'r.json', ...(format !== undefined ? { format } : {}) });
const refused = (doc: unknown, format?: Parameters<typeof parse>[1]) => {
  try {
    parse(doc, format);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

describe('detection', () => {
  it('snyk: a vulnerabilities list with `ok` or a package manager, and no bomFormat; a list of such projects', () => {
    expect(detect({ ok: true, vulnerabilities: [] })).toBe('snyk');
    expect(detect({ packageManager: 'npm', vulnerabilities: [] })).toBe('snyk');
    expect(detect([{ ok: false, vulnerabilities: [] }, {}])).toBe('snyk');
    expect(detect({ vulnerabilities: [] })).toBe('json');
    expect(detect({ ok: 'yes', vulnerabilities: [] })).toBe('json');
    expect(detect({ ok: true, vulnerabilities: {} })).toBe('json');
    expect(detect({ ok: true, bomFormat: 'x', vulnerabilities: [] })).toBe('json');
    expect(detect([])).toBe('json');
  });

  it('trivy: SchemaVersion with Results or ArtifactName; the legacy list of results with Target and Vulnerabilities or Type', () => {
    expect(detect({ SchemaVersion: 2, Results: [] })).toBe('trivy');
    expect(detect({ SchemaVersion: 2, ArtifactName: 'img' })).toBe('trivy');
    expect(detect({ SchemaVersion: '2', Results: [] })).toBe('json');
    expect(detect({ SchemaVersion: 2 })).toBe('json');
    expect(detect({ Results: [] })).toBe('json');
    expect(detect([{ Target: 'x', Vulnerabilities: null }])).toBe('trivy');
    expect(detect([{ Target: 'x', Type: 'npm' }])).toBe('trivy');
    expect(detect([{ Target: 'x' }])).toBe('json');
    expect(detect([{ Target: 5, Type: 'npm' }])).toBe('json');
    expect(detect([{ Vulnerabilities: [], Type: 'npm' }])).toBe('json');
  });

  it('sarif: a runs list with a version or a SARIF schema', () => {
    expect(detect({ version: '2.1.0', runs: [] })).toBe('sarif');
    expect(detect({ $schema: 'https://json.schemastore.org/SARIF-2.1.0.json', runs: [] })).toBe('sarif');
    expect(detect({ $schema: 'https://example.com/other.json', runs: [] })).toBe('json');
    expect(detect({ $schema: 7, runs: [] })).toBe('json');
    expect(detect({ runs: [] })).toBe('json');
    expect(detect([{ version: '2.1.0', runs: [] }])).toBe('json');
  });

  it('cyclonedx: a JSON object with bomFormat CycloneDX, or a <bom> in a CycloneDX namespace of any version', () => {
    expect(detect({ bomFormat: 'CycloneDX' })).toBe('cyclonedx');
    expect(detect([{ bomFormat: 'CycloneDX' }])).toBe('json');
    const bom = (ns: string) => detect(`<?xml version="1.0"?>\n<bom serialNumber="urn:uuid:1" xmlns="${ns}"/>`);
    expect(bom('http://cyclonedx.org/schema/bom/1.5')).toBe('cyclonedx');
    expect(bom('https://cyclonedx.org/schema/bom/1.10')).toBe('cyclonedx');
    expect(bom('http://cyclonedx.org/schema/bom/1.5/ext')).toBeUndefined();
    expect(bom('xhttp://cyclonedx.org/schema/bom/1.5')).toBeUndefined();
    expect(bom('http://cyclonedx.org/schema/bom/1')).toBeUndefined();
    expect(bom('http://cyclonedx.org/schema/bom/1.5x')).toBeUndefined();
  });

  it('spdx: an object whose spdxVersion starts with SPDX-', () => {
    expect(detect({ spdxVersion: 'SPDX-2.3' })).toBe('spdx');
    expect(detect({ spdxVersion: '2.3' })).toBe('json');
    expect(detect({ spdxVersion: 2.3 })).toBe('json');
    expect(detect([{ spdxVersion: 'SPDX-2.3' }])).toBe('json');
  });

  it('the outline is read at the nesting limit, not past it', () => {
    expect(jsonShape(`${'['.repeat(256)}${']'.repeat(256)}`)?.root).toBe('array');
    expect(jsonShape(`${'['.repeat(257)}${']'.repeat(257)}`)).toBeUndefined();
    expect([isRecord({}), isRecord(null), isRecord([]), isRecord('x')]).toEqual([true, false, false, false]);
  });
});

describe('what a parser says about a document of its format that the tool would not write', () => {
  it('snyk', () => {
    expect(refused({ ok: false, vulnerabilities: ['x'] })).toBe('evidence r.json: a vulnerability in the Snyk report is a string, not an object.');
    expect(refused([{ ok: false, vulnerabilities: [] }, 5])).toBe('evidence r.json: Snyk project [1] is a number, not an object: is this `snyk test --json` output?');
    expect(refused([{ ok: false, vulnerabilities: [] }, { error: 'Missing node_modules folder' }])).toBe(
      'evidence r.json: Snyk project [1] has no "vulnerabilities" list (Snyk said: Missing node_modules folder): attach the output of a successful `snyk test --json`.',
    );
    expect(refused([{ ok: false, vulnerabilities: [] }, { error: 3 }])).toBe(
      'evidence r.json: Snyk project [1] has no "vulnerabilities" list: attach the output of a successful `snyk test --json`.',
    );
  });

  it('trivy', () => {
    expect(refused({ SchemaVersion: 2, Results: [1] })).toBe('evidence r.json: Trivy Results[0] is a number, not an object.');
    expect(refused({ SchemaVersion: 2, Results: [{ Vulnerabilities: {} }] })).toBe('evidence r.json: Results[0].Vulnerabilities is an object, not an array: is the file from the tool?');
    expect(refused({ SchemaVersion: 2, Results: [{ Vulnerabilities: ['x'] }] })).toBe('evidence r.json: a vulnerability in Trivy Results[0] is a string, not an object.');
    expect(refused({ SchemaVersion: 2, ArtifactName: 'img', Results: {} })).toBe('evidence r.json: Trivy report.Results is an object, not an array: is the file from the tool?');
    expect(refused({ SchemaVersion: 1, ArtifactName: 'img' }, 'trivy')).toBe('evidence r.json: Trivy SchemaVersion 1 is not supported: Factstore reads SchemaVersion 2 (`trivy -f json`).');
    expect(parse({ SchemaVersion: 2, ArtifactName: 'img' }).summary).toEqual({ critical: 0, high: 0, medium: 0, low: 0, unknown: 0 });
  });

  it('sarif', () => {
    expect(refused({ version: '2.1.0', runs: [1] })).toBe('evidence r.json: SARIF runs[0] is a number, not an object.');
    expect(refused({ version: '2.1.0', runs: [{ results: {} }] })).toBe('evidence r.json: runs[0].results is an object, not an array: is the file from the tool?');
    expect(refused({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [] })).toBe('evidence r.json: SARIF version undefined is not supported: Factstore reads SARIF 2.1.0 (ask the tool for it).');
  });

  it('cyclonedx', () => {
    expect(refused({ bomFormat: 'CycloneDX' })).toBe('evidence r.json: CycloneDX specVersion is missing: it must be a string like "1.6" (is the file complete?).');
    expect(refused({ bomFormat: 'CycloneDX', specVersion: '1.6', components: {} })).toBe('evidence r.json: CycloneDX BOM.components is an object, not an array: is the file from the tool?');
    expect(refused({ bomFormat: 'CycloneDX', specVersion: '1.6', vulnerabilities: 1 })).toBe('evidence r.json: CycloneDX BOM.vulnerabilities is a number, not an array: is the file from the tool?');
    expect(refused({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ components: {} }] })).toBe(
      'evidence r.json: components[0].components is an object, not an array: is the file from the tool?',
    );
    expect(refused({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ components: [{}, 'x'] }] })).toBe('evidence r.json: CycloneDX components[0].components[1] is a string, not an object.');
    const xml = '\n  <bom serialNumber="urn:uuid:1" version="1" xmlns="http://cyclonedx.org/schema/bom/1.10"><components><component/></components></bom>';
    expect(parse(xml).summary).toEqual({ components: 1, vulnerabilities: 0, specVersion: '1.10' });
  });

  it('spdx', () => {
    expect(refused({ spdxVersion: 'SPDX-3.0' })).toBe('evidence r.json: not an SPDX 2.x JSON document (spdxVersion "SPDX-3.0"): Factstore reads SPDX 2.3 JSON.');
    expect(refused({ spdxVersion: 'SPDX-2.3', packages: {} })).toBe('evidence r.json: SPDX document.packages is an object, not an array: is the file from the tool?');
    expect(refused({ spdxVersion: 'SPDX-2.3', packages: ['x', {}] })).toBe('evidence r.json: SPDX packages[0] is a string, not an object.');
    expect(refused({ spdxVersion: 'SPDX-2.3', packages: [{}], files: [{}, 3] })).toBe('evidence r.json: SPDX files[1] is a number, not an object.');
  });

  it('junit: an error then a skip is an error', () => {
    expect(parse('<testsuite><testcase name="a"><error/><skipped/></testcase></testsuite>').summary).toEqual({ tests: 1, passed: 0, failures: 0, errors: 1, skipped: 0 });
  });

  it('sarif levels: an unknown level falls back to the rule, a rule of an extension, the driver first on a shared id', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: { name: 'd', rules: [{ id: 'SHARED', defaultConfiguration: { level: 'note' } }, null, { id: 'BARE' }, { id: 'BAD', defaultConfiguration: { level: 'critical' } }] },
            extensions: [{ name: 'e', rules: [{ id: 'SHARED', defaultConfiguration: { level: 'error' } }, { id: 'EXT', defaultConfiguration: { level: 'error' } }] }],
          },
          results: [
            { ruleId: 'SHARED', level: 'critical' }, // not a level: the rule's (driver's) note
            { ruleId: 'EXT' }, // found by id in an extension: error
            { rule: { index: 1, toolComponent: { index: 0 } } }, // the extension's second rule: error
            { rule: { index: 0, toolComponent: { index: '0' } } }, // not an index: the driver's first rule, note
            { rule: { index: 0, toolComponent: { index: 5 } }, ruleId: 'SHARED' }, // no such extension: by id, note
            { ruleIndex: 2, ruleId: 'EXT' }, // the driver's rule 2 has no level: by id, error
            { ruleIndex: 3 }, // a default level SARIF does not know: warning
          ],
        },
      ],
    };
    expect(parse(log).summary).toEqual({ results: 7, error: 3, warning: 1, note: 3, none: 0 });
  });

  it('sarif levels: a rule index that is not a number is no index; a result of level none is no finding', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'd', rules: [{ id: 'R0', defaultConfiguration: { level: 'error' } }] } },
          results: [
            { rule: { index: '0' }, message: { text: 'index as text' } }, // no index, no id: warning
            { kind: 'pass', ruleIndex: 0, message: { text: 'passed' } }, // a kind other than fail: none
          ],
        },
      ],
    };
    const parsed = parse(log);
    expect(parsed.summary).toEqual({ results: 2, error: 0, warning: 1, note: 0, none: 1 });
    expect(parsed.findings).toEqual([{ level: 'warning', message: 'index as text' }]);
  });
});

describe('a parser called on its own (an adapter that skips detection) with a document of another kind', () => {
  const direct = (format: keyof typeof EVIDENCE_PARSERS, text: string) => () => EVIDENCE_PARSERS[format].parse(text);

  it('says what it expected to find', () => {
    expect(direct('junit', '<bom xmlns="http://cyclonedx.org/schema/bom/1.5"/>')).toThrow('the XML root is <bom>, not <testsuites> or <testsuite>: is this a JUnit report?');
    expect(direct('cyclonedx', '{"specVersion": "1.6"}')).toThrow('not a CycloneDX JSON BOM (no "bomFormat": "CycloneDX"): is the file from a CycloneDX tool?');
    expect(direct('cyclonedx', '[{"bomFormat": "CycloneDX"}]')).toThrow('not a CycloneDX JSON BOM (no "bomFormat": "CycloneDX"): is the file from a CycloneDX tool?');
    expect(direct('cyclonedx', '<testsuite xmlns="http://cyclonedx.org/schema/bom/1.5"/>')).toThrow(
      'the XML root <testsuite> is not a CycloneDX <bom xmlns="http://cyclonedx.org/schema/bom/1.x">.',
    );
    expect(direct('cyclonedx', '<bom xmlns="http://example.com/bom"/>')).toThrow('the XML root <bom> is not a CycloneDX <bom xmlns="http://cyclonedx.org/schema/bom/1.x">.');
    expect(direct('trivy', '"report"')).toThrow('a Trivy report is a JSON object, not a string.');
    expect(direct('sarif', '[]')).toThrow('a SARIF log is a JSON object, not an array.');
    expect(direct('spdx', '[]')).toThrow('not an SPDX 2.x JSON document (spdxVersion an array): Factstore reads SPDX 2.3 JSON.');
    expect(direct('spdx', '{"spdxVersion": 2.3}')).toThrow('not an SPDX 2.x JSON document (spdxVersion 2.3): Factstore reads SPDX 2.3 JSON.');
  });
});

describe('what parseEvidence says around the parsers', () => {
  it('a forced format on text no format recognises, and a broken file that starts with whitespace', () => {
    expect(() => parseEvidence(bytes('just a log line'), { name: 'r.txt', format: 'junit' })).toThrow(
      'evidence r.txt does not look like junit (nor like any known format: junit, sarif, cyclonedx, spdx, snyk, trivy, json): check that you attached the right file.',
    );
    expect(() => parseEvidence(bytes(' \n {"runs": ['), { name: 'r.json' })).toThrow(/^evidence r\.json: not valid JSON \(/);
    expect(() => parseEvidence(bytes(' \n <testsuite><testcase>'), { name: 'r.xml' })).toThrow(/^evidence r\.xml: not well-formed XML/);
  });

  it('a parser\'s error keeps its code and what caused it', () => {
    let error: unknown;
    try {
      parse({ version: '2.1.0', runs: [1] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FactstoreError);
    expect((error as FactstoreError).cause).toBeInstanceOf(FactstoreError);
    expect((error as FactstoreError).code).toBe('BAD_INPUT');
  });

  it('UTF-8 text: one byte order mark is dropped, a second one is kept as text', () => {
    expect(readText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'r')).toBe('a');
    expect(readText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]), 'r')).toBe('\uFEFFa');
  });
});
