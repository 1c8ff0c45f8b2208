import { describe, expect, it } from 'vitest';
import { EVIDENCE_FORMATS, type EvidenceFormat, detectFormat, parseEvidence, readText } from '../../src/core/evidence/index.js';
import { FIXTURE_FORMATS, listFixtures, readFixture } from './fixtures.js';

// Ground truth copied from the shared fixtures README (tests/fixtures/evidence/README.md keeps the rows):
// numbers counted by an independent script from the elements, not by this code.

/** junit: testcases, failures, errors, skipped (passed is what is left). */
const JUNIT: Record<string, [number, number, number, number]> = {
  'ant__03-junit.xml': [10, 4, 0, 2],
  'bazel__04-bazel-junit.xml': [2, 0, 1, 0],
  'cargo-nextest__basic.xml': [3, 1, 0, 0],
  'catch2__report.xml': [1, 1, 0, 0],
  'dotnet-junitxml-testlogger__TestResults.xml': [52, 14, 0, 6],
  'go-junit-report__001-report.xml': [5, 1, 0, 2],
  'go-junit-report__013-report.xml': [5, 0, 3, 0],
  'gotestsum__junitxml-report.golden.xml': [60, 13, 0, 5],
  'gradle-4.4.1__TEST-demo.CalcTest.xml': [4, 2, 0, 1],
  // hand-made, not tool output (see the README): a failing testcase nested inside a passing one
  'hand-made__nested-testcase.xml': [4, 1, 0, 0],
  'jest-junit__jest-junit.xml': [6, 4, 0, 1],
  'karma-junit-reporter-2.0.1__karma-junit.xml': [5, 2, 0, 1],
  'mocha-junit-reporter__02-example.xml': [30, 9, 0, 0],
  'mocha-xunit__latex-utensils.xml': [109, 0, 0, 0],
  'nette-tester__tester-v1.7-report.xml': [65, 1, 0, 3],
  'phpunit__phpcheckstyle-phpunit.xml': [30, 2, 0, 0],
  'phpunit__phpunit.xml': [12, 2, 0, 0],
  'pytest__junit.gloo.elastic.xml': [14, 0, 0, 4],
  'pytest__python-xunit-pytest.xml': [10, 2, 0, 2],
  'scalatest__TEST-uk.co.gresearch.spark.diff.DiffOptionsSuite.xml': [5, 0, 0, 0],
  'surefire__TEST-action.surefire.report.email.EmailAddressTest.xml': [9, 2, 5, 0],
  'surefire__TEST-io.olamy.AlwaysFailTest.xml': [1, 1, 0, 0],
  'surefire__TEST-io.olamy.FlakyTest.xml': [1, 0, 0, 0],
  'swift-xunit__swift-xunit.xml': [3, 1, 0, 0],
  'testng__TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml': [2, 1, 0, 1],
  'tst__disabled.xml': [31, 19, 1, 0],
  'unittest-xml-reporting__python-xunit-unittest.xml': [8, 1, 1, 2],
  'vitest-4.1.12__vitest-junit.xml': [7, 2, 0, 2],
  // generated for this repository (see the README): 10 testcases, 4 <failure>, 2 <skipped/>
  'vitest-4.1.12__factstore-generated-junit.xml': [10, 4, 0, 2],
};

/** sarif: results and effective error, warning, note over all runs. */
const SARIF: Record<string, [number, number, number, number]> = {
  'codeql-2.5.4__codeQL-output.sarif': [72, 11, 4, 57],
  'dependency-check-6.1.2__dependency_check.sarif': [13, 13, 0, 0],
  'dockle-0.3.15__dockle.sarif': [4, 1, 0, 3],
  'eslint-9.39.5__eslint-formatter-sarif-3.1.0.sarif': [8, 4, 4, 0],
  'flawfinder-2.0.19__flawfinder.sarif': [54, 2, 1, 51],
  'gitleaks__gitleaks_7.5.0.sarif': [8, 0, 8, 0],
  'grype-0.34.7__cxf-3.4.6.sarif': [22, 0, 22, 0],
  'lgtm-codeql__valid-sarif.sarif': [3, 0, 0, 3],
  'lgtm-export-2runs__DefectDojo_2020-12-11_export.sarif': [510, 31, 46 + 76, 12 + 345],
  'semgrep-1.69.0__issue_10191.sarif.json': [77, 35, 42, 0],
  'snyk-code__test-code-consistent-ignores.sarif.json': [2, 0, 2, 0],
  'snyk-container__sarif-container-result.json': [1, 0, 0, 1],
  'spotbugs-4.4.0__spotbugs.sarif': [56, 0, 0, 56],
  'trivy__alpine-310.sarif.golden.json': [4, 0, 4, 0],
};

