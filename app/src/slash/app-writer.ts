import type { FactstoreConfig } from '../../../src/core/config/config.js';
import type { Fact } from '../../../src/core/model/fact.js';
import type { Signer } from '../../../src/core/signing/index.js';
import { writerAuthorityProblem } from '../../../src/core/trust/authority.js';
import type { AppDeps } from '../app-deps.js';
import { trustsKey } from '../facts-store.js';

/**
 * The App's key, when what it is about to record would count (DESIGN §2a): a fact signed by a key
 * the config does not trust, or whose entry lacks the authority for it (approvals, bypasses and
 * alarms need `app: true`), would never count, so nothing is written and the reply tells the admin
 * what to change.
 */
export function appWriter(deps: AppDeps, config: FactstoreConfig, fact: Fact): { signer: Signer } | { problem: string } {
  const { signer } = deps;
  if (signer === undefined) {
    return { problem: 'The Factstore App cannot record anything: it runs without a signing key. An admin must set `FACTSTORE_SIGNING_KEY` (made with `factstore keygen`) and list its public key under `trust.signers` of `.github/factstore.yml` with `app: true`. Nothing was recorded.' };
  }
  if (!trustsKey(config, signer.publicKey)) {
    return { problem: `The Factstore App cannot record anything: its key ${signer.fingerprint} is not under \`trust.signers\` of \`.github/factstore.yml\`, so its facts would never count. An admin must add \`{ principal: factstore-app, key: "${signer.publicKey}", app: true }\` through a reviewed pull request. Nothing was recorded.` };
  }
  const problem = writerAuthorityProblem(config.trust.signers, signer.publicKey, fact);
  if (problem !== undefined) {
    return {
      problem:
        `The Factstore App cannot record this ${fact.kind} fact: ${problem}, so it would never count. An admin must add \`app: true\` to the App's entry under \`trust.signers\` of ` +
        '`.github/factstore.yml` (the key it signs with: `' + signer.publicKey + '`) through a reviewed pull request. Nothing was recorded.',
    };
  }
  return { signer };
}
