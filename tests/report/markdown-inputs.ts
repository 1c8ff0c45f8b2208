// Hand-made breakdown inputs for what real releases rarely hold: hostile user text and thousands of types.
import type { TrailEvaluation, TypeEvaluation } from '../../src/core/evaluate/types.js';
import { buildBreakdown, type Breakdown } from '../../src/core/report/breakdown/index.js';
import { commitOf, digestOf, flowConfig } from '../evaluate/helpers.js';
import { GITHUB_LINKS, NOW } from './scenarios.js';

const factId = (label: string): string => digestOf(label).slice('sha256:'.length);

/** Every piece of user text tries something: HTML, a table break, a mention, a code span, a link. */
export function hostileBreakdown(): Breakdown {
  const flow = flowConfig({
    description: 'Pings @everyone <script>alert(1)</script> and **bold** [click](https://evil.example)',
    require: ['unit-tests', 'sbom'],
    approval: { required: true, approvers: ['@acme/release-managers', 'mallory'], min: 2, forbidSelf: true },
    policies: ['no-criticals'],
  });
  const unitTests: TypeEvaluation = {
    type: 'unit-tests',
    status: 'FAILED',
    pending: false,
    superseded: [],
    decidedBy: factId('unit-tests'),
    details: 'a|b `rm -rf /` <img src=x onerror=alert(1)>\n| injected | row |',
    evidenceUrl: 'javascript:alert(1)',
    evidence: [
      {
        name: 'report|<b>@bob</b>.xml',
        sha256: digestOf('report'),
        size: 10,
        format: 'junit',
        summary: { tests: 3, passed: 1, failures: 2, errors: 0, skipped: 0 },
      },
    ],
  };
  const evaluation: TrailEvaluation = {
    flow: flow.name,
    trail: 'build-1',
    status: 'NON_COMPLIANT',
    types: [unitTests, { type: 'sbom', status: 'MISSING', pending: false, superseded: [], evidence: [] }],
    missing: ['sbom'],
    failed: ['unit-tests'],
    approval: {
      required: true,
      granted: 1,
      min: 2,
      rejected: false,
      approvedBy: ['@acme/release-managers'],
      rejectedBy: [],
      ignored: ['eve <eve@example.com>'],
      selfApproved: ['mallory'],
      author: 'mallory',
      authorUnknown: false,
    },
    policyViolations: [{ policy: 'no-criticals', reasons: ['$x$ math, ~~strike~~ and @carol', 'line one\nline two'] }],
    problems: 4,
    newest: NOW.toISOString(),
    details: 'details with @dave and <b>tags</b>',
  };
  return buildBreakdown({
    now: NOW,
    audience: 'github',
    links: GITHUB_LINKS,
    gate: { commit: commitOf('hostile'), factsCommit: commitOf('facts') },
    flows: [
      {
        flow,
        evaluation,
        decision: 'GATE_BLOCKED',
        details: evaluation.details,
      },
    ],
  });
}

/** One flow requiring `count` types, each with a parsed-looking JUnit summary. */
export function manyTypes(count: number, status: (i: number) => 'PASSED' | 'FAILED'): Breakdown {
  const names = Array.from({ length: count }, (_, i) => `check-${String(i).padStart(4, '0')}`);
  const types: TypeEvaluation[] = names.map((type, i) => ({
    type,
    status: status(i),
    pending: false,
    superseded: [],
    decidedBy: factId(type),
    evidence: [
      {
        name: `${type}.xml`,
        sha256: digestOf(type),
        size: 100,
        format: 'junit',
        summary: { tests: 1247, passed: status(i) === 'PASSED' ? 1247 : 1240, failures: status(i) === 'PASSED' ? 0 : 7, errors: 0, skipped: 0 },
      },
    ],
  }));
  const failed = types.filter((t) => t.status === 'FAILED').map((t) => t.type);
  const flow = flowConfig({ name: 'monorepo', require: names });
  const evaluation: TrailEvaluation = {
    flow: flow.name,
    trail: 'build-9',
    status: failed.length === 0 ? 'COMPLIANT' : 'NON_COMPLIANT',
    types,
    missing: [],
    failed,
    approval: { required: false, granted: 0, min: 0, rejected: false, approvedBy: [], rejectedBy: [], ignored: [], selfApproved: [], author: null, authorUnknown: false },
    policyViolations: [],
    problems: failed.length,
    newest: NOW.toISOString(),
    details: failed.length === 0 ? 'All required attestations passed' : `failed required attestations: ${failed.join(', ')}`,
  };
  return buildBreakdown({ now: NOW, flows: [{ flow, evaluation, details: evaluation.details }] });
}
