import { evidencePath } from '../../store/layout.js';
import type { BreakdownLinks } from './breakdown-input.js';

export interface FactsRepository {
  owner: string;
  repo: string;
  branch: string;
}

/** Links into the facts repository on a GitHub server (e.g. https://github.com), pinned to `at` (a facts commit) when known. */
export function factsLinks(serverUrl: string, facts: FactsRepository, at: string | undefined): BreakdownLinks {
  const repo = `${serverUrl.replace(/\/+$/, '')}/${facts.owner}/${facts.repo}`;
  const ref = encodeURIComponent(at ?? facts.branch);
  return {
    evidence: (sha256) => `${repo}/blob/${ref}/${evidencePath(sha256)}`,
    factsCommit: (commit) => `${repo}/commit/${commit}`,
  };
}
