import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import type { TrustedSigner } from '../../core/config/config.js';
import { FactstoreError } from '../../core/errors.js';
import { isDecisionCommitMessage } from '../../core/evaluate/decision-facts.js';
import { COMMIT_PATTERN } from '../../core/model/names.js';
import type { GitHubStore } from '../../core/store/github/github-store.js';
import type { GitHubRequest } from '../../core/store/github/github-request.js';
import { trailCommits, touchedTrails, type TrailCommit } from '../../core/store/touched-trails.js';
import type { FactsLocation } from '../github/open-store.js';
import { pushedFacts, untrustedPushedCommits } from './gate-facts-push-commits.js';

/** At most this many commits are re-gated by one push; the rest are named in the log. */
export const MAX_REGATED = 50;

interface PushEvent {
  before?: unknown;
  after?: unknown;
  forced?: unknown;
  deleted?: unknown;
}

const NO_COMMIT = /^0{40}$/;

/**
 * The git commits whose trails a push to the facts branch touched, read at the pushed tip. Every
 * commit the push brought is listed from GitHub, paged (all of the branch when the push created
 * it), and checked against `trust.signers`: one not signed by a trusted key fails the step. A
 * push made only of gate decisions touches no question (re-gating on it would loop when the
 * decisions are written with a token that triggers workflows). A force-push or a deletion is
 * refused: facts are only ever appended.
 */
export async function commitsTouchedByFactsPush(request: GitHubRequest, facts: FactsLocation, store: GitHubStore, eventPath: string | undefined, signers: TrustedSigner[]): Promise<TrailCommit[]> {
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
  const before = typeof event.before === 'string' && COMMIT_PATTERN.test(event.before) && !NO_COMMIT.test(event.before) ? event.before : undefined;
  const pushed = await pushedFacts(request, facts, before, after);
  const untrusted = untrustedPushedCommits(pushed.commits, signers);
  if (untrusted.length > 0) {
    const named = untrusted.map((u) => `${u.sha} (${u.trust.status}: ${u.trust.detail ?? 'its signature is not from a key under trust.signers'})`).join('; ');
    throw new FactstoreError('INTEGRITY', `the push to the facts branch ${branch} brought ${untrusted.length} commit(s) not signed by a key of trust.signers: ${named}. Their facts do not count: run \`factstore verify\` on a clone, and restore the branch from a trusted copy (or add the writer's key to trust.signers through a reviewed pull request).`);
  }
  if (pushed.commits.length === 0) {
    core.info('factstore: this push brought no new commit: nothing to re-gate.');
    return [];
  }
  if (pushed.commits.every((c) => isDecisionCommitMessage(c.commit.message ?? ''))) {
    core.info('factstore: this push holds only gate decisions: nothing to re-gate.');
    return [];
  }
  // GitHub lists at most 300 files of a comparison
  if (pushed.paths.length >= 300) core.warning('factstore: the push changed 300 files or more (GitHub lists no more): some touched commits may not be re-gated; gate them with the `commit` input.');
  const targets = new Map<string, TrailCommit>();
  for (const { flow, trail } of touchedTrails(pushed.paths)) {
    for (const target of trailCommits(await store.readTrail(flow, trail, { at: after }))) targets.set(target.commit, target);
  }
  const all = [...targets.values()];
  if (all.length > MAX_REGATED) {
    core.warning(`factstore: the push touched trails of ${all.length} commits; ${MAX_REGATED} were re-gated. Gate the others with the \`commit\` input: ${all.slice(MAX_REGATED).map((t) => t.commit).join(', ')}`);
  }
  return all.slice(0, MAX_REGATED);
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
