import * as core from '@actions/core';
import { FactstoreError } from '../../core/errors.js';
import { decodeClaims, OIDC_AUDIENCE, type OidcClaims } from './oidc-claims.js';
import type { RunnerEnv } from './runner-env.js';

/**
 * The run's OIDC claims when the job has `id-token: write`, else undefined. The token is masked
 * (getIDToken registers it) and dropped here: only its claims leave this function.
 */
export async function fetchOidcClaims(env: RunnerEnv): Promise<OidcClaims | undefined> {
  if (!env.oidcAvailable) return undefined;
  let token: string;
  try {
    token = await core.getIDToken(OIDC_AUDIENCE);
  } catch (e) {
    throw new FactstoreError(
      'CONFIG',
      `factstore: the job may mint an OIDC token (id-token: write) but the token service refused it (${e instanceof Error ? e.message.replace(/\s+/g, ' ') : String(e)}): re-run the job, or remove \`id-token: write\` to record facts without provenance claims.`,
      { cause: e },
    );
  }
  core.setSecret(token);
  return decodeClaims(token);
}
