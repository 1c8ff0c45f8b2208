import type { TypeConfig } from '../config/config.js';
import { badInput, FactstoreError } from '../errors.js';
import type { ParsedEvidence } from '../evidence/types.js';
import type { JqEngine } from '../jq/jq-engine.js';
import { checkPayload } from './check-payload.js';
import { verdictOf } from './jq-verdict.js';
import { summaryFieldProblems } from './summary-fields.js';

export interface JudgedEvidence {
  name: string;
  /** what the type's rule (jq, else the format's default rule) says about this file */
  status: 'PASSED' | 'FAILED';
  /** `jq` when the type's expression decided, `format` for the format's default rule */
  rule: 'jq' | 'format';
}

export interface JudgeInput {
  typeName: string;
  type: TypeConfig | undefined;
  files: readonly (ParsedEvidence & { name: string })[];
  /** needed only when the type has a jq expression */
  jq?: () => JqEngine;
}

/**
 * DESIGN §3–§5: each parsed evidence file is checked against the type's JSON Schema (its summary,
 * or the document for `json`), then judged by the type's jq, else by its format's default rule.
 * Throws on the first file that does not conform; nothing is judged half-way.
 */
export function judgeEvidence(input: JudgeInput): JudgedEvidence[] {
  const { typeName, type } = input;
  if (type !== undefined) refuseUnreadable(typeName, type, input.files);
  return input.files.map((file) => {
    const payload = file.format === 'json' ? file.document : file.summary;
    if (type?.schema !== undefined) checkPayload(typeName, type.schema, payload, file.name);
    if (type?.jq === undefined) return { name: file.name, status: file.defaultStatus, rule: 'format' };
    if (input.jq === undefined) throw new FactstoreError('INTERNAL', `type ${typeName} has a jq expression but no jq engine was given.`);
    let outputs: unknown[];
    try {
      outputs = input.jq().run(type.jq, payload ?? null);
    } catch (e) {
      if (!(e instanceof FactstoreError)) throw e;
      throw new FactstoreError(e.code, `type ${typeName}, evidence ${file.name}: ${e.message}`, { cause: e });
    }
    return { name: file.name, status: verdictOf(typeName, outputs), rule: 'jq' };
  });
}

/** The attestation's status: FAILED if any file fails, PASSED otherwise; undefined with no parsed file. */
export function statusOfJudged(judged: readonly JudgedEvidence[]): 'PASSED' | 'FAILED' | undefined {
  if (judged.length === 0) return undefined;
  return judged.some((j) => j.status === 'FAILED') ? 'FAILED' : 'PASSED';
}

/**
 * A type whose jq or schema reads fields the evidence's summary never has would record a verdict no
 * report decided (a SARIF report judged by `.critical` is FAILED for good): refused before anything
 * is judged or written, naming what the summary does have.
 */
function refuseUnreadable(typeName: string, type: TypeConfig, files: JudgeInput['files']): void {
  for (const file of files) {
    const problems = summaryFieldProblems(type, file.format);
    if (problems.length === 0) continue;
    throw badInput(
      `type ${typeName} cannot judge ${file.name}, a ${file.format} report: ${problems.join('; ')}. ` +
        `A ${file.format} report is judged by the summary Factstore counts from it (schemas/evidence-summary.schema.json), not by the report's own fields: ` +
        `fix types.${typeName} in the config (\`factstore types get ${typeName}\` shows it), or attach the report the type was written for. Nothing was written.`,
    );
  }
}
