import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { FactstoreError } from '../../core/errors.js';
import { isDecisionCommitMessage } from '../../core/evaluate/decision-facts.js';
import { COMMIT_PATTERN } from '../../core/model/names.js';
import type { GitHubStore } from '../../core/store/github/github-store.js';
import type { GitHubRequest } from '../../core/store/github/github-request.js';
import { trailCommits, touchedTrails, type TrailCommit } from '../../core/store/touched-trails.js';
import type { FactsLocation } from '../github/open-store.js';

/** At most this many commits are re-gated by one push; the rest are named in the log. */
export const MAX_REGATED = 50;

interface PushEvent {
  before?: unknown;
  after?: unknown;
  forced?: unknown;
  deleted?: unknown;
  commits?: { message?: unknown }[];
}

interface ChangedFile {
  filename?: unknown;
}

const NO_COMMIT = /^0{40}$/;

/**
 * The git commits whose trails a push to the facts branch touched, read at the pushed tip. A push
 * made only of gate decisions touches no question (re-gating on it would loop when the decisions
 * are written with a token that triggers workflows). A force-push or a deletion is refused: facts
 * are only ever appended.
 */
export async function commitsTouchedByFactsPush(request: GitHubRequest, facts: FactsLocation, store: GitHubStore, eventPath: string | undefined): Promise<TrailCommit[]> {
  const event = readPushEvent(eventPath);
  const branch = facts.branch;
  if (event.deleted === true) {
    throw new FactstoreError('INTEGRITY', `the facts branch ${branch} was deleted: restore it from a trusted clone (git push origin <tip>:refs/heads/${branch}) and protect it against deletion.`);
  }
  if (event.forced === true) {
    throw new FactstoreError('INTEGRITY', `the facts branch ${branch} was force-pushed: facts are only ever appended, so run \`factstore verify\` on a clone, restore the branch from a trusted copy, and block force pushes to it.`);
  }
  const after = typeof event.after === 'string' && COMMIT_PATTERN.test(event.after) ? event.after : undefined;
  if (after === undefined) throw new FactstoreError('BAD_INPUT', 'the push event names no pushed commit (`after`): give the `commit` input to gate a commit.');
  const messages = (event.commits ?? []).map((c) => (typeof c.message === 'string' ? c.message : ''));
  if (messages.length > 0 && messages.every(isDecisionCommitMessage)) {
    core.info('factstore: this push holds only gate decisions: nothing to re-gate.');
    return [];
  }
  const before = typeof event.before === 'string' && COMMIT_PATTERN.test(event.before) && !NO_COMMIT.test(event.before) ? event.before : undefined;
  const paths = await changedPaths(request, facts, before, after);
  const targets = new Map<string, TrailCommit>();
  for (const { flow, trail } of touchedTrails(paths)) {
    for (const target of trailCommits(await store.readTrail(flow, trail, { at: after }))) targets.set(target.commit, target);
  }
  const all = [...targets.values()];
  if (all.length > MAX_REGATED) {
    core.warning(`factstore: the push touched trails of ${all.length} commits; ${MAX_REGATED} were re-gated. Gate the others with the \`commit\` input: ${all.slice(MAX_REGATED).map((t) => t.commit).join(', ')}`);
  }
  return all.slice(0, MAX_REGATED);
}

/** The files the push changed: the comparison of the old and new tips, or the one commit of a new branch. */
async function changedPaths(request: GitHubRequest, at: FactsLocation, before: string | undefined, after: string): Promise<string[]> {
  const r =
    before === undefined
      ? await request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: at.owner, repo: at.repo, ref: after })
      : await request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: at.owner, repo: at.repo, basehead: `${before}...${after}` });
  const files = (r.data as { files?: ChangedFile[] }).files ?? [];
  // GitHub lists at most 300 files of a comparison
  if (files.length >= 300) core.warning('factstore: the push changed 300 files or more (GitHub lists no more): some touched commits may not be re-gated; gate them with the `commit` input.');
  return files.flatMap((f) => (typeof f.filename === 'string' ? [f.filename] : []));
}

function readPushEvent(eventPath: string | undefined): PushEvent {
  if (eventPath === undefined || eventPath === '') throw new FactstoreError('BAD_INPUT', 'a push event without GITHUB_EVENT_PATH: give the `commit` input.');
  try {
    const parsed = JSON.parse(readFileSync(eventPath, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch (e) {
    throw new FactstoreError('BAD_INPUT', `cannot read the push event ${eventPath} (${e instanceof Error ? e.message : String(e)}): give the \`commit\` input.`, { cause: e });
  }
}
