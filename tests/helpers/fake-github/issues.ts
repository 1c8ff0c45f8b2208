/**
 * The issues, pull requests and issue comments of each repository, kept beside it (the
 * Repository holds git objects only). Issues and pull requests share one number sequence, as on
 * GitHub; a pull request is registered by the test (`gh.openPullRequest`), never merged.
 */
import type { Account } from './auth.js';
import type { Repository } from './repository.js';

export interface PullRecord {
  headSha: string;
  headRef: string;
  baseRef: string;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  user: Account;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** set on pull requests */
  pull?: PullRecord;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: Account;
  created_at: string;
  updated_at: string;
}

export interface IssueStore {
  issues: IssueRecord[];
  comments: CommentRecord[];
}

const byRepo = new WeakMap<Repository, IssueStore>();
let nextId = 2_000_000_001;

export function issuesOf(repo: Repository): IssueStore {
  let store = byRepo.get(repo);
  if (store === undefined) {
    store = { issues: [], comments: [] };
    byRepo.set(repo, store);
  }
  return store;
}

export const newId = (): number => nextId++;

export function nextNumber(store: IssueStore): number {
  return store.issues.reduce((max, i) => Math.max(max, i.number), 0) + 1;
}

/** GitHub's timestamps: seconds, `Z`. */
export const stamp = (d: Date): string => d.toISOString().replace(/\.\d+Z$/, 'Z');
