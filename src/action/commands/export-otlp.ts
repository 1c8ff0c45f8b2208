import * as core from '@actions/core';
import { badInput } from '../../core/errors.js';
import { cursorAuthorityProblem, exportToOtlp, type OtlpExportResult } from '../../core/export/otlp/export-otlp.js';
import { dryRunEnv, targetFromConfig } from '../../core/export/otlp/otlp-target.js';
import { packageVersion } from '../../core/package/package-version.js';
import { TrustedFacts } from '../../core/trust/trusted-facts.js';
import { workflowGateState } from '../github/high-water.js';
import { factsLocation, openStore } from '../github/open-store.js';
import { readExportOtlpInputs } from '../inputs/export-otlp-inputs.js';
import { checkSigningKey, signerFrom } from '../inputs/signing-key.js';
import { setOutputs } from '../record/step-outputs.js';
import { reportDecidingConfig } from '../report/deciding-config.js';
import { writeJobSummary } from '../report/job-summary.js';
import type { ActionSession } from '../session.js';

/**
 * The OTLP export step: `factstore export otlp` from a workflow. The destination is the step's
 * `endpoint:` or exporters.otlp of the default branch's config (never of the change being built),
 * the secrets FACTSTORE_OTLP_* of the step's environment; the facts that count since the
 * destination's cursor are sent and the new cursor recorded with the signing key. A refused batch
 * fails the step after the summary says what was sent.
 */
export async function exportOtlp(session: ActionSession): Promise<void> {
  const { env } = session;
  const inputs = readExportOtlpInputs(env);
  const signer = inputs.dryRun && inputs.signingKey === undefined ? undefined : signerFrom(inputs.signingKey);
  const deciding = await session.decidingConfig(inputs);
  const { config } = deciding;
  if (signer !== undefined) checkSigningKey(signer, config.trust.signers, `${deciding.path} of the default branch ${deciding.branch}`);
  const target = targetFromConfig(config.exporters?.otlp, inputs.dryRun ? dryRunEnv(session.otlpEnv) : session.otlpEnv, {
    ...(inputs.endpoint !== undefined ? { endpoint: inputs.endpoint } : {}),
    ...(inputs.protocol !== undefined ? { protocol: inputs.protocol } : {}),
  });
  const actor = env.actor ?? 'github-actions';
  const now = session.now();
  const problem = signer === undefined ? undefined : cursorAuthorityProblem(config.trust.signers, signer.publicKey, target.destination);
  if (problem !== undefined) throw badInput(`${problem}: the export's cursor could not be recorded. Add export to that key's kinds under trust.signers. Nothing was sent.`);
  const facts = factsLocation(inputs, config);
  const request = session.github(inputs);
  const store = openStore(request, facts, env, signer);
  const trusted = await TrustedFacts.open({ store, signers: config.trust.signers, highWater: workflowGateState(request, facts, inputs.highWaterAppId).readOnlyHighWaterMark() });
  const version = packageVersion();
  const result = await exportToOtlp({
    store,
    trusted,
    target,
    ...(inputs.fromCommit !== undefined ? { from: inputs.fromCommit } : {}),
    ...(inputs.since !== undefined ? { since: inputs.since } : {}),
    context: { config, engineVersion: version, serverUrl: env.serverUrl, configPath: deciding.path, ...(env.repository !== undefined ? { repository: env.repository } : {}) },
    resource: { 'service.name': 'factstore', 'service.version': version, 'factstore.facts.repository': `${facts.owner}/${facts.repo}`, 'factstore.facts.branch': facts.branch },
    actor,
    now,
    dryRun: inputs.dryRun,
  });
  const cursor = result.cursor !== undefined ? (await store.append({ facts: [result.cursor], message: `factstore: exported ${result.exported} fact(s) to ${target.destination}` })).commit : undefined;
  const document: Partial<OtlpExportResult> = { ...result };
  delete document.records;
  delete document.cursor;
  setOutputs({ result: JSON.stringify({ ...document, cursorCommit: cursor ?? null }), exported: String(result.exported), failed: String(result.failed), 'facts-commit': cursor });
  await writeJobSummary(exportSummary(result, inputs.dryRun) + reportDecidingConfig(deciding, env.serverUrl));
  core.info(`factstore: ${inputs.dryRun ? `would export ${result.records?.length ?? 0}` : `exported ${result.exported}`} fact(s) to ${target.destination}${result.failed > 0 ? `, ${result.failed} not taken` : ''}.`);
  if (result.error !== undefined) throw new Error(`the collector at ${target.destination} did not take ${result.failed} record(s): ${result.error}. The next export sends them again.`);
}

/** The job summary: the table per stream, the collector's message under it. */
function exportSummary(result: OtlpExportResult, dryRun: boolean): string {
  const head = `### Factstore: OTLP export to ${result.destination}${dryRun ? ' (dry run: nothing sent)' : ''}\n\n`;
  if (result.streams.length === 0) return `${head}Nothing new to send.\n`;
  const rows = result.streams.map((s) => `| ${s.stream} | ${dryRun ? 0 : s.exported} | ${s.failed} | ${dryRun ? 'DRY RUN' : s.failed === 0 ? 'OK' : 'FAILED'} |`);
  const table = ['| STREAM | EXPORTED | FAILED | STATUS |', '|---|---:|---:|---|', ...rows].join('\n');
  return `${head}${table}\n${result.error !== undefined ? `\nThe collector did not take the records: \`${result.error.replace(/`/g, "'")}\`\n` : ''}`;
}
