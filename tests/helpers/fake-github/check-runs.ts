/**
 * The check runs of each repository, kept beside it (the Repository holds git objects only):
 * what "Create a check run" made and "Update a check run" changed, and the App that made each.
 */
import type { AppIdentity } from './integrations.js';
import type { Repository } from './repository.js';

export interface CheckRunOutputRecord {
  title: string | null;
  summary: string | null;
  text: string | null;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  external_id: string;
  details_url: string | null;
  started_at: string;
  completed_at: string | null;
  output: CheckRunOutputRecord;
  /** the App whose token created it (GitHub Actions' for a plain token, as `GITHUB_TOKEN` is) */
  app: AppIdentity;
}

const runsByRepo = new WeakMap<Repository, CheckRunRecord[]>();
let nextId = 4_000_000_001;

export function checkRunsOf(repo: Repository): CheckRunRecord[] {
  let runs = runsByRepo.get(repo);
  if (runs === undefined) {
    runs = [];
    runsByRepo.set(repo, runs);
  }
  return runs;
}

export function newCheckRunId(): number {
  return nextId++;
}
