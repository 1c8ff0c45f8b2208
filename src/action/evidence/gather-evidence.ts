import type { FactstoreConfig, TypeConfig } from '../../core/config/config.js';
import { checkEvidenceFiles, readEvidenceFiles } from '../../core/evidence/files/evidence-files.js';
import { requestedFormat, type ParsedFile } from '../../core/evidence/files/parse-evidence-file.js';
import type { AttestationOverride, AttestationStatus, EvidenceRef } from '../../core/model/fact.js';
import type { EvidenceBlob } from '../../core/store/fact-store.js';
import { decideStatus } from '../../core/types/decide-status.js';
import type { JqEngine } from '../../core/jq/jq-engine.js';
import type { SecretMarker } from '../../core/signing/secret-markers.js';
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
  /** the signing key's markers: evidence holding one is refused (empty for a dry run without a key) */
  secretMarkers: readonly SecretMarker[];
}

/** The evidence files of the step, read, parsed and judged exactly as `factstore attest` does. */
export async function gatherEvidence(input: GatherInput): Promise<GatheredEvidence> {
  const { config, typeConfig } = input;
  const format = requestedFormat(input.format, typeConfig, ACTION_INPUT_NAMES);
  const files = input.patterns.length === 0 ? [] : await findEvidence(input.patterns, input.workspace);
  // every file is read from the workspace only, never through a link
  const place = { base: input.workspace, baseName: 'the workspace', confined: true };
  const options = { maxBytes: config.evidenceMaxBytes, place, names: ACTION_INPUT_NAMES };
  await checkEvidenceFiles(files, options);
  // a format that is the type's, not the step's `format` input, is named as the config's
  const formatOfType = input.format === undefined && format !== undefined ? input.type : undefined;
  const { refs, blobs, parsed } = await readEvidenceFiles(files, { ...options, format, secretMarkers: input.secretMarkers, ...(formatOfType !== undefined ? { formatOfType } : {}) });
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
