import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, MAX_FINDINGS, parseEvidence } from '../../src/core/evidence/index.js';
import { bytes } from './fixtures.js';

// Timings are reported as test annotations (shown by reporters, kept in JUnit output), not asserted
// closely: only a generous ceiling, so a slow CI machine does not fail but a pathological parser does.
const CEILING_MS = 10_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: Math.round(performance.now() - start) };
}

describe('large reports parse in bounded time', () => {
  it('a SARIF log with 1,000,000 results', async ({ annotate }) => {
    // Five result shapes, 200,000 each: explicit levels, a rule default by ruleIndex, kind=pass, and nothing (warning).
    const shapes = ['{"level":"error"}', '{"ruleIndex":0}', '{"level":"note"}', '{"kind":"pass"}', '{}'];
    const results = Array.from({ length: 1_000_000 }, (_, i) => shapes[i % shapes.length]).join(',');
    const rules = '[{"id":"R1","defaultConfiguration":{"level":"error"}}]';
    const text = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"gen","rules":${rules}}},"results":[${results}]}]}`;
    const input = bytes(text);
    expect(input.length).toBeGreaterThan(DEFAULT_MAX_BYTES); // so the caller must raise the limit, as a config would

    const { value, ms } = timed(() => parseEvidence(input, { name: 'big.sarif', maxBytes: 64 * 1024 * 1024 }));
    await annotate(`1,000,000 results (${(input.length / 1024 / 1024).toFixed(1)} MiB) parsed in ${ms} ms`);
    expect(value.format).toBe('sarif');
    expect(value.summary).toEqual({ results: 1_000_000, error: 400_000, warning: 200_000, note: 200_000, none: 200_000 });
    expect(value.defaultStatus).toBe('FAILED');
    expect(value.findings).toHaveLength(MAX_FINDINGS);
    expect(value.findings?.every((f) => f.level === 'error')).toBe(true);
    expect(ms).toBeLessThan(CEILING_MS);
  });

  it('a 10 MB JUnit file of testcases under the default limit', async ({ annotate }) => {
    // Suites of 100 testcases nested two deep; every 10th fails, every 25th errors, every 50th is skipped,
    // every 7th passed after a Surefire flakyFailure.
    const counts = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0 };
    const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="1">'];
    let size = parts[0]?.length ?? 0;
    for (let suite = 0; size < 10_000_000; suite++) {
      const cases: string[] = [];
      for (let n = 0; n < 100; n++) {
        const i = suite * 100 + n;
        const attrs = `classname="org.example.Suite${suite}" name="case &lt;${i}&gt;" time="0.001"`;
        counts.tests++;
        if (i % 10 === 0) {
          counts.failures++;
          cases.push(`<testcase ${attrs}><failure message="expected ${i}" type="AssertionError">at Suite${suite}.java:${n}</failure></testcase>`);
        } else if (i % 25 === 0) {
          counts.errors++;
          cases.push(`<testcase ${attrs}><error message="boom" type="IllegalStateException"/></testcase>`);
        } else if (i % 50 === 0) {
          counts.skipped++;
          cases.push(`<testcase ${attrs}><skipped/></testcase>`);
        } else if (i % 7 === 0) {
          counts.passed++;
          cases.push(`<testcase ${attrs}><flakyFailure message="first try" type="X"/></testcase>`);
        } else {
          counts.passed++;
          cases.push(`<testcase ${attrs}/>`);
        }
      }
      const block = `<testsuite name="outer${suite}" tests="0"><testsuite name="Suite${suite}">${cases.join('\n')}</testsuite></testsuite>\n`;
      parts.push(block);
      size += block.length;
    }
    parts.push('</testsuites>\n');
    const input = bytes(parts.join(''));
    expect(input.length).toBeGreaterThanOrEqual(10_000_000);
    expect(input.length).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);

    const { value, ms } = timed(() => parseEvidence(input, { name: 'big-junit.xml' }));
    await annotate(`${counts.tests} testcases (${(input.length / 1024 / 1024).toFixed(1)} MiB) parsed in ${ms} ms`);
    expect(value.summary).toEqual(counts);
    expect(value.defaultStatus).toBe('FAILED');
    expect(value.findings).toHaveLength(MAX_FINDINGS);
    expect(ms).toBeLessThan(CEILING_MS);
  });
});
