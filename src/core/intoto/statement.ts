import { FactstoreError } from '../errors.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../export/intoto/envelopes.js';

/** Statement v1, and v0.1 which slsa-github-generator's SLSA v0.2 provenance still uses. */
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];

export interface StatementSubject {
  name: string;
  /** `sha256:<64 lowercase hex>`; a subject without a sha256 digest is kept out */
  artifact: string;
}

/** The in-toto Statement a verified envelope carries: what it is about and what it says. */
export interface IngestedStatement {
  subjects: StatementSubject[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

const FIX = 'give the envelope or bundle exactly as the tool wrote it';

/** Parses a verified envelope's payload as an in-toto Statement; throws BAD_INPUT saying what is missing. */
export function parseStatement(payloadType: string, payload: Buffer): IngestedStatement {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw bad(`its payload type is ${JSON.stringify(payloadType.slice(0, 100))}, not ${IN_TOTO_PAYLOAD_TYPE}: only in-toto Statements are attestations`);
  }
  let value: unknown;
  try {
    value = JSON.parse(payload.toString('utf8'));
  } catch (e) {
    throw bad(`its payload is not JSON (${e instanceof Error ? e.message : String(e)}); ${FIX}`);
  }
  if (!isObject(value) || typeof value._type !== 'string' || !STATEMENT_TYPES.includes(value._type)) {
    throw bad(`its payload is not an in-toto Statement (_type ${STATEMENT_TYPES.join(' or ')})`);
  }
  if (typeof value.predicateType !== 'string' || value.predicateType === '') throw bad('its Statement has no predicateType');
  const predicate = value.predicate === undefined ? {} : value.predicate;
  if (!isObject(predicate)) throw bad('its Statement\'s predicate is not an object');
  if (!Array.isArray(value.subject) || value.subject.length === 0) throw bad('its Statement names no subject');
  const subjects: StatementSubject[] = [];
  for (const s of value.subject as unknown[]) {
    if (!isObject(s) || !isObject(s.digest)) throw bad('a subject of its Statement has no digest');
    const hex = s.digest.sha256;
    if (typeof hex !== 'string') continue;
    if (!/^[a-fA-F0-9]{64}$/.test(hex)) throw bad(`a subject's sha256 ${JSON.stringify(hex.slice(0, 80))} is not 64 hex characters`);
    subjects.push({ name: typeof s.name === 'string' ? s.name : '', artifact: `sha256:${hex.toLowerCase()}` });
  }
  if (subjects.length === 0) throw bad('no subject of its Statement has a sha256 digest, and artifacts are known by theirs');
  return { subjects, predicateType: value.predicateType, predicate };
}

function bad(why: string): FactstoreError {
  return new FactstoreError('BAD_INPUT', `the attestation cannot be recorded: ${why}.`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
