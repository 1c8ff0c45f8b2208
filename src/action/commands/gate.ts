import * as core from '@actions/core';
import { FactstoreError } from '../../core/errors.js';
import { gateCommit } from '../../core/evaluate/index.js';
import { decisionCommitSubject, decisionFacts } from '../../core/evaluate/decision-facts.js';
import { breakdownFromGate, factsLinks, renderBreakdownMarkdown, type BreakdownOptions } from '../../core/report/breakdown/index.js';
import { gateCheckRuns, publishCheckRun } from '../../core/report/check-run/index.js';
import { renderErrors, validate } from '../../core/schema/index.js';
import { runUrl } from '../env/runner-env.js';
import { factsLocation, openStore, type FactsLocation } from '../github/open-store.js';
import { repoText } from '../github/repo-name.js';
import { readGateInputs, type GateInputs } from '../inputs/gate-inputs.js';
import { signerFrom } from '../inputs/signing-key.js';
import { setOutputs } from '../record/step-outputs.js';
import { writeJobSummary } from '../report/job-summary.js';
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

  const decisions = inputs.record
    ? decisionFacts(result, {
        actor: env.actor ?? 'github-actions',
        ts: now.toISOString(),
        ...(env.sha !== undefined ? { configCommit: env.sha } : {}),
        noFactsBranch: 'the facts branch does not exist yet, so there is no decision to record: start a trail first, or set `record: false`.',
      })
    : [];
  if (decisions.length > 0) await store.append({ facts: decisions, message: decisionCommitSubject(result) });

  const options: BreakdownOptions = { audience: 'github', links: factsLinks(env.serverUrl, facts, result.factsCommit ?? undefined), types: config.types, now };
  const detailsUrl = runUrl(env);
  const payloads = gateCheckRuns(result, config.flows, options, { decisionIds: decisions.map((d) => d.id), ...(detailsUrl !== undefined ? { detailsUrl } : {}) });
  for (const [i, payload] of payloads.entries()) {
    const flowGate = result.flows[i];
    await publishCheckRun(request, inputs.checksRepo, payload, { forbidden: CHECKS_FORBIDDEN });
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

const CHECKS_FORBIDDEN = 'the token may not write check runs: give the job `permissions: checks: write` (and `contents: write` to record decisions)';

/** GITHUB_SHA of a push to the facts branch is a facts commit, not a commit to gate. */
function refuseFactsPush(inputs: GateInputs, facts: FactsLocation, event: string | undefined, ref: string | undefined): void {
  if (inputs.commitFrom !== 'GITHUB_SHA' || event !== 'push' || ref !== `refs/heads/${facts.branch}`) return;
  if (repoText(facts).toLowerCase() !== repoText(inputs.checksRepo).toLowerCase()) return;
  throw new FactstoreError(
    'BAD_INPUT',
    `this push is to the facts branch ${facts.branch}, so GITHUB_SHA is a facts commit, not a commit to gate: run the gate on \`workflow_run\` of the build workflow, or give the \`commit\` input.`,
  );
}
