import type { AssertResult, FlowGate, GateResult, TrailEvaluation } from '../../core/evaluate/types.js';
import { overrideText } from '../../core/report/breakdown/index.js';
import { evidenceWords } from './describe-fact.js';
import { short, table } from './table.js';

/** One row per required type, then approval and policies: the breakdown a person reads. */
export function evaluationRows(evaluation: TrailEvaluation): string[][] {
  const rows = evaluation.types.map((t) => {
    const note = t.pending && t.status === 'MISSING' ? ' (pending)' : t.superseded.length > 0 ? ` (superseded ${t.superseded.length} failure(s))` : '';
    const words = [...t.evidence.map(evidenceWords), ...(t.override !== undefined ? [overrideText(t.override)] : [])];
    return [t.type, `${t.status}${note}`, words.join('; ')];
  });
  const a = evaluation.approval;
  if (a.required) {
    const who = a.approvedBy.length > 0 ? ` by ${a.approvedBy.join(', ')}` : '';
    const rejected = a.rejected ? `, rejected by ${a.rejectedBy.join(', ')}` : '';
    rows.push(['approval', `${a.granted} of ${a.min}${who}${rejected}`]);
  }
  for (const v of evaluation.policyViolations) rows.push([`policy ${v.policy}`, `DENIED: ${v.reasons.join('; ')}`]);
  return rows;
}

export function renderEvaluation(evaluation: TrailEvaluation): string {
  return [
    `${evaluation.status}  ${evaluation.flow}/${evaluation.trail}${evaluation.artifact !== undefined ? ` for ${evaluation.artifact}` : ''}`,
    table(evaluationRows(evaluation), '  '),
    `  ${evaluation.details}`,
  ].join('\n');
}

export function renderAssert(result: AssertResult): string {
  const head = `${result.status}  ${result.sha256Digest}  flow ${result.flow}`;
  if (result.evaluation === undefined) return `${head}\n  ${result.details}`;
  return [
    head,
    `  trail ${result.trail ?? '-'} (${result.trailsConsidered} trail(s) recorded this digest)`,
    table(evaluationRows(result.evaluation), '  '),
    `  ${result.details}`,
  ].join('\n');
}

export function renderGate(result: GateResult): string {
  const head = `${result.decision}  commit ${short(result.commit)}  (facts ${short(result.factsCommit)})`;
  if (result.flows.length === 0) return `${head}\n  ${result.details}`;
  return [head, table(result.flows.map(flowRow), '  ')].join('\n');
}

function flowRow(gate: FlowGate): string[] {
  return [gate.flow, gate.decision, gate.trail === null ? 'no trail' : `trail ${gate.trail}`, gate.details];
}
