import * as core from '@actions/core';
import { makeFact } from '../../core/model/fact-id.js';
import type { AttestationFact, Fact } from '../../core/model/fact.js';
import { checkCommit } from '../../core/model/names.js';
import { assertValidFact } from '../../core/schema/index.js';
import { assertTypeAcceptsAttestations } from '../../core/types/accepts-attestations.js';
import { assertKnownType } from '../../core/types/known-type.js';
import { fetchOidcClaims } from '../env/fetch-oidc-claims.js';
import { runContext } from '../env/run-context.js';
import { changeAuthor } from '../env/change-author.js';
import { gitBranch } from '../env/runner-env.js';
import { planAnnotations } from '../evidence/annotate-findings.js';
import { gatherEvidence } from '../evidence/gather-evidence.js';
import { writeAnnotations } from '../evidence/write-annotations.js';
import { factsLocation, openStore } from '../github/open-store.js';
import { artifactDigest } from '../inputs/artifact-digest.js';
import { readAttestInputs } from '../inputs/attest-inputs.js';
import { checkSigningKey, keySecretMarkers, signerFrom } from '../inputs/signing-key.js';
import { stepKey } from '../record/idempotency-key.js';
import { startedTrail, trailFact } from '../record/start-trail.js';
import { setOutputs } from '../record/step-outputs.js';
import { dryRunSummary, recordedLine } from '../report/attest-summary.js';
import { writeJobSummary } from '../report/job-summary.js';
import { factsLinks, overrideText } from '../../core/report/breakdown/index.js';
import { trailSummary } from '../report/trail-summary.js';
import type { ActionSession } from '../session.js';

/**
 * The attest step: reads and judges the evidence as `factstore attest` does, then appends the
 * attestation (and the trail's start, when nobody began it) in one signed commit on the facts
 * branch through the API. A dry run stops before the first request.
 */
export async function attest(session: ActionSession): Promise<void> {
  const { env } = session;
  const inputs = readAttestInputs(env);
  // a malformed key fails before anything is read or sent; a dry run checks a key only if given
  const signer = inputs.dryRun && inputs.signingKey === undefined ? undefined : signerFrom(inputs.signingKey);
  // evidence that holds the key is refused; a dry run without a key has none to look for
  const secretMarkers = signer === undefined ? [] : keySecretMarkers(inputs.signingKey);
  const config = await session.config(inputs, inputs.dryRun);
  // a dry run given a key refuses it as the real run would
  if (signer !== undefined) checkSigningKey(signer, config.trust.signers, inputs.configPath);
  const flow = session.flow(config, inputs.flow, inputs.configPath);
  const typeConfig = Object.hasOwn(config.types, inputs.type) ? config.types[inputs.type] : undefined;
  if (!inputs.newType) assertKnownType(inputs.type, config, '`new-type: true`');
  assertTypeAcceptsAttestations(inputs.type, typeConfig);
  const artifact = await artifactDigest(inputs.artifact, env.workspace);
  const evidence = await gatherEvidence({ ...inputs, patterns: inputs.evidence, workspace: env.workspace, typeConfig, config, jq: () => session.jq(), secretMarkers });
  writeAnnotations(planAnnotations(evidence.parsed, env.workspace));
  const required = flow.require.includes(inputs.type);
  if (!required) core.notice(`flow ${flow.name} does not require ${inputs.type}: it is recorded but does not count for compliance.`);

  const claims = inputs.dryRun ? undefined : await fetchOidcClaims(env);
  const context = runContext(env, claims);
  const idempotencyKey = stepKey(env, {
    flow: flow.name,
    trail: inputs.trail,
    what: inputs.type,
    content: { status: evidence.status, override: evidence.override, evidence: evidence.refs.map((r) => r.sha256).sort(), artifact, details: inputs.details },
  });
  const fact = makeFact({
    kind: 'attestation',
    flow: flow.name,
    trail: inputs.trail,
    type: inputs.type,
    status: evidence.status,
    evidence: evidence.refs,
    actor: env.actor ?? 'github-actions',
    ts: session.now().toISOString(),
    context,
    ...(artifact !== undefined ? { artifact } : {}),
    ...(evidence.override !== undefined ? { override: evidence.override } : {}),
    ...(inputs.details !== undefined ? { details: inputs.details } : {}),
    ...(inputs.evidenceUrl !== undefined ? { evidenceUrl: inputs.evidenceUrl } : {}),
    ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
  }) as AttestationFact;
  assertValidFact(fact, 'the attestation fact');

  if (inputs.dryRun || signer === undefined) {
    setOutputs({ 'attestation-id': fact.id, trail: fact.trail, status: fact.status, 'facts-commit': undefined });
    await writeJobSummary(dryRunSummary(fact, required));
    core.info(`factstore: dry run: ${fact.type} ${fact.status} on trail ${fact.trail} of flow ${fact.flow}; nothing was sent to GitHub.`);
    return;
  }

  const at = factsLocation(inputs, config);
  const store = openStore(session.github(inputs), at, env, signer);
  const before = await store.readTrail(flow.name, inputs.trail);
  const facts: Fact[] = [fact];
  if (startedTrail(before) === undefined) {
    const commit = env.sha === undefined ? undefined : checkCommit(env.sha);
    const author = changeAuthor(process.env.GITHUB_EVENT_PATH, env.actor);
    facts.unshift(trailFact({ flow: flow.name, trail: inputs.trail, commit, gitBranch: gitBranch(env), author, actor: fact.actor, ts: fact.ts, context }));
  }
  const result = await store.append({ facts, evidence: evidence.blobs, message: `attest ${fact.type} ${fact.status} on ${flow.name}/${fact.trail}` });
  const written = result.written.some((f) => f.id === fact.id);
  const factsCommit = result.commit ?? (await store.tip());
  const after = await store.readTrail(flow.name, inputs.trail, factsCommit === undefined ? undefined : { at: factsCommit });
  const stored = (after.find((f) => f.id === fact.id) as AttestationFact | undefined) ?? fact;

  setOutputs({ 'attestation-id': stored.id, trail: stored.trail, status: stored.status, 'facts-commit': factsCommit });
  const links = factsLinks(env.serverUrl, at, factsCommit);
  const { markdown } = trailSummary({ config, flow, trail: inputs.trail, facts: after, policyEvaluator: session.policyEvaluator(), links, now: session.now() });
  const commitLink = factsCommit === undefined ? undefined : links.factsCommit?.(factsCommit);
  await writeJobSummary(recordedLine(stored, factsCommit, written, commitLink) + markdown);
  // not an annotation: the evidence's own findings already use the step's annotation budget
  if (stored.override !== undefined) core.info(`factstore: ${stored.type} ${stored.status} ${overrideText(stored.override)}.`);
  core.info(
    written
      ? `factstore: recorded ${stored.type} ${stored.status} on trail ${stored.trail} of flow ${stored.flow} in ${at.owner}/${at.repo}@${at.branch} (${factsCommit ?? ''}).`
      : `factstore: ${stored.type} ${stored.status} on trail ${stored.trail} was already recorded by this step; nothing new was written.`,
  );
}
