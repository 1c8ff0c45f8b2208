import type { TypeConfig } from '../config/config.js';
import type { ParsedFile } from '../evidence/files/parse-evidence-file.js';
import type { JqEngine } from '../jq/jq-engine.js';
import type { EvidenceVerdict } from '../model/fact.js';
import { judgeEvidence, statusOfJudged, type JudgedEvidence } from './judge-evidence.js';

/** What the parsed evidence says by itself, and how each file was judged. */
export interface Verdict {
  status: EvidenceVerdict;
  judged: JudgedEvidence[];
}

export interface VerdictInput {
  type: string;
  typeConfig: TypeConfig | undefined;
  parsed: readonly ParsedFile[];
  jq: () => JqEngine;
}

/**
 * The evidence's own verdict: each parsed file checked against the type's schema, then judged by
 * the type's jq, else its format's rule; FAILED if any file fails. Undefined when no file was
 * parsed (no evidence, or only files stored raw): there is then nothing a given status contradicts.
 */
export function evidenceVerdict(input: VerdictInput): Verdict | undefined {
  const judged = judgeEvidence({ typeName: input.type, type: input.typeConfig, files: input.parsed, jq: input.jq });
  const status = statusOfJudged(judged);
  return status === undefined ? undefined : { status, judged };
}

/** "FAILED (by the format's rule: junit.xml fails)", naming at most three of the files that decided. */
export function describeVerdict(verdict: Verdict): string {
  const rules = new Set(verdict.judged.map((j) => j.rule));
  const rule = rules.size > 1 ? "the type's jq and the formats' rules" : rules.has('jq') ? "the type's jq" : "the format's rule";
  const deciding = verdict.judged.filter((j) => j.status === verdict.status).map((j) => j.name);
  const shown = deciding.slice(0, 3).join(', ') + (deciding.length > 3 ? ` and ${deciding.length - 3} more` : '');
  const verb = verdict.status === 'FAILED' ? (deciding.length === 1 ? 'fails' : 'fail') : deciding.length === 1 ? 'passes' : 'pass';
  return `${verdict.status} (by ${rule}: ${shown} ${verb})`;
}
