import { describeIgnored } from '../../trust/ignored.js';
import type { TrustReport } from '../../trust/trust-report.js';
import type { BreakdownTrust } from './breakdown.js';

/** The breakdown's words for a trust report: what was not counted, and which config decided. */
export function breakdownTrust(report: TrustReport | undefined, config?: string): BreakdownTrust | undefined {
  const ignored = report === undefined ? [] : describeIgnored(report.ignored);
  const notes = report?.notes ?? [];
  if (ignored.length === 0 && notes.length === 0 && config === undefined) return undefined;
  return { ignored, notes, ...(config !== undefined ? { config } : {}) };
}
