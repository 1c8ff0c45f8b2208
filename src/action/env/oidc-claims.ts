import { FactstoreError } from '../../core/errors.js';

/** The OIDC token claims a fact records: who minted the token, and for which workflow run. */
export interface OidcClaims {
  issuer?: string;
  jobWorkflowRef?: string;
  repositoryId?: string;
  runId?: string;
}

/** The audience the token is requested for, so it is useless to any other service. */
export const OIDC_AUDIENCE = 'factstore';

/**
 * The claims of a JWT's payload (its middle part, base64url JSON). The signature is not checked:
 * the token comes straight from the runner's token service over its authenticated channel, and only
 * the claims are kept, never the token.
 */
export function decodeClaims(token: string): OidcClaims {
  const payload = token.split('.')[1];
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
  } catch (e) {
    throw new FactstoreError('INTERNAL', 'factstore: the OIDC token of the run has no readable claims: re-run the job; if it persists, remove `id-token: write` to record facts without them.', { cause: e });
  }
  if (typeof claims !== 'object' || claims === null) {
    throw new FactstoreError('INTERNAL', 'factstore: the OIDC token of the run has no claims object: re-run the job; if it persists, remove `id-token: write` to record facts without them.');
  }
  const text = (key: string): string | undefined => {
    const v = (claims as Record<string, unknown>)[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const out: OidcClaims = {};
  const issuer = text('iss');
  const jobWorkflowRef = text('job_workflow_ref');
  const repositoryId = text('repository_id');
  const runId = text('run_id');
  if (issuer !== undefined) out.issuer = issuer;
  if (jobWorkflowRef !== undefined) out.jobWorkflowRef = jobWorkflowRef;
  if (repositoryId !== undefined) out.repositoryId = repositoryId;
  if (runId !== undefined) out.runId = runId;
  return out;
}
