import * as core from '@actions/core';
import type { FactstoreConfig } from '../../core/config/config.js';
import { FactstoreError } from '../../core/errors.js';
import { decisionCommitSubject, decisionFacts } from '../../core/evaluate/decision-facts.js';
import { trustedGate } from '../../core/trust/trusted-gate.js';
import type { TrustReport } from '../../core/trust/trust-report.js';
import { workflowGateState } from '../github/high-water.js';
import { trustRoot } from '../github/trust-root.js';
import type { GateResult } from '../../core/evaluate/types.js';
import { breakdownFromGate, breakdownTrust, factsLinks, renderBreakdownMarkdown, type BreakdownOptions } from '../../core/report/breakdown/index.js';
import { gateCheckRuns, publishCheckRun } from '../../core/report/check-run/index.js';
import { renderErrors, validate } from '../../core/schema/index.js';
import type { GitHubStore } from '../../core/store/github/github-store.js';
import type { GitHubRequest } from '../../core/store/github/github-request.js';
import { runUrl } from '../env/runner-env.js';
import { factsLocation, openStore, type FactsLocation } from '../github/open-store.js';
import { sameRepo } from '../github/repo-name.js';
import { readGateInputs, type GateInputs } from '../inputs/gate-inputs.js';
import { checkSigningKey, signerFrom } from '../inputs/signing-key.js';
import { setOutputs } from '../record/step-outputs.js';
import { writeJobSummary } from '../report/job-summary.js';
import { reportDecidingConfig } from '../report/deciding-config.js';
import type { ActionSession, DecidingConfig } from '../session.js';
import { commitsTouchedByFactsPush } from './gate-facts-push.js';

interface GateRun {
  session: ActionSession;
  inputs: GateInputs;
  config: FactstoreConfig;
  /** the default branch's tip the config was read at: every recorded decision names it */
  configCommit: string;
  facts: FactsLocation;
  request: GitHubRequest;
  store: GitHubStore;
  root: NonNullable<TrustReport['config']>;
}

/**
 * The gate step: the App's gate without hosting the App. Evaluates the commit with the same
 * engine, records a signed decision fact per flow, and creates a new check run per
 * flow in the workflow's repository. The check run carries the verdict; the step fails only on
 * errors. On a push to the facts branch it re-gates the commits whose trails the push touched.
 * The config (flows, trusted signers, facts location) is the default branch's, at its tip: the
 * decisions name that commit.
 */
export async function gate(session: ActionSession): Promise<void> {
  const { env } = session;
  const inputs = readGateInputs(env, process.env.GITHUB_EVENT_PATH);
  const signer = inputs.record ? signerFrom(inputs.signingKey) : undefined;
  const deciding = await session.decidingConfig(inputs);
  const { config } = deciding;
  if (signer !== undefined) checkSigningKey(signer, config.trust.signers, configName(deciding));
  if (inputs.flow !== undefined) session.flow(config, inputs.flow, inputs.configPath);
  const facts = factsLocation(inputs, config);
  const request = session.github(inputs);
  const run: GateRun = { session, inputs, config, configCommit: deciding.commit, facts, request, store: openStore(request, facts, env, signer), root: trustRoot(deciding) };
  const configLine = reportDecidingConfig(deciding, env.serverUrl);

  if (isFactsPush(inputs, facts, env.event, env.ref)) {
    const touched = await commitsTouchedByFactsPush(run.request, facts, run.store, process.env.GITHUB_EVENT_PATH, config.trust.signers);
    const results: GateResult[] = [];
    // the commits are judged with their branches unknown: every flow applies (no fact says where a commit is)
    for (const target of touched) results.push(await gateOne(run, target.commit, undefined));
    const blocked = results.some((r) => r.decision === 'GATE_BLOCKED');
    setOutputs({ decision: blocked ? 'GATE_BLOCKED' : 'GATE_ALLOWED', result: JSON.stringify(results.map(checkedDocument)) });
    await writeJobSummary(configLine);
    core.info(`factstore: the push re-gated ${results.length} commit(s).`);
    return;
  }
  const result = await gateOne(run, inputs.commit, inputs.branches);
  setOutputs({ decision: result.decision, result: JSON.stringify(checkedDocument(result)) });
  await writeJobSummary(configLine);
}

function configName(c: DecidingConfig): string {
  return `${c.repository.owner}/${c.repository.repo}@${c.commit.slice(0, 12)}:${c.path}`;
}

