import * as core from '@actions/core';
import { readSnapshotSource } from '../../core/environments/read-snapshot-source.js';
import { assertMayRecordSnapshot } from '../../core/environments/snapshot-authority.js';
import { snapshotEnvironment } from '../../core/environments/snapshot-environment.js';
import { takeSnapshot } from '../../core/environments/take-snapshot.js';
import type { DriftFact } from '../../core/model/fact.js';
import { factsLinks } from '../../core/report/breakdown/index.js';
import { TrustedFacts } from '../../core/trust/trusted-facts.js';
import { fetchOidcClaims } from '../env/fetch-oidc-claims.js';
import { runContext } from '../env/run-context.js';
import { keepDriftIssue } from '../github/drift-issue.js';
import { workflowGateState } from '../github/high-water.js';
import { factsLocation, openStore } from '../github/open-store.js';
import { checkSigningKey, signerFrom } from '../inputs/signing-key.js';
import { readSnapshotInputs, SNAPSHOT_INPUT_NAMES } from '../inputs/snapshot-inputs.js';
import { setOutputs } from '../record/step-outputs.js';
import { reportDecidingConfig } from '../report/deciding-config.js';
import { writeJobSummary } from '../report/job-summary.js';
import { snapshotSummary } from '../report/snapshot-summary.js';
import type { ActionSession } from '../session.js';

/**
 * The snapshot step: what an earlier step saved of an environment (kubectl, docker, aws, a list)
 * is read and judged as `factstore snapshot` does, the snapshot and drift facts are appended in one
 * signed commit, and the environment's drift issue is opened, updated or closed. The environment,
 * the flows, the trusted signers and the facts location come from the default branch's config, and
 * only facts trusted keys appended count, as for assert and gate.
 */
export async function snapshot(session: ActionSession): Promise<void> {
  const { env } = session;
  const inputs = readSnapshotInputs(env);
  // a dry run writes nothing, so it needs no key; one given is checked as the real run would
  const signer = inputs.dryRun && inputs.signingKey === undefined ? undefined : signerFrom(inputs.signingKey);
  const deciding = await session.decidingConfig(inputs);
  const { config } = deciding;
  if (signer !== undefined) checkSigningKey(signer, config.trust.signers, `${deciding.path} of the default branch ${deciding.branch}`);
  const environment = snapshotEnvironment(config, inputs.environment, inputs.type, SNAPSHOT_INPUT_NAMES);
  const reading = await readSnapshotSource(inputs.type, inputs.files, { cwd: env.workspace, names: SNAPSHOT_INPUT_NAMES });

  const facts = factsLocation(inputs, config);
  const request = session.github(inputs);
  const store = openStore(request, facts, env, signer);
  const trusted = await TrustedFacts.open({ store, signers: config.trust.signers, highWater: workflowGateState(request, facts, inputs.highWaterAppId).readOnlyHighWaterMark() });
  const context = runContext(env, inputs.dryRun ? undefined : await fetchOidcClaims(env));
  const outcome = await takeSnapshot({
    environment,
    artifacts: reading.artifacts,
    skipped: reading.skipped,
    store: trusted,
    flows: config.flows,
    policies: config.policies,
    policyEvaluator: session.policyEvaluator(),
    actor: env.actor ?? 'github-actions',
    now: session.now(),
    context,
  });
  if (signer !== undefined) assertMayRecordSnapshot(config.trust.signers, signer.publicKey, outcome.facts);

  const write = !inputs.dryRun && outcome.facts.length > 0;
  const basedOn = trusted.factsCommit;
  const result = write ? await store.append({ facts: outcome.facts, message: `snapshot ${environment.name}`, ...(basedOn !== undefined ? { basedOn } : {}) }) : undefined;
  const factsCommit = result?.commit;
  const issue = inputs.driftIssue && !inputs.dryRun && inputs.repository !== undefined ? await keepDriftIssue(request, inputs.repository, outcome) : undefined;

  const detected = outcome.facts.filter((f): f is DriftFact => f.kind === 'drift' && f.event === 'DRIFT_DETECTED');
  setOutputs({
    status: outcome.status.status,
    'snapshot-id': outcome.snapshot.id,
    drift: String(outcome.open.length),
    recorded: String(!inputs.dryRun && !outcome.unchanged),
    'facts-commit': factsCommit ?? (inputs.dryRun ? undefined : trusted.factsCommit),
    'drift-issue': issue?.url,
  });
  const commitLink = factsCommit === undefined ? undefined : factsLinks(env.serverUrl, facts, factsCommit).factsCommit?.(factsCommit);
  await writeJobSummary(
    snapshotSummary({ outcome, skipped: reading.skipped, factsCommit, commitLink, dryRun: inputs.dryRun, issue }) + reportDecidingConfig(deciding, env.serverUrl),
  );
  for (const d of detected) core.warning(`factstore: drift in ${environment.name}: ${d.name} ${d.artifact} is ${d.reason ?? 'NON_COMPLIANT'}${d.details !== undefined ? ` (${d.details})` : ''}.`);
  core.info(
    `factstore: ${environment.name} is ${outcome.status.status}: ${outcome.snapshot.artifacts.length} artifact(s) running, ${outcome.open.length} drifting; ` +
      (inputs.dryRun ? 'dry run, nothing was written.' : result === undefined ? 'nothing new was recorded.' : `${result.written.length} fact(s) recorded in ${facts.owner}/${facts.repo}@${facts.branch} (${factsCommit ?? ''}).`),
  );
}
