import type { FactstoreConfig, TypeConfig } from '../../core/config/config.js';
import { checkEvidenceFiles, readEvidenceFiles } from '../../core/evidence/files/evidence-files.js';
import { requestedFormat, type ParsedFile } from '../../core/evidence/files/parse-evidence-file.js';
import type { AttestationOverride, AttestationStatus, EvidenceRef } from '../../core/model/fact.js';
import type { EvidenceBlob } from '../../core/store/fact-store.js';
import { decideStatus } from '../../core/types/decide-status.js';
import type { JqEngine } from '../../core/jq/jq-engine.js';
import { ACTION_INPUT_NAMES } from '../inputs/action-input-names.js';
import { findEvidence } from './find-evidence.js';

export interface GatheredEvidence {
  refs: EvidenceRef[];
  blobs: EvidenceBlob[];
  parsed: ParsedFile[];
  status: AttestationStatus;
  /** the given status's override of the evidence's verdict, with its reason */
  override: AttestationOverride | undefined;
}

export interface GatherInput {
  patterns: readonly string[];
  workspace: string;
  format: string | undefined;
  status: AttestationStatus | undefined;
  overrideReason: string | undefined;
  type: string;
  typeConfig: TypeConfig | undefined;
  config: FactstoreConfig;
  jq: () => JqEngine;
}

/** The evidence files of the step, read, parsed and judged exactly as `factstore attest` does. */
export async function gatherEvidence(input: GatherInput): Promise<GatheredEvidence> {
  const { config, typeConfig } = input;
  const format = requestedFormat(input.format, typeConfig, ACTION_INPUT_NAMES);
  const files = input.patterns.length === 0 ? [] : await findEvidence(input.patterns, input.workspace);
  await checkEvidenceFiles(files, config.evidenceMaxBytes, ACTION_INPUT_NAMES);
  const { refs, blobs, parsed } = await readEvidenceFiles(files, format, config.evidenceMaxBytes);
  const { status, override } = decideStatus({
    given: input.status,
    overrideReason: input.overrideReason,
    type: input.type,
    typeConfig,
    refs,
    parsed,
    jq: input.jq,
    names: ACTION_INPUT_NAMES,
  });
  return { refs, blobs, parsed, status, override };
}
