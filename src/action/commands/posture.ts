import * as core from '@actions/core';
import { FactstoreError } from '../../core/errors.js';
import { getFramework } from '../../core/frameworks/index.js';
import { buildPosture } from '../../core/posture/build-posture.js';
import { postureMarkdown } from '../../core/posture/posture-markdown.js';
import { renderErrors, validate } from '../../core/schema/index.js';
import { TrustedFacts } from '../../core/trust/trusted-facts.js';
import { workflowGateState } from '../github/high-water.js';
import { factsLocation, openStore } from '../github/open-store.js';
import { trustRoot } from '../github/trust-root.js';
import { readPostureInputs } from '../inputs/posture-inputs.js';
import { setOutputs } from '../record/step-outputs.js';
import { reportDecidingConfig } from '../report/deciding-config.js';
import { writeJobSummary } from '../report/job-summary.js';
import type { ActionSession } from '../session.js';

/**
 * The posture step: `factstore posture` in the job summary (per flow, per environment, per
 * framework control, coloured as auditors read it) and as the `result` output. It reads only (no
 * key, nothing written) and counts only what trusted keys appended, with the default branch's config.
 */
export async function posture(session: ActionSession): Promise<void> {
  const { env } = session;
  const inputs = readPostureInputs(env);
  const frameworks = inputs.frameworks.map((name) => getFramework(name));
  const deciding = await session.decidingConfig(inputs);
  const { config } = deciding;
  const facts = factsLocation(inputs, config);
  const request = session.github(inputs);
  const store = openStore(request, facts, env);
  const trusted = await TrustedFacts.open({ store, signers: config.trust.signers, highWater: workflowGateState(request, facts, inputs.highWaterAppId).readOnlyHighWaterMark() });
  const report = await buildPosture({ config, store: trusted, ...(inputs.since !== undefined ? { since: inputs.since } : {}), frameworks, policyEvaluator: session.policyEvaluator() });
  const document = JSON.parse(JSON.stringify({ ...report, trust: { ...(await trusted.report()), config: trustRoot(deciding) } })) as unknown;
  const checked = validate('cli/posture', document);
  if (!checked.ok) {
    throw new FactstoreError('INTERNAL', `the posture does not match schemas/cli/posture.schema.json (a factstore bug; please report it):\n${renderErrors(checked.errors)}`);
  }
  setOutputs({ result: JSON.stringify(document) });
  core.info(postureMarkdown(report));
  await writeJobSummary(postureMarkdown(report) + reportDecidingConfig(deciding, env.serverUrl));
}
