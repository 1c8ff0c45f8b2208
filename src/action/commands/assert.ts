import * as core from '@actions/core';
import { FactstoreError } from '../../core/errors.js';
import { assertArtifact } from '../../core/evaluate/index.js';
import { breakdownFromAssert, breakdownTrust, renderBreakdownMarkdown } from '../../core/report/breakdown/index.js';
import { TrustedFacts } from '../../core/trust/trusted-facts.js';
import { workflowGateState } from '../github/high-water.js';
import { trustRoot } from '../github/trust-root.js';
import { renderErrors, validate } from '../../core/schema/index.js';
import { factsLocation, openStore } from '../github/open-store.js';
import { artifactDigest } from '../inputs/artifact-digest.js';
import { readAssertInputs } from '../inputs/assert-inputs.js';
import { setOutputs } from '../record/step-outputs.js';
import { reportDecidingConfig } from '../report/deciding-config.js';
import { writeJobSummary } from '../report/job-summary.js';
import { factsLinks } from '../../core/report/breakdown/index.js';
import type { ActionSession } from '../session.js';

/**
 * The assert step: is the artifact compliant with the flow? The same engine and the same JSON as
 * `factstore assert --json`; the step fails unless COMPLIANT, after writing its outputs and summary.
 * The flow, the trusted signers and the facts location come from the default branch's config.
 */
export async function assert(session: ActionSession): Promise<void> {
  const { env } = session;
  const inputs = readAssertInputs(env);
  const deciding = await session.decidingConfig(inputs);
  const { config } = deciding;
  const flow = session.flow(config, inputs.flow, inputs.configPath);
  const digest = (await artifactDigest(inputs.artifact, env.workspace)) ?? '';
  const facts = factsLocation(inputs, config);
  const request = session.github(inputs);
  const store = openStore(request, facts, env);
  // every read at one tip, and only facts that trusted keys appended on an unbroken history (the
  // workflow gate's high-water mark, read when the job may: assert never writes it)
  const trusted = await TrustedFacts.open({ store, signers: config.trust.signers, highWater: workflowGateState(request, facts, inputs.highWaterAppId).readOnlyHighWaterMark() });
  const tip = trusted.factsCommit;
  const evaluated = await assertArtifact({ store: trusted, flow, digest, policies: config.policies, policyEvaluator: session.policyEvaluator() });
  const result = { ...evaluated, trust: { ...(await trusted.report()), config: trustRoot(deciding) } };

  const document = JSON.parse(JSON.stringify(result)) as unknown;
  const checked = validate('cli/assert', document);
  if (!checked.ok) {
    throw new FactstoreError('INTERNAL', `the assert result does not match schemas/cli/assert.schema.json (a factstore bug; please report it):\n${renderErrors(checked.errors)}`);
  }
  const json = JSON.stringify(document);
  setOutputs({ status: result.status, result: json });
  core.info(JSON.stringify(document, null, 2));
  const trust = breakdownTrust(result.trust);
  const breakdown = breakdownFromAssert(result, flow, { audience: 'github', links: factsLinks(env.serverUrl, facts, tip), types: config.types, now: session.now(), ...(trust !== undefined ? { trust } : {}) });
  await writeJobSummary(renderBreakdownMarkdown(breakdown) + reportDecidingConfig(deciding, env.serverUrl));
  if (result.status !== 'COMPLIANT') {
    core.setFailed(`factstore: ${digest} is ${result.status} for flow ${flow.name}: ${result.details}`);
  }
}
