import { auditEvent, type Fact } from '../../core/model/fact.js';
import { describeFact } from '../../core/model/describe-fact.js';
import { factWhere } from '../../core/model/fact-where.js';
import { short } from './table.js';

export { describeFact, evidenceWords } from '../../core/model/describe-fact.js';

/** `TRAIL_STARTED  payment-service/t1  commit 3f2a…` */
export function factLine(fact: Fact): string {
  const where = factWhere(fact);
  return `${auditEvent(fact)}  ${where}  ${describeFact(fact)}`;
}

/** The confirmation a write command prints: what was recorded and where. */
export function recordedText(fact: Fact, result: { commit: string | undefined; dryRun?: true } | undefined): string {
  const commit = result?.commit;
  const where =
    result?.dryRun === true ? 'dry run: nothing written' : commit === undefined ? 'already recorded (same fact id): nothing written' : `facts commit ${short(commit)}`;
  return `${factLine(fact)}\n  recorded by ${fact.actor} at ${fact.ts}; ${where}; fact ${short(fact.id)}`;
}