/** cyclonedx: components including nested ones, vulnerabilities, spec version. */
const CYCLONEDX: Record<string, [number, number, string]> = {
  'cyclonedx-node-module__cern-lhc-vdm-editor.bom.xml': [43, 0, '1.2'],
  'cyclonedx-npm-6.0.1__bom.1.5.json': [5, 0, '1.5'],
  'cyclonedx-npm-6.0.1__bom.1.6.json': [5, 0, '1.6'],
  'cyclonedx-npm-6.0.1__bom.1.6.xml': [5, 0, '1.6'],
  'cyclonedx-php-composer__laravel-7.12.0.bom.1.4.json': [62, 0, '1.4'],
  'cyclonedx-php-composer__laravel-7.12.0.bom.1.4.xml': [62, 0, '1.4'],
  'grype-0.41.0__log4j.cdx.xml': [1, 8, '1.4'],
  'grype-0.41.0__nested-component-log4j.cdx.json': [2, 8, '1.4'],
  'jake-cyclonedx-python-lib-1.3.0__jake2.cdx.json': [67, 7, '1.4'],
  'npm-11.19.1__npm-sbom.cdx.json': [5, 0, '1.5'],
  'syft-1.11.0__syft-scan-alpine-container.cdx.json': [16, 0, '1.6'],
  'trivy-0.48.1__issue_9277.cdx.json': [102, 10, '1.5'],
  'trivy__centos-7-cyclonedx.json': [3, 0, '1.5'],
  'trivy__npm-cyclonedx.cdx.json.golden.json': [13, 1, '1.7'],
};

/** spdx: packages (the described root included), files, relationships. */
const SPDX: Record<string, [number, number, number]> = {
  'k8s-bom__example11.sbom.spdx.json': [4, 1, 4],
  'npm-11.19.1__npm-sbom.spdx.json': [6, 0, 6],
  'parlay-enriched__examplemaven-0.0.1-enriched.spdx.json': [6, 2, 11],
  'spdx-maven-plugin__examplemaven-0.0.1.spdx.json': [6, 2, 7],
  'trivy__conda-spdx.json.golden.json': [3, 2, 5],
  'trivy__julia-spdx.json.golden.json': [5, 0, 5],
};

/** snyk: vulnerability entries by critical, high, medium, low. */
const SNYK: Record<string, [number, number, number, number]> = {
  'snyk-all-projects__all_containers_target_output.json': [1, 28, 8, 3],
  'snyk-container__test-report-container-with-app-vulns.json': [1, 0, 0, 0],
  'snyk-test-all-projects__multiProjectResults.json': [0, 7, 6, 2],
  'snyk-test-all-projects__nuget-multi-project.json': [0, 2, 1, 0],
  'snyk-test__no-vulns.json': [0, 0, 0, 0],
  'snyk-test__npm-test-report.json': [0, 15, 16, 2],
  'snyk-test__test-report-with-risk-scores.json': [1, 1, 2, 1],
};

/** trivy: vulnerabilities by critical, high, medium, low, unknown (secrets and misconfigurations are not counted). */
const TRIVY: Record<string, [number, number, number, number, number]> = {
  'trivy-fs__misconfigurations_and_secrets.json': [0, 1, 1, 0, 0],
  'trivy-image__alpine-39.json.golden.json': [2, 0, 4, 0, 0],
  'trivy-image__debian-stretch.json.golden.json': [0, 0, 4, 1, 0],
  'trivy-image__juice-shop-v12.10.2.json': [28, 100, 48, 6, 0],
  'trivy-image__photon-30.json.golden.json': [2, 1, 0, 0, 0],
  'trivy-image__scheme_2_many_vulns.json': [1, 1, 3, 0, 0],
  'trivy-legacy-array__legacy_many_vulns.json': [0, 18, 9, 65, 1],
  'trivy-repo__gomod.json.golden.json': [0, 0, 1, 0, 4],
};

