import { describe, expect, it } from 'vitest';
import { summaryText } from '../../src/core/report/breakdown/index.js';
import { expiresIn, utcMinute } from '../../src/core/report/breakdown/time-text.js';
import { evidence } from './scenarios.js';

describe('summaryText: summaries of real reports, parsed', () => {
  it.each([
    ['junit', 'mocha-xunit__latex-utensils.xml', '109 passed, 0 failed'],
    ['junit', 'surefire__TEST-action.surefire.report.email.EmailAddressTest.xml', '2 passed, 2 failed, 5 errors'],
    ['junit', 'unittest-xml-reporting__python-xunit-unittest.xml', '4 passed, 1 failed, 1 error, 2 skipped'],
    ['junit', 'go-junit-report__013-report.xml', '2 passed, 0 failed, 3 errors'],
    ['sarif', 'codeql-2.5.4__codeQL-output.sarif', '11 errors, 4 warnings, 57 notes'],
    ['sarif', 'snyk-container__sarif-container-result.json', '0 errors, 0 warnings, 1 note'],
    ['sarif', 'lgtm-export-2runs__DefectDojo_2020-12-11_export.sarif', '31 errors, 122 warnings, 357 notes'],
    ['cyclonedx', 'syft-1.11.0__syft-scan-alpine-container.cdx.json', '16 components'],
    ['cyclonedx', 'grype-0.41.0__log4j.cdx.xml', '1 component, 8 vulnerabilities'],
    ['cyclonedx', 'trivy__npm-cyclonedx.cdx.json.golden.json', '13 components, 1 vulnerability'],
    ['spdx', 'npm-11.19.1__npm-sbom.spdx.json', '6 components'],
    ['snyk', 'snyk-all-projects__all_containers_target_output.json', '1 critical, 28 high, 8 medium, 3 low'],
    ['snyk', 'snyk-test__no-vulns.json', '0 critical, 0 high, 0 medium, 0 low'],
    ['trivy', 'trivy-legacy-array__legacy_many_vulns.json', '0 critical, 18 high, 9 medium, 65 low, 1 unknown'],
  ] as const)('%s %s → %s', (format, file, text) => {
    const { ref } = evidence(format, file);
    expect(summaryText(ref.format, ref.summary)).toBe(text);
  });
});

describe('summaryText: numbers and words', () => {
  it('groups thousands with a space and shows skipped only when there are some', () => {
    expect(summaryText('junit', { tests: 1250, passed: 1247, failures: 0, errors: 0, skipped: 3 })).toBe('1 247 passed, 0 failed, 3 skipped');
    expect(summaryText('junit', { tests: 2_000_000, passed: 2_000_000, failures: 0, errors: 0, skipped: 0 })).toBe('2 000 000 passed, 0 failed');
    expect(summaryText('cyclonedx', { components: 1000 })).toBe('1 000 components');
  });

  it('works out passed from tests when a summary lacks it', () => {
    expect(summaryText('junit', { tests: 10, failures: 2, errors: 1, skipped: 3 })).toBe('4 passed, 2 failed, 1 error, 3 skipped');
  });

  it('gets singular and plural right', () => {
    expect(summaryText('sarif', { results: 3, error: 1, warning: 1, note: 1, none: 0 })).toBe('1 error, 1 warning, 1 note');
    expect(summaryText('sarif', { results: 0, error: 0, warning: 0, note: 0 })).toBe('0 errors, 0 warnings, 0 notes');
    expect(summaryText('junit', { tests: 3, passed: 1, failures: 0, errors: 2, skipped: 0 })).toBe('1 passed, 0 failed, 2 errors');
    expect(summaryText('spdx', { components: 1 })).toBe('1 component');
  });

  it('describes a JSON document neutrally', () => {
    expect(summaryText('json', { a: 1, b: { c: 2 } })).toBe('JSON document (2 keys)');
    expect(summaryText('json', { only: true })).toBe('JSON document (1 key)');
    expect(summaryText('json', { document: [1, 2, 3] })).toBe('JSON array (3 items)');
    expect(summaryText('json', { document: 'text' })).toBe('JSON value');
    expect(summaryText('json', { document: { nested: true } })).toBe('JSON document (1 key)');
  });

  it('says a raw file is stored as is, and nothing for what it cannot read', () => {
    expect(summaryText('raw', undefined)).toBe('stored as is');
    expect(summaryText('junit', undefined)).toBe('');
    expect(summaryText('pdf', { pages: 3 })).toBe('');
    expect(summaryText('junit', { tests: 'many' })).toBe('');
    expect(summaryText('sarif', {})).toBe('');
    expect(summaryText('trivy', { critical: -1, high: 1.5 })).toBe('');
  });
});

describe('expiry wording', () => {
  const now = new Date('2026-01-02T00:00:00.000Z');

  it('rounds down to the largest readable unit, and says when it is over', () => {
    expect(expiresIn('2026-01-05T00:00:00.000Z', now)).toBe('in 3 days');
    expect(expiresIn('2026-01-05T23:59:00.000Z', now)).toBe('in 3 days');
    expect(expiresIn('2026-01-03T12:00:00.000Z', now)).toBe('in 36 hours');
    expect(expiresIn('2026-01-02T01:00:00.000Z', now)).toBe('in 1 hour');
    expect(expiresIn('2026-01-02T00:00:30.000Z', now)).toBe('in 1 minute');
    expect(expiresIn('2026-01-02T00:12:00.000Z', now)).toBe('in 12 minutes');
    expect(expiresIn('2026-01-02T00:00:00.000Z', now)).toBe('expired');
    expect(expiresIn('not a date', now)).toBe('');
  });

  it('writes times to the minute in UTC', () => {
    expect(utcMinute('2026-01-05T02:30:59.999+02:00')).toBe('2026-01-05 00:30 UTC');
    expect(utcMinute('soon')).toBe('soon');
  });
});
