import type { Finding } from './types.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'unknown';

const NAMED = new Set<string>(['critical', 'high', 'medium', 'low']);

/** Vulnerability counts by severity; `unknown` catches severities outside the four named ones. */
export class SeverityCounts {
  readonly counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };

  add(rawSeverity: unknown): Severity {
    const severity = typeof rawSeverity === 'string' ? rawSeverity.toLowerCase() : '';
    const key: Severity = NAMED.has(severity) ? (severity as Severity) : 'unknown';
    this.counts[key]++;
    return key;
  }

  /** DESIGN §5 default rule for vulnerability scans. */
  get defaultStatus(): 'PASSED' | 'FAILED' {
    return this.counts.critical + this.counts.high > 0 ? 'FAILED' : 'PASSED';
  }
}

export function findingLevel(severity: Severity): Finding['level'] {
  if (severity === 'critical' || severity === 'high') return 'error';
  return severity === 'medium' ? 'warning' : 'note';
}
