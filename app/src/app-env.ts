import { FactstoreError } from '../../src/core/errors.js';
import { targetFromHostEnv, type OtlpTarget } from '../../src/core/export/otlp/otlp-target.js';
import { sshSigner, type Signer } from '../../src/core/signing/index.js';

/** The App's own settings, beside Probot's (APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL). */
export interface AppEnv {
  signer?: Signer;
  /** where the host exports decisions to (FACTSTORE_OTLP_ENDPOINT…): never where a repository says */
  otlp?: OtlpTarget;
  actor: string;
  serverUrl: string;
}

export const DEFAULT_ACTOR = 'factstore[bot]';

/**
 * FACTSTORE_SIGNING_KEY (an OpenSSH Ed25519 key made by `factstore keygen`) signs what the App
 * records; FACTSTORE_ACTOR names it on facts; GHE_HOST / GHE_PROTOCOL locate GitHub Enterprise;
 * FACTSTORE_OTLP_ENDPOINT (with FACTSTORE_OTLP_AUTH and its secrets) is where decisions are exported.
 * A malformed key stops the start: a gate that cannot sign must not look healthy.
 */
export function appEnv(env: Record<string, string | undefined>): AppEnv {
  const key = env.FACTSTORE_SIGNING_KEY;
  let signer: Signer | undefined;
  if (key !== undefined && key.trim() !== '') {
    try {
      signer = sshSigner(key);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new FactstoreError('KEY', `FACTSTORE_SIGNING_KEY is not a usable key (${why}): set it to the private key text written by \`factstore keygen\`.`, { cause: e });
    }
  }
  const host = env.GHE_HOST?.trim();
  const protocol = env.GHE_PROTOCOL?.trim() || 'https';
  const actor = env.FACTSTORE_ACTOR?.trim() || DEFAULT_ACTOR;
  const otlp = targetFromHostEnv(env);
  return { ...(signer !== undefined ? { signer } : {}), ...(otlp !== undefined ? { otlp } : {}), actor, serverUrl: host !== undefined && host !== '' ? `${protocol}://${host}` : 'https://github.com' };
}