type Expected = { summary: Record<string, unknown>; status: 'PASSED' | 'FAILED' };

const EXPECTED: Record<(typeof FIXTURE_FORMATS)[number], Record<string, Expected>> = {
  junit: mapRows(JUNIT, ([tests, failures, errors, skipped]) => ({
    summary: { tests, passed: tests - failures - errors - skipped, failures, errors, skipped },
    status: failures + errors > 0 ? 'FAILED' : 'PASSED',
  })),
  sarif: mapRows(SARIF, ([results, error, warning, note]) => ({
    summary: { results, error, warning, note, none: 0 },
    status: error > 0 ? 'FAILED' : 'PASSED',
  })),
  cyclonedx: mapRows(CYCLONEDX, ([components, vulnerabilities, specVersion]) => ({
    summary: { components, vulnerabilities, specVersion },
    status: 'PASSED',
  })),
  spdx: mapRows(SPDX, ([components, files, relationships]) => ({
    summary: { components, files, relationships, specVersion: 'SPDX-2.3' },
    status: 'PASSED',
  })),
  snyk: mapRows(SNYK, ([critical, high, medium, low]) => ({
    summary: { critical, high, medium, low },
    status: critical + high > 0 ? 'FAILED' : 'PASSED',
  })),
  trivy: mapRows(TRIVY, ([critical, high, medium, low, unknown]) => ({
    summary: { critical, high, medium, low, unknown },
    status: critical + high > 0 ? 'FAILED' : 'PASSED',
  })),
};

function mapRows<T>(rows: Record<string, T>, toExpected: (row: T) => Expected): Record<string, Expected> {
  return Object.fromEntries(Object.entries(rows).map(([file, row]) => [file, toExpected(row)]));
}

const CASES = FIXTURE_FORMATS.flatMap((format) => Object.keys(EXPECTED[format]).map((file) => ({ format, file })));

describe('evidence fixtures: summaries equal the ground truth', () => {
  it.each(FIXTURE_FORMATS)('every %s fixture on disk has a ground-truth row, and every row a file', (format) => {
    expect(listFixtures(format)).toEqual(Object.keys(EXPECTED[format]).sort());
  });

  it.each(CASES)('$format/$file', ({ format, file }) => {
    const expected = EXPECTED[format][file] as Expected;
    const parsed = parseEvidence(readFixture(format, file), { name: file });
    expect(parsed.format).toBe(format);
    expect(parsed.summary).toEqual(expected.summary);
    expect(parsed.defaultStatus).toBe(expected.status);
  });

  it.each(CASES)('$format/$file parses the same with --format $format', ({ format, file }) => {
    const parsed = parseEvidence(readFixture(format, file), { name: file, format });
    expect(parsed.summary).toEqual((EXPECTED[format][file] as Expected).summary);
  });
});

describe('evidence fixtures: format detection', () => {
  it.each(CASES)('detects $format for $file', ({ format, file }) => {
    expect(detectFormat(readText(readFixture(format, file), file), file)).toBe(format);
  });

  it.each(CASES)('a wrong --format on $file names $format', ({ format, file }) => {
    const wrong = otherFormat(format);
    expect(() => parseEvidence(readFixture(format, file), { name: file, format: wrong })).toThrow(
      expect.objectContaining({
        code: 'BAD_INPUT',
        message: `evidence ${file} looks like ${format}, not ${wrong}: drop --format or pass --format ${format}`,
      }),
    );
  });
});

/** A specific format other than `format` (plain `json` accepts every JSON report, so it is never "wrong"). */
function otherFormat(format: EvidenceFormat): EvidenceFormat {
  const specific = EVIDENCE_FORMATS.filter((f) => f !== 'json' && f !== format);
  return specific[(EVIDENCE_FORMATS.indexOf(format) + 1) % specific.length] as EvidenceFormat;
}
