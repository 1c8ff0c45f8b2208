import type { AttestationStatus } from '../../core/model/fact.js';
import { checkName } from '../../core/model/names.js';
import { badInput } from '../../core/errors.js';
import { parseOverrideReason, parseStatus } from '../../core/types/decide-status.js';
import { runUrl, type RunnerEnv } from '../env/runner-env.js';
import { ACTION_INPUT_NAMES } from './action-input-names.js';
import { booleanInput, listInput, optionalInput, requiredInput } from './input-reader.js';
import { readSigningKey } from './signing-key.js';
import { readStoreInputs, type StoreInputs } from './store-inputs.js';
import { checkTrail, readArtifactInput, type ArtifactInput } from './shared-inputs.js';

/** Everything the attest step was given, checked once at the edge. */
export interface AttestInputs extends StoreInputs {
  flow: string;
  type: string;
  status: AttestationStatus | undefined;
  /** why `status` stands against the evidence it contradicts */
  overrideReason: string | undefined;
  /** paths and glob patterns, relative to the workspace */
  evidence: string[];
  format: string | undefined;
  artifact: ArtifactInput | undefined;
  trail: string;
  details: string | undefined;
  evidenceUrl: string | undefined;
  signingKey: string | undefined;
  dryRun: boolean;
  /** record a type the config does not know (otherwise refused as a likely typo) */
  newType: boolean;
}

export function readAttestInputs(env: RunnerEnv): AttestInputs {
  const store = readStoreInputs(env);
  const signingKey = readSigningKey(env);
  const flow = checkName('flow', requiredInput('flow', 'the flow of the config this attestation is for, e.g. `flow: payment-service`'));
  const type = checkName('attestation type', requiredInput('type', 'the attestation type, e.g. `type: unit-tests`'));
  const evidenceUrl = optionalInput('evidence-url') ?? runUrl(env);
  if (evidenceUrl !== undefined && !URL.canParse(evidenceUrl)) {
    throw badInput(`the \`evidence-url\` input ${JSON.stringify(evidenceUrl)} is not an absolute URL: give e.g. https://github.com/acme/app/actions/runs/1.`);
  }
  return {
    ...store,
    flow,
    type,
    status: parseStatus(optionalInput('status'), ACTION_INPUT_NAMES),
    overrideReason: parseOverrideReason(optionalInput('override-reason'), ACTION_INPUT_NAMES),
    evidence: listInput('evidence'),
    format: optionalInput('format'),
    artifact: readArtifactInput(),
    trail: checkTrail(optionalInput('trail') ?? env.sha),
    details: optionalInput('details'),
    evidenceUrl,
    signingKey,
    dryRun: booleanInput('dry-run'),
    newType: booleanInput('new-type'),
  };
}

