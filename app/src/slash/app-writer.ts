import type { FactstoreConfig } from '../../../src/core/config/config.js';
import type { Signer } from '../../../src/core/signing/index.js';
import type { AppDeps } from '../app-deps.js';
import { trustsKey } from '../facts-store.js';

/**
 * The App's key, when it may record: facts signed by a key the config does not trust would never
 * count, so nothing is written then and the reply tells the admin what to do.
 */
export function appWriter(deps: AppDeps, config: FactstoreConfig): { signer: Signer } | { problem: string } {
  const { signer } = deps;
  if (signer === undefined) {
    return { problem: 'The Factstore App cannot record anything: it runs without a signing key. An admin must set `FACTSTORE_SIGNING_KEY` (made with `factstore keygen`) and list its public key under `trust.signers` of `.github/factstore.yml`. Nothing was recorded.' };
  }
  if (!trustsKey(config, signer.publicKey)) {
    return { problem: `The Factstore App cannot record anything: its key ${signer.fingerprint} is not under \`trust.signers\` of \`.github/factstore.yml\`, so its facts would never count. An admin must add \`{ principal: factstore-app, key: "${signer.publicKey}" }\` through a reviewed pull request. Nothing was recorded.` };
  }
  return { signer };
}
