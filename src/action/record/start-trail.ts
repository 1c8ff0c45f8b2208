import { badInput } from '../../core/errors.js';
import { makeFact } from '../../core/model/fact-id.js';
import type { Fact, FactContext, TrailFact } from '../../core/model/fact.js';
import { trailKey } from './idempotency-key.js';

export interface TrailStart {
  flow: string;
  trail: string;
  commit: string | undefined;
  gitBranch: string | undefined;
  /** the change's author (the pull request's, else the pusher): their own approval never counts */
  author?: string | undefined;
  actor: string;
  ts: string;
  context: FactContext;
}

/** The trail fact among the trail's facts, if the trail was started. */
export function startedTrail(facts: readonly Fact[]): TrailFact | undefined {
  return facts.find((f): f is TrailFact => f.kind === 'trail');
}

/**
 * The fact that starts a trail. Its id comes from the flow and trail alone, so jobs that start the
 * same trail at once (an attest step on a trail nobody began) land one trail fact between them.
 */
export function trailFact(start: TrailStart): TrailFact {
  return makeFact({
    kind: 'trail',
    flow: start.flow,
    trail: start.trail,
    actor: start.actor,
    ts: start.ts,
    idempotencyKey: trailKey(start.flow, start.trail),
    context: start.context,
    ...(start.commit !== undefined ? { commit: start.commit } : {}),
    ...(start.gitBranch !== undefined ? { gitBranch: start.gitBranch } : {}),
    ...(start.author !== undefined ? { author: start.author } : {}),
  }) as TrailFact;
}

/** A trail already started for another commit cannot be started again for this one. */
export function checkSameCommit(existing: TrailFact, commit: string | undefined): void {
  if (commit === undefined || existing.commit === undefined || existing.commit === commit) return;
  throw badInput(
    `trail ${existing.trail} of flow ${existing.flow} was already started for commit ${existing.commit}: give another \`trail\` for commit ${commit}.`,
  );
}
