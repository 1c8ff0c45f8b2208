import type { FlowCustody } from './custody-report.js';

/** One sentence on the whole report: not found, compliant everywhere, or where it is not. */
export function custodyDetails(digest: string, flows: readonly FlowCustody[]): string {
  if (flows.length === 0) {
    return `artifact ${digest} not found: no trail recorded it; record it with factstore artifacts create.`;
  }
  const failing = flows.filter((f) => f.status !== 'COMPLIANT');
  if (failing.length === 0) return `COMPLIANT in every flow that recorded it: ${flows.map((f) => f.flow).join(', ')}.`;
  return `NON_COMPLIANT in ${failing.map((f) => `${f.flow} (${f.details.replace(/\.$/, '')})`).join('; ')}.`;
}
