import * as core from '@actions/core';
import { FactstoreError } from '../../core/errors.js';
import { gateCommit } from '../../core/evaluate/index.js';
import type { FlowGate, GateResult } from '../../core/evaluate/types.js';
import { makeFact } from '../../core/model/fact-id.js';
import type { Fact } from '../../core/model/fact.js';
import { checkCommit } from '../../core/model/names.js';
import { breakdownFromGate, renderBreakdownMarkdown, type BreakdownOptions } from '../../core/report/breakdown/index.js';
import { gateCheckRuns, type CheckRunPayload } from '../../core/report/check-run/index.js';
import { renderErrors, validate } from '../../core/schema/index.js';
import { messageOf, statusOf, type GitHubRequest } from '../../core/store/github/github-request.js';
import { runUrl } from '../env/runner-env.js';
import { factsLocation, openStore, type FactsLocation } from '../github/open-store.js';
import { repoText, type RepoName } from '../github/repo-name.js';
import { readGateInputs, type GateInputs } from '../inputs/gate-inputs.js';
import { signerFrom } from '../inputs/signing-key.js';
import { setOutputs } from '../record/step-outputs.js';
import { writeJobSummary } from '../report/job-summary.js';
import { factsLinks } from '../report/links.js';
import type { ActionSession } from '../session.js';

/**
 * The gate step: the App's gate without hosting the App. Evaluates the commit with the same
 * engine, records a signed decision fact per flow, and creates (or updates) one check run per
 * flow in the workflow's repository. The check run carries the verdict; the step fails only on errors.
 */
export async function gate(session: ActionSession): Promise<void> {
  const { env } = session;
  const inputs = readGateInputs(env, process.env.GITHUB_EVENT_PATH);
  const signer = inputs.record ? signerFrom(inputs.signingKey) : undefined;
  const config = await session.config(inputs, false);
  if (inputs.flow !== undefined) session.flow(config, inputs.flow, inputs.configPath);
  const facts = factsLocation(inputs, config);
  refuseFactsPush(inputs, facts, env.event, env.ref);
  const request = session.github(inputs);
  const store = openStore(request, facts, env, signer);
  const now = session.now();
  const result = await gateCommit({
    store,
    config,
    commit: inputs.commit,
    now,
    policyEvaluator: session.policyEvaluator(),
    ...(inputs.flow !== undefined ? { flow: inputs.flow } : {}),
    ...(inputs.gitBranch !== undefined ? { gitBranch: inputs.gitBranch } : {}),
  });

  const decisions = inputs.record ? decisionFacts(result, env.actor ?? 'github-actions', now.toISOString(), env.sha) : [];
  if (decisions.length > 0) await store.append({ facts: decisions, message: `gate ${result.commit.slice(0, 7)}: ${result.decision}` });

  const options: BreakdownOptions = { audience: 'github', links: factsLinks(env.serverUrl, facts, result.factsCommit ?? undefined), types: config.types, now };
  const detailsUrl = runUrl(env);
  const payloads = gateCheckRuns(result, config.flows, options, { decisionIds: decisions.map((d) => d.id), ...(detailsUrl !== undefined ? { detailsUrl } : {}) });
  for (const [i, payload] of payloads.entries()) {
    const flowGate = result.flows[i];
    await publishCheckRun(request, inputs.checksRepo, payload);
    core.info(`factstore: ${payload.name}: ${flowGate?.decision ?? ''} (${flowGate?.details ?? ''})`);
  }

  const document = JSON.parse(JSON.stringify(result)) as unknown;
  const checked = validate('cli/gate', document);
  if (!checked.ok) {
    throw new FactstoreError('INTERNAL', `the gate result does not match schemas/cli/gate.schema.json (a factstore bug; please report it):\n${renderErrors(checked.errors)}`);
  }
  setOutputs({ decision: result.decision, result: JSON.stringify(document) });
  await writeJobSummary(renderBreakdownMarkdown(breakdownFromGate(result, config.flows, options)));
  if (result.flows.length === 0) core.info(`factstore: no flow applies to ${result.commit}; no check run was created.`);
}

/** GITHUB_SHA of a push to the facts branch is a facts commit, not a commit to gate. */
function refuseFactsPush(inputs: GateInputs, facts: FactsLocation, event: string | undefined, ref: string | undefined): void {
  if (inputs.commitFrom !== 'GITHUB_SHA' || event !== 'push' || ref !== `refs/heads/${facts.branch}`) return;
  if (repoText(facts).toLowerCase() !== repoText(inputs.checksRepo).toLowerCase()) return;
  throw new FactstoreError(
    'BAD_INPUT',
    `this push is to the facts branch ${facts.branch}, so GITHUB_SHA is a facts commit, not a commit to gate: run the gate on \`workflow_run\` of the build workflow, or give the \`commit\` input.`,
  );
}

/** One decision fact per gated flow, naming the facts commit and the config commit it was taken on. */
function decisionFacts(result: GateResult, actor: string, ts: string, configSha: string | undefined): Fact[] {
  if (result.flows.length === 0) return [];
  const factsCommit = result.factsCommit;
  if (factsCommit === null) {
    throw new FactstoreError('NOT_FOUND', 'the facts branch does not exist yet, so there is no decision to record: start a trail first, or set `record: false`.');
  }
  const configCommit = configSha === undefined ? undefined : checkCommit(configSha);
  return result.flows.map((g: FlowGate) =>
    makeFact({
      kind: 'decision',
      flow: g.flow,
      ...(g.trail !== null ? { trail: g.trail } : {}),
      commit: result.commit,
      event: g.decision,
      factsCommit,
      ...(configCommit !== undefined ? { configCommit } : {}),
      result: JSON.parse(JSON.stringify(g)) as Record<string, unknown>,
      ...(g.bypass !== undefined ? { bypass: g.bypass.id } : {}),
      actor,
      ts,
    }),
  );
}

/** Updates the check run of that name on the commit if there is one (a re-run), else creates it. */
async function publishCheckRun(request: GitHubRequest, repo: RepoName, payload: CheckRunPayload): Promise<void> {
  try {
    const listed = await request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: payload.head_sha, check_name: payload.name, filter: 'latest' });
    const existing = (listed.data as { check_runs?: { id?: unknown }[] }).check_runs?.[0]?.id;
    if (typeof existing === 'number') {
      // an update names no head_sha: the run stays on its commit
      const update: Partial<CheckRunPayload> = { ...payload };
      delete update.head_sha;
      await request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: existing, ...update });
    } else {
      await request('POST /repos/{owner}/{repo}/check-runs', { ...repo, ...payload });
    }
  } catch (e) {
    const status = statusOf(e);
    const why =
      status === 403
        ? 'the token may not write check runs: give the job `permissions: checks: write` (and `contents: write` to record decisions)'
        : status === 422
          ? `GitHub refused the check run: is ${payload.head_sha} a commit of ${repoText(repo)}?`
          : 'try again';
    throw new FactstoreError('INTERNAL', `GitHub answered ${status ?? 'with an error'} (${messageOf(e)}) to the check run ${payload.name} in ${repoText(repo)}: ${why}.`, { cause: e });
  }
}
