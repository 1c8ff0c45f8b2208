import type { TypeConfig } from '../config/config.js';
import { badInput } from '../errors.js';
import { CLI_INPUT_NAMES, type InputNames } from '../evidence/files/input-names.js';
import type { ParsedFile } from '../evidence/files/parse-evidence-file.js';
import { EVIDENCE_FORMATS } from '../evidence/types.js';
import type { JqEngine } from '../jq/jq-engine.js';
import type { AttestationStatus, EvidenceRef } from '../model/fact.js';
import { judgeEvidence, statusOfJudged } from './judge-evidence.js';

const STATUSES: readonly AttestationStatus[] = ['PASSED', 'FAILED', 'PENDING'];

export interface DecideStatusInput {
  /** the status given by hand, which wins over the evidence's verdict */
  given: AttestationStatus | undefined;
  type: string;
  typeConfig: TypeConfig | undefined;
  refs: readonly EvidenceRef[];
  parsed: readonly ParsedFile[];
  jq: () => JqEngine;
  names?: InputNames;
}

/**
 * The status the evidence proves: each parsed file checked against the type's schema, then judged by
 * the type's jq, else by its format's rule. A type with a schema or jq takes only files it can read.
 * A status given by hand wins over the verdict, but the schema is still enforced.
 * The CLI and the Action both decide through here, so they agree on the same evidence.
 */
export function decideStatus(input: DecideStatusInput): AttestationStatus {
  const { given, type, typeConfig, refs, parsed, jq } = input;
  const names = input.names ?? CLI_INPUT_NAMES;
  if (given !== undefined) {
    if (typeConfig?.schema !== undefined) judgeEvidence({ typeName: type, type: { schema: typeConfig.schema }, files: parsed });
    return given;
  }
  const judging = typeConfig?.jq !== undefined || typeConfig?.schema !== undefined;
  const raw = refs.find((r) => r.format === 'raw');
  if (judging && raw !== undefined) {
    throw badInput(
      `type ${type} judges its evidence with ${typeConfig?.jq !== undefined ? 'jq' : 'a JSON Schema'}, but ${raw.name} is in no format it can read: ` +
        `attach a ${typeConfig?.format ?? 'JSON or report'} file, or pass ${names.status} to record it by hand.`,
    );
  }
  const status = statusOfJudged(judgeEvidence({ typeName: type, type: typeConfig, files: parsed, jq }));
  if (status !== undefined) return status;
  throw badInput(
    `attest needs ${names.status} PASSED, FAILED or PENDING, or ${names.evidence} with a report in a known format (${EVIDENCE_FORMATS.join(', ')}) ` +
      `to compute it from. ${names.help}`,
  );
}

/** The status given by hand, any case; undefined when not given. */
export function parseStatus(value: string | undefined, names: InputNames = CLI_INPUT_NAMES): AttestationStatus | undefined {
  if (value === undefined) return undefined;
  const status = STATUSES.find((s) => s === value.toUpperCase());
  if (status === undefined) throw badInput(`${names.status} ${JSON.stringify(value)} is not a status: use PASSED, FAILED or PENDING.`);
  return status;
}
