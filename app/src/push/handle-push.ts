import { isDecisionCommitMessage } from '../../../src/core/evaluate/decision-facts.js';
import type { GitHubRepo } from '../../../src/core/store/github/github-request.js';
import { reportTamper } from '../alarm/raise-alarm.js';
import { tamperIncidents } from '../alarm/tamper-incident.js';
import type { AppContext } from '../app-context.js';
import type { AppDeps } from '../app-deps.js';
import { factsRepository, factsStore } from '../facts-store.js';
import { whatToDo } from '../what-to-do.js';
import { CONFIG_FILE, readConfig, type RepoConfig } from '../read-config.js';
import { gatedCommits } from './gated-commits.js';
import { pushedChanges } from './pushed-changes.js';
import { untrustedCommits } from './pushed-commit-trust.js';
import { pushedBranch, pusherOf, repoOfPush, ZERO_SHA, type PushPayload } from './push-payload.js';
import { reevaluate } from './reevaluate.js';
import { changedTrails } from './changed-trails.js';
import { keepDriftIssues } from './keep-drift-issues.js';

/**
 * A push to the facts branch: facts that arrived later re-open the question for the commits whose
 * trails they touched. A force-push or a deletion raises the tamper alarm (every gate blocked
 * until an admin clears it); commits not signed by a trusted key are reported, their facts
 * counting nowhere. Never throws.
 */
export async function handlePush(context: AppContext, push: PushPayload, deps: AppDeps): Promise<void> {
  const repo = repoOfPush(push);
  const branch = pushedBranch(push.ref);
  // the config lives on the default branch and facts never do: neither a tag nor it can be the facts branch
  if (branch === undefined || branch === repo.defaultBranch || repo.owner === '') return;
  try {
    const setup = await readConfig(context, repo);
    if (setup === undefined) {
      context.log.debug(`factstore: ${repo.owner}/${repo.repo} has no .github/${CONFIG_FILE}; the push to ${branch} is not watched.`);
      return;
    }
    const facts = factsRepository(setup.config, repo);
    if (facts.owner.toLowerCase() !== repo.owner.toLowerCase() || facts.repo.toLowerCase() !== repo.repo.toLowerCase() || facts.branch !== branch) return;
    await onFactsPush(context, push, deps, setup, { ...facts, owner: repo.owner, repo: repo.repo });
  } catch (e) {
    context.log.error(`factstore: the push to ${repo.owner}/${repo.repo}:${branch} could not be checked: ${whatToDo(e)}`);
  }
}

async function onFactsPush(context: AppContext, push: PushPayload, deps: AppDeps, setup: RepoConfig, facts: GitHubRepo): Promise<void> {
  const where = `${facts.owner}/${facts.repo}:${facts.branch}`;
  const changes = await pushedChanges(context, facts, push);
  const untrusted = untrustedCommits(changes.commits, setup.config.trust.signers);
  const incidents = tamperIncidents(push, untrusted);
  const raised = incidents.length > 0
    ? await reportTamper(context, deps, setup, facts, { owner: facts.owner, repo: facts.repo, branch: facts.branch, before: push.before, after: push.after, pusher: pusherOf(push), incidents })
    : undefined;
  // the App's and the workflow gate's own decisions land here too: re-evaluating on them would loop
  if (raised === undefined && changes.commits.every((c) => isDecisionCommitMessage(c.commit.message))) {
    context.log.debug(`factstore: the push to ${where} holds only gate decisions; nothing to re-evaluate.`);
    return;
  }
  if (changes.filesTruncated) {
    context.log.warn(`factstore: the push to ${where} changed more files than GitHub lists; some trails it touched are not re-evaluated: re-run their checks.`);
  }
  // snapshots recorded elsewhere: the environments' drift issues follow them (not under a tamper alarm, when nothing counts)
  if (raised === undefined && push.after !== ZERO_SHA) await keepDriftIssues(context, deps, setup, facts, changes.files);
  const trails = changedTrails(changes.files);
  const at = { ...(push.before !== ZERO_SHA ? { before: push.before } : {}), after: push.after };
  const commits = push.after === ZERO_SHA ? [] : await gatedCommits(factsStore(context.request, facts), trails, at);
  if (commits.length === 0) {
    context.log.debug(`factstore: the push to ${where} touched no trail of a commit; nothing to re-evaluate.`);
    return;
  }
  await reevaluate(context, deps, setup, repoOfPush(push), commits, raised);
}
