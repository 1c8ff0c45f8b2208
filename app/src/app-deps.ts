import type { PolicyEvaluator } from '../../src/core/evaluate/policies.js';
import type { OtlpTarget } from '../../src/core/export/otlp/otlp-target.js';
import type { Signer } from '../../src/core/signing/index.js';
import type { ListedCommitsCache } from '../../src/core/store/github/listed-commits-cache.js';
import type { AppIdentity } from './app-identity.js';

/** What every handler shares: the engine's pieces, the App's signing key and where GitHub is. */
export interface AppDeps {
  policyEvaluator: PolicyEvaluator;
  clock: () => Date;
  /** the App's own key (FACTSTORE_SIGNING_KEY): decisions and slash-command facts are signed with it */
  signer?: Signer;
  /** the host's OTLP destination: each decision taken is exported there (with every fact since the last export) */
  otlp?: OtlpTarget;
  /** the name the App records its facts under */
  actor: string;
  /** GitHub's web address, for links (https://github.com, or the GHE host) */
  serverUrl: string;
  /** which App this is (its id and slug), to know its own comments from comments that only look like them */
  identity: () => Promise<AppIdentity>;
  /** first commits of the facts branches seen, where the App keeps their high-water marks */
  roots?: Map<string, string>;
  /** the commits that changed each facts file, as last listed: a trail judged again lists one page, not its whole history */
  listedCommits?: ListedCommitsCache;
}
