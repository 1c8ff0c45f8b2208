import type { TrustReport } from '../../core/trust/trust-report.js';
import type { DecidingConfig } from '../session.js';

/** The trust root a step decided with, as the trust report names it: the default branch's config at its tip. */
export function trustRoot(deciding: DecidingConfig): NonNullable<TrustReport['config']> {
  return { source: 'github', path: deciding.path, commit: deciding.commit, repository: `${deciding.repository.owner}/${deciding.repository.repo}` };
}
