import * as core from '@actions/core';
import { FactstoreError } from '../../core/errors.js';
import { assertArtifact } from '../../core/evaluate/index.js';
import { breakdownFromAssert, renderBreakdownMarkdown } from '../../core/report/breakdown/index.js';
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
  const store = openStore(session.github(inputs), facts, env);
  // every read at one tip: consistent while other jobs write, and one tip request instead of one per read
  const tip = await store.tip();
  const at = tip === undefined ? undefined : { at: tip };
  const reads = { trailsForArtifact: (d: string) => store.trailsForArtifact(d, at), readTrail: (f: string, t: string) => store.readTrail(f, t, at) };
  const result = await assertArtifact({ store: reads, flow, digest, policies: config.policies, policyEvaluator: session.policyEvaluator() });

  const document = JSON.parse(JSON.stringify(result)) as unknown;
  const checked = validate('cli/assert', document);
  if (!checked.ok) {
    throw new FactstoreError('INTERNAL', `the assert result does not match schemas/cli/assert.schema.json (a factstore bug; please report it):\n${renderErrors(checked.errors)}`);
  }
  const json = JSON.stringify(document);
  setOutputs({ status: result.status, result: json });
  core.info(JSON.stringify(document, null, 2));
  const breakdown = breakdownFromAssert(result, flow, { audience: 'github', links: factsLinks(env.serverUrl, facts, tip), types: config.types, now: session.now() });
  await writeJobSummary(renderBreakdownMarkdown(breakdown) + reportDecidingConfig(deciding, env.serverUrl));
  if (result.status !== 'COMPLIANT') {
    core.setFailed(`factstore: ${digest} is ${result.status} for flow ${flow.name}: ${result.details}`);
  }
}
