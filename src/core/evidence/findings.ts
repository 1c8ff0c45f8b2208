import type { Finding } from './types.js';
import { MAX_FINDING_MESSAGE, MAX_FINDINGS } from './limits.js';

const ORDER: readonly Finding['level'][] = ['error', 'failure', 'warning', 'note'];

/**
 * Keeps at most MAX_FINDINGS findings, the most severe first, in memory bounded by the cap
 * whatever the report's size (each level keeps its own first MAX_FINDINGS).
 */
export class FindingCollector {
  private readonly byLevel = new Map<Finding['level'], Finding[]>();

  add(finding: Finding): void {
    let kept = this.byLevel.get(finding.level);
    if (kept === undefined) {
      kept = [];
      this.byLevel.set(finding.level, kept);
    }
    if (kept.length < MAX_FINDINGS) kept.push(clip(finding));
  }

  list(): Finding[] {
    return ORDER.flatMap((level) => this.byLevel.get(level) ?? []).slice(0, MAX_FINDINGS);
  }
}

function clip(finding: Finding): Finding {
  const out: Finding = { level: finding.level, message: shorten(finding.message.trim() || '(no message)') };
  if (finding.file !== undefined && finding.file !== '') out.file = shorten(finding.file);
  if (finding.line !== undefined && Number.isInteger(finding.line) && finding.line > 0) out.line = finding.line;
  if (finding.name !== undefined && finding.name !== '') out.name = shorten(finding.name);
  return out;
}

function shorten(text: string): string {
  return text.length <= MAX_FINDING_MESSAGE ? text : `${text.slice(0, MAX_FINDING_MESSAGE - 1)}…`;
}

/** A positive integer from an attribute or JSON value, else undefined. */
export function lineNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
