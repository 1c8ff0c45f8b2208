import { breakdownTrust, type BreakdownTrust } from '../../core/report/breakdown/index.js';
import { describeIgnored } from '../../core/trust/ignored.js';
import type { TrustReport } from '../../core/trust/trust-report.js';

/** What a result did not count, and its notes: lines to add under the result (empty when clean). */
export function trustLines(report: TrustReport | undefined): string[] {
  if (report === undefined) return [];
  return [...describeIgnored(report.ignored).map((l) => `  not counted: ${l}`), ...report.notes.map((n) => `  note: ${n}`)];
}

/** `text` followed by the trust lines. */
export function withTrust(text: string, report: TrustReport | undefined): string {
  const lines = trustLines(report);
  return lines.length === 0 ? text : `${text.replace(/\n$/, '')}\n${lines.join('\n')}`;
}

/** The breakdown option that carries the trust report into `--markdown` output. */
export function trustOption(report: TrustReport | undefined): { trust?: BreakdownTrust } {
  const trust = breakdownTrust(report);
  return trust === undefined ? {} : { trust };
}
