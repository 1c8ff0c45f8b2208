import type { TypeConfig } from '../config/config.js';
import { badInput } from '../errors.js';
import { CLI_INPUT_NAMES, type InputNames } from '../evidence/files/input-names.js';
import type { ParsedFile } from '../evidence/files/parse-evidence-file.js';
import { EVIDENCE_FORMATS } from '../evidence/types.js';
import type { JqEngine } from '../jq/jq-engine.js';
import type { AttestationOverride, AttestationStatus, EvidenceRef } from '../model/fact.js';
import { describeVerdict, evidenceVerdict } from './evidence-verdict.js';

const STATUSES: readonly AttestationStatus[] = ['PASSED', 'FAILED', 'PENDING'];
/** the fact schema's limit on the reason (its `shortText`) */
const MAX_REASON = 1024;

export interface DecideStatusInput {
  /** the status given by hand */
  given: AttestationStatus | undefined;
  /** why the given status stands against the evidence's verdict, when it contradicts it */
  overrideReason: string | undefined;
  type: string;
  typeConfig: TypeConfig | undefined;
  refs: readonly EvidenceRef[];
  parsed: readonly ParsedFile[];
  jq: () => JqEngine;
  names?: InputNames;
}

/** The attestation's status, and the override to record when a given status contradicts the evidence. */
export interface StatusDecision {
  status: AttestationStatus;
  override?: AttestationOverride;
}

/**
 * The status the evidence proves: each parsed file checked against the type's schema, then judged by
 * the type's jq, else by its format's rule. A type with a schema or jq takes only files it can read.
 * DESIGN §4: a status given by hand that differs in any way from the evidence's verdict (PASSED against
 * FAILED, or PENDING against either) is refused unless a reason is given, and the reason is recorded
 * with the verdict it overrode. A reason where nothing is contradicted is refused too, so no fact
 * claims an override that was not one. With no parsed evidence there is no verdict to contradict.
 * The CLI and the Action both decide through here, so they agree on the same evidence.
 */
export function decideStatus(input: DecideStatusInput): StatusDecision {
  const { given, overrideReason, type, typeConfig, refs, parsed, jq } = input;
  const names = input.names ?? CLI_INPUT_NAMES;
  if (given !== undefined) return givenStatus(input, given, names);
  if (overrideReason !== undefined) {
    throw badInput(
      `${names.overrideReason} is only for a ${names.status} that contradicts the evidence, and no ${names.status} was given: ` +
        `drop ${names.overrideReason} to record the status the evidence proves.`,
    );
  }
  const judging = typeConfig?.jq !== undefined || typeConfig?.schema !== undefined;
  const raw = refs.find((r) => r.format === 'raw');
  if (judging && raw !== undefined) {
    throw badInput(
      `type ${type} judges its evidence with ${typeConfig?.jq !== undefined ? 'jq' : 'a JSON Schema'}, but ${raw.name} is in no format it can read: ` +
        `attach a ${typeConfig?.format ?? 'JSON or report'} file, or pass ${names.status} to record it by hand.`,
    );
  }
  const verdict = evidenceVerdict({ type, typeConfig, parsed, jq });
  if (verdict !== undefined) return { status: verdict.status };
  throw badInput(
    `attest needs ${names.status} PASSED, FAILED or PENDING, or ${names.evidence} with a report in a known format (${EVIDENCE_FORMATS.join(', ')}) ` +
      `to compute it from. ${names.help}`,
  );
}

/** A given status against the verdict of the files that parsed (files stored raw have none). */
function givenStatus(input: DecideStatusInput, given: AttestationStatus, names: InputNames): StatusDecision {
  const { overrideReason: reason, type } = input;
  const verdict = evidenceVerdict({ type, typeConfig: input.typeConfig, parsed: input.parsed, jq: input.jq });
  if (verdict === undefined || verdict.status === given) {
    if (reason === undefined) return { status: given };
    const why = verdict === undefined ? 'there is no parsed evidence to contradict (no evidence, or only files stored raw)' : `the evidence says ${describeVerdict(verdict)} too`;
    throw badInput(
      `${names.overrideReason} is only for a ${names.status} that contradicts the evidence, but ${why}: ` +
        `drop ${names.overrideReason}; nothing is overridden, so no override is recorded.`,
    );
  }
  if (reason === undefined) {
    throw badInput(
      `the evidence of ${type} says ${describeVerdict(verdict)}, but ${names.status} gives ${given}: a status that contradicts the evidence needs a recorded reason. ` +
        `Drop ${names.status} to record ${verdict.status}, or keep it and add ${names.overrideReason} "why ${given} stands" ` +
        '(the reason is recorded with the attestation and shown wherever it is). Nothing was written.',
    );
  }
  return { status: given, override: { reason, verdict: verdict.status } };
}

/** The status given by hand, any case; undefined when not given. */
export function parseStatus(value: string | undefined, names: InputNames = CLI_INPUT_NAMES): AttestationStatus | undefined {
  if (value === undefined) return undefined;
  const status = STATUSES.find((s) => s === value.toUpperCase());
  if (status === undefined) throw badInput(`${names.status} ${JSON.stringify(value)} is not a status: use PASSED, FAILED or PENDING.`);
  return status;
}

/** The override reason, surrounding blanks trimmed; undefined when not given; blank or too long is refused. */
export function parseOverrideReason(value: string | undefined, names: InputNames = CLI_INPUT_NAMES): string | undefined {
  if (value === undefined) return undefined;
  const reason = value.trim();
  if (reason === '') throw badInput(`${names.overrideReason} is blank: say why the given status stands against the evidence, e.g. ${names.overrideReason} "flaky test, tracked as PAY-1422".`);
  const length = Array.from(reason).length;
  if (length > MAX_REASON) throw badInput(`${names.overrideReason} is ${length} characters long: keep it to ${MAX_REASON} and link to the longer story (an issue or a document).`);
  return reason;
}
