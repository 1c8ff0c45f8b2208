import type { BreakdownLinks } from '../../core/report/breakdown/index.js';
import { evidencePath } from '../../core/store/layout.js';
import type { FactsLocation } from '../github/open-store.js';

/** Links into the facts repository on GITHUB_SERVER_URL, pinned to `at` (a facts commit) when known. */
export function factsLinks(serverUrl: string, facts: FactsLocation, at: string | undefined): BreakdownLinks {
  const repo = `${serverUrl}/${facts.owner}/${facts.repo}`;
  const ref = encodeURIComponent(at ?? facts.branch);
  return {
    evidence: (sha256) => `${repo}/blob/${ref}/${evidencePath(sha256)}`,
    factsCommit: (commit) => `${repo}/commit/${commit}`,
  };
}
