/**
 * Custom deployment protection rules of each repository, kept beside it (the Repository holds git
 * objects only): the requests a workflow run waits on, per environment, and the answers Apps gave.
 */
import type { Repository } from './repository.js';

export interface DeploymentReviewRecord {
  runId: number;
  environment: string;
  state: 'approved' | 'rejected';
  comment: string;
  /** the login of the App's bot that answered */
  login: string;
  created_at: string;
}

export interface ProtectionStore {
  /** run id → the environments whose custom rule still waits for an answer */
  pending: Map<number, Set<string>>;
  reviews: DeploymentReviewRecord[];
}

const byRepo = new WeakMap<Repository, ProtectionStore>();

export function protectionsOf(repo: Repository): ProtectionStore {
  let store = byRepo.get(repo);
  if (store === undefined) {
    store = { pending: new Map(), reviews: [] };
    byRepo.set(repo, store);
  }
  return store;
}
