// Writes the large reports the evidence bench parses: a ~10 MB JUnit file and a ~50 MB SARIF log,
// shaped like what Surefire and code scanners write (nested suites, failures, rules with default levels).
//   node make-reports.mjs DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: make-reports.mjs DIR');
mkdirSync(dir, { recursive: true });

function junit(targetBytes) {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="all">\n'];
  let size = parts[0].length;
  for (let suite = 0; size < targetBytes; suite++) {
    const cases = [];
    for (let n = 0; n < 100; n++) {
      const i = suite * 100 + n;
      const attrs = `classname="com.acme.payments.Suite${suite}" name="handles case ${i} &amp; more" time="0.00${n % 10}"`;
      if (i % 10 === 0) cases.push(`    <testcase ${attrs}>\n      <failure message="expected:&lt;${i}&gt; but was:&lt;${i + 1}&gt;" type="org.opentest4j.AssertionFailedError">at com.acme.payments.Suite${suite}.test(Suite${suite}.java:${n})</failure>\n    </testcase>`);
      else if (i % 50 === 1) cases.push(`    <testcase ${attrs}>\n      <skipped/>\n    </testcase>`);
      else cases.push(`    <testcase ${attrs}/>`);
    }
    const text = `  <testsuite name="com.acme.payments.Suite${suite}" tests="100" failures="10" errors="0" skipped="2">\n${cases.join('\n')}\n  </testsuite>\n`;
    parts.push(text);
    size += text.length;
  }
  parts.push('</testsuites>\n');
  return parts.join('');
}

function sarif(targetBytes) {
  const rules = Array.from({ length: 50 }, (_, i) => ({ id: `R${i}`, defaultConfiguration: { level: ['error', 'warning', 'note'][i % 3] } }));
  const results = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const result = {
      ruleId: `R${i % 50}`,
      ruleIndex: i % 50,
      ...(i % 4 === 0 ? { level: 'warning' } : {}),
      message: { text: `Possible problem number ${i} in the payment flow: value may be null here` },
      locations: [{ physicalLocation: { artifactLocation: { uri: `src/payments/module${i % 300}/file${i % 97}.ts` }, region: { startLine: (i % 900) + 1, startColumn: 5 } } }],
    };
    const text = JSON.stringify(result);
    results.push(text);
    size += text.length + 1;
  }
  return `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"bench-scanner","rules":${JSON.stringify(rules)}}},"results":[${results.join(',')}]}]}`;
}

writeFileSync(path.join(dir, 'junit-10mb.xml'), junit(10 * 1000 * 1000));
writeFileSync(path.join(dir, 'sarif-50mb.sarif'), sarif(50 * 1000 * 1000));
