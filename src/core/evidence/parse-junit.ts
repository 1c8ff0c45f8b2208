import { badInput } from '../errors.js';
import { FindingCollector, lineNumber } from './findings.js';
import type { EvidenceParser, ParsedEvidence } from './types.js';
import { xmlRoot } from './xml-root.js';
import { firstChild, parseXml, type XmlElement } from './xml-tree.js';

const ROOTS = new Set(['testsuites', 'testsuite']);

type Outcome = 'passed' | 'failure' | 'error' | 'skipped';

/**
 * JUnit XML (DESIGN §5): counts `<testcase>` elements at any depth, never the suites' own
 * `tests=`/`failures=` attributes, which tools get wrong (gotestsum, Surefire reruns, jest-junit).
 */
export const junitParser: EvidenceParser = {
  format: 'junit',
  detect(text) {
    const root = xmlRoot(text);
    return root !== undefined && ROOTS.has(root.localName);
  },
  parse(text): ParsedEvidence {
    const root = parseXml(text);
    if (!ROOTS.has(root.name)) {
      throw badInput(`the XML root is <${root.name}>, not <testsuites> or <testsuite>: is this a JUnit report?`);
    }
    const counts = { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0 };
    const findings = new FindingCollector();
    const pending: XmlElement[] = [root];
    for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
      if (element.name === 'testcase') {
        const outcome = outcomeOf(element);
        counts.tests++;
        if (outcome === 'passed') counts.passed++;
        else if (outcome === 'failure') counts.failures++;
        else if (outcome === 'error') counts.errors++;
        else counts.skipped++;
        if (outcome === 'failure' || outcome === 'error') findings.add(findingOf(element, outcome));
      }
      // A testcase may hold nested testcases in some tools' output: they count too.
      for (let i = element.children.length - 1; i >= 0; i--) pending.push(element.children[i] as XmlElement);
    }
    return {
      format: 'junit',
      summary: counts,
      defaultStatus: counts.failures + counts.errors > 0 ? 'FAILED' : 'PASSED',
      findings: findings.list(),
    };
  },
};

/**
 * One outcome per testcase from its direct children, so tests = passed + failures + errors + skipped.
 * Surefire's flakyFailure/rerunFailure (and flakyError/rerunError) record earlier attempts: they do
 * not fail the testcase. A `status=` attribute (tst's 'disabled') is not an outcome either.
 */
function outcomeOf(testcase: XmlElement): Outcome {
  let outcome: Outcome = 'passed';
  for (const child of testcase.children) {
    if (child.name === 'failure') return 'failure';
    if (child.name === 'error') outcome = 'error';
    else if (child.name === 'skipped' && outcome === 'passed') outcome = 'skipped';
  }
  return outcome;
}

function findingOf(testcase: XmlElement, outcome: 'failure' | 'error') {
  const problem = firstChild(testcase, outcome);
  const message = problem?.attributes.message || firstLine(problem?.text ?? '') || problem?.attributes.type || outcome;
  const { classname, name, file, line } = testcase.attributes;
  return {
    level: outcome,
    message,
    name: classname !== undefined && classname !== '' && name !== undefined ? `${classname}.${name}` : (name ?? ''),
    file: file ?? problem?.attributes.file,
    line: lineNumber(line ?? problem?.attributes.line),
  };
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}
