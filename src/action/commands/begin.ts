import * as core from '@actions/core';
import { changeAuthor } from '../env/change-author.js';
import { makeFact } from '../../core/model/fact-id.js';
import type { Fact } from '../../core/model/fact.js';
import { fetchOidcClaims } from '../env/fetch-oidc-claims.js';
import { runContext } from '../env/run-context.js';
import { factsLocation, openStore } from '../github/open-store.js';
import { artifactDigest } from '../inputs/artifact-digest.js';
import { readBeginInputs } from '../inputs/begin-inputs.js';
import { checkSigningKey, signerFrom } from '../inputs/signing-key.js';
import { stepKey } from '../record/idempotency-key.js';
import { checkSameCommit, startedTrail, trailFact } from '../record/start-trail.js';
import { setOutputs } from '../record/step-outputs.js';
import { writeJobSummary } from '../report/job-summary.js';
import { factsLinks } from '../../core/report/breakdown/index.js';
import { trailSummary } from '../report/trail-summary.js';
import type { ActionSession } from '../session.js';

/**
 * The begin step: starts a trail for the commit (nothing new when it was started for the same
 * commit) and records the artifact it builds, both in one signed commit.
 */
export async function begin(session: ActionSession): Promise<void> {
  const { env } = session;
  const inputs = readBeginInputs(env);
  const signer = signerFrom(inputs.signingKey);
  const config = await session.config(inputs, false);
  checkSigningKey(signer, config.trust.signers, inputs.configPath);
  const flow = session.flow(config, inputs.flow, inputs.configPath);
  const digest = inputs.artifact === undefined ? undefined : await artifactDigest(inputs.artifact.artifact, env.workspace);
  const facts = factsLocation(inputs, config);
  const store = openStore(session.github(inputs), facts, env, signer);
  const existing = startedTrail(await store.readTrail(flow.name, inputs.trail));
  if (existing !== undefined) checkSameCommit(existing, inputs.commit);

  const context = runContext(env, await fetchOidcClaims(env));
  const actor = env.actor ?? 'github-actions';
  const ts = session.now().toISOString();
  const toWrite: Fact[] = [];
  if (existing === undefined) {
    const author = changeAuthor(process.env.GITHUB_EVENT_PATH, env.actor);
    toWrite.push(trailFact({ flow: flow.name, trail: inputs.trail, commit: inputs.commit, gitBranch: inputs.gitBranch, author, actor, ts, context }));
  }
  if (inputs.artifact !== undefined && digest !== undefined) {
    const { name, tag, registry } = inputs.artifact;
    const idempotencyKey = stepKey(env, { flow: flow.name, trail: inputs.trail, what: 'artifact', content: { digest, name, tag, registry } });
    toWrite.push(
      makeFact({
        kind: 'artifact',
        flow: flow.name,
        trail: inputs.trail,
        artifact: digest,
        name,
        actor,
        ts,
        context,
        ...(tag !== undefined ? { tag } : {}),
        ...(registry !== undefined ? { registry } : {}),
        ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      }),
    );
  }
  const result = toWrite.length === 0 ? undefined : await store.append({ facts: toWrite, message: `begin ${flow.name}/${inputs.trail}` });
  const factsCommit = result?.commit ?? (await store.tip());
  setOutputs({ trail: inputs.trail, 'facts-commit': factsCommit, artifact: digest });

  const after = await store.readTrail(flow.name, inputs.trail, factsCommit === undefined ? undefined : { at: factsCommit });
  const links = factsLinks(env.serverUrl, facts, factsCommit);
  const { markdown } = trailSummary({ config, flow, trail: inputs.trail, facts: after, policyEvaluator: session.policyEvaluator(), links, now: session.now() });
  await writeJobSummary(markdown);
  const wrote = result?.written.length ?? 0;
  core.info(
    wrote > 0
      ? `factstore: trail ${inputs.trail} of flow ${flow.name}: ${wrote} fact${wrote === 1 ? '' : 's'} recorded in ${facts.owner}/${facts.repo}@${facts.branch} (${factsCommit ?? ''}).`
      : `factstore: trail ${inputs.trail} of flow ${flow.name} was already started for this commit; nothing new was written.`,
  );
}
