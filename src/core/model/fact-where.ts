import { isFlowFact, type Fact } from './fact.js';

/** The flow a fact belongs to; tamper alarms belong to the facts branch, not to a flow. */
export function factFlow(fact: Fact): string | undefined {
  return isFlowFact(fact) ? fact.flow : undefined;
}

/** Where a fact is about, for people: `flow/trail`, `flow`, `facts branch <name>` for an alarm, the destination for an export cursor. */
export function factWhere(fact: Fact): string {
  if (fact.kind === 'alarm') return `facts branch ${fact.branch}`;
  if (fact.kind === 'snapshot' || fact.kind === 'drift') return `environment ${fact.environment}`;
  if (fact.kind === 'export') return `${fact.stream} export to ${fact.destination}`;
  return fact.trail === undefined ? fact.flow : `${fact.flow}/${fact.trail}`;
}