/** One commit: evaluate, record the decisions, publish the check runs, add the breakdown to the job summary. */
async function gateOne({ session, inputs, config, configCommit, facts, request, store, root }: GateRun, commit: string, branches: string[] | undefined): Promise<GateResult> {
  const { env } = session;
  const now = session.now();
  // the high-water mark is a check run on the facts repository: written with the checks token when
  // that is this repository (a classic PAT as `token` cannot use the Checks API), else with `token`
  const state = workflowGateState(sameRepo(facts, inputs.checksRepo) ? session.githubForChecks(inputs) : request, facts, inputs.highWaterAppId);
  const gated = await trustedGate({
    store,
    highWater: state.highWaterMark(),
    config,
    commit,
    now,
    policyEvaluator: session.policyEvaluator(),
    ...(inputs.flow !== undefined ? { flow: inputs.flow } : {}),
    ...(branches !== undefined ? { branches } : {}),
  });
  const result: GateResult = { ...gated.result, ...(gated.result.trust !== undefined ? { trust: { ...gated.result.trust, config: root } } : {}) };
  if (gated.integrity !== undefined) core.error(`factstore: ${commit.slice(0, 7)} is blocked: ${gated.integrity.message}`);

  // nothing is appended to a facts branch that cannot be trusted
  const decisions = inputs.record && gated.integrity === undefined
    ? decisionFacts(result, {
        actor: env.actor ?? 'github-actions',
        ts: now.toISOString(),
        configCommit,
        noFactsBranch: 'the facts branch does not exist yet, so there is no decision to record: start a trail first, or set `record: false`.',
      })
    : [];
  const basedOn = result.factsCommit ?? undefined;
  const written = decisions.length > 0 ? await store.append({ facts: decisions, message: decisionCommitSubject(result), ...(basedOn !== undefined ? { basedOn } : {}) }) : undefined;
  if (inputs.record) await gated.facts?.decided(written?.commit ?? result.factsCommit ?? undefined);

  const trust = breakdownTrust(result.trust, `${root.path} of ${root.repository ?? ''} at ${(root.commit ?? '').slice(0, 7)}`);
  const options: BreakdownOptions = { audience: 'github', links: factsLinks(env.serverUrl, facts, result.factsCommit ?? undefined), types: config.types, now, ...(trust !== undefined ? { trust } : {}) };
  const detailsUrl = runUrl(env);
  const payloads = gateCheckRuns(result, config.flows, options, { decisionIds: decisions.map((d) => d.id), ...(detailsUrl !== undefined ? { detailsUrl } : {}) });
  for (const [i, payload] of payloads.entries()) {
    const flowGate = result.flows[i];
    await publishCheckRun(session.githubForChecks(inputs), inputs.checksRepo, payload, { forbidden: checksForbidden(inputs) });
    core.info(`factstore: ${result.commit.slice(0, 7)} ${payload.name}: ${flowGate?.decision ?? ''} (${flowGate?.details ?? ''})`);
  }
  await writeJobSummary(renderBreakdownMarkdown(breakdownFromGate(result, config.flows, options)));
  if (result.flows.length === 0) core.info(`factstore: no flow applies to ${result.commit}; no check run was created.`);
  return result;
}

function checkedDocument(result: GateResult): unknown {
  const document = JSON.parse(JSON.stringify(result)) as unknown;
  const checked = validate('cli/gate', document);
  if (!checked.ok) {
    throw new FactstoreError('INTERNAL', `the gate result does not match schemas/cli/gate.schema.json (a factstore bug; please report it):\n${renderErrors(checked.errors)}`);
  }
  return document;
}

/** What to do when GitHub refuses a check run: a missing permission, or a token the Checks API does not take. */
function checksForbidden(inputs: GateInputs): string {
  const which = inputs.checksTokenInput === 'checks-token' ? 'the `checks-token`' : 'the `token`';
  return (
    `${which} may not write check runs. With the workflow's github.token, give the job \`permissions: checks: write\`. ` +
    'A classic personal access token cannot use the Checks API at all (only GitHub Apps, and GitHub Actions for its own token, can): ' +
    'keep `checks-token` the workflow\'s github.token (or a GitHub App token) and use the PAT as `token` for the facts only'
  );
}

/**
 * A push to the facts branch of the workflow's own repository, with no commit given: GITHUB_SHA
 * is then a facts commit, and the commits to gate are those whose trails the push touched.
 */
function isFactsPush(inputs: GateInputs, facts: FactsLocation, event: string | undefined, ref: string | undefined): boolean {
  if (inputs.commitFrom !== 'GITHUB_SHA' || event !== 'push' || ref !== `refs/heads/${facts.branch}`) return false;
  return sameRepo(facts, inputs.checksRepo);
}
