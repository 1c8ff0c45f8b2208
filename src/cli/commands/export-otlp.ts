import { badInput } from '../../core/errors.js';
import { cursorAuthorityProblem, exportToOtlp, type OtlpExportResult } from '../../core/export/otlp/export-otlp.js';
import { dryRunEnv, targetFromConfig } from '../../core/export/otlp/otlp-target.js';
import { flag, optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { findGit } from '../context/find-git.js';
import { CONFIG_PATH } from '../context/look-up-config.js';
import { originRepository } from '../context/origin-repository.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { recordFacts } from '../facts/record.js';
import { short, table } from '../output/table.js';
import { packageVersion } from '../version.js';
import { parseSince } from './log.js';

export const exportOtlp: Command = {
  path: ['export', 'otlp'],
  summary: 'every fact that counts as an OpenTelemetry log record, sent to an OTLP/HTTP collector (ComplyBeacon attributes), resuming where the last export to it stopped',
  usage: 'export otlp [--endpoint URL] [--protocol http/protobuf|http/json] [--since DATE | --from-commit SHA] [--dry-run]',
  options: [
    { name: 'endpoint', type: 'string', value: 'URL', description: 'the collector\'s OTLP/HTTP logs URL (default exporters.otlp.endpoint of the config; a URL with no path gets /v1/logs)' },
    { name: 'protocol', type: 'string', value: 'P', description: 'http/protobuf (default) or http/json' },
    { name: 'since', type: 'string', value: 'DATE', description: 'send the facts committed since DATE instead of those after the cursor (some may be sent again)' },
    { name: 'from-commit', type: 'string', value: 'SHA', description: 'send the facts from this facts commit on instead of those after the cursor (some may be sent again)' },
    { name: 'dry-run', type: 'boolean', description: 'print the records (OTLP JSON-like, one per line) instead of sending them; record nothing' },
  ],
  details: `One log record per fact that counts (DESIGN §2a), in the order the facts branch got them: the fact as the
body, its time as the timestamp, the facts commit's time as the observed time, and the attributes a
ComplyBeacon collector's truthbeam processor reads (policy.rule.id, policy.engine.name factstore,
policy.evaluation.result Passed/Failed/Not Run/Not Applicable, policy.evaluation.message,
policy.target.*, policy.rule.uri of a gate decision's config, compliance.assessment.id the trail,
compliance.frameworks/requirements from the flow's controls:, compliance.remediation.* of gates and
bypasses) with Factstore's own (factstore.flow, factstore.trail, factstore.facts_commit,
factstore.fact_id, factstore.signer, factstore.artifact, factstore.evidence.sha256, factstore.run.url).
Sent with the OpenTelemetry JS SDK's OTLP/HTTP exporter, in batches of 512.

Auth (exporters.otlp.auth of the config): none; header (the header named there gets
FACTSTORE_OTLP_HEADER_VALUE); oauth2 (client credentials: token_endpoint, client_id or
FACTSTORE_OTLP_CLIENT_ID, scopes, the secret in FACTSTORE_OTLP_CLIENT_SECRET; the token is fetched
when needed and again before it expires or when the collector answers 401). Secrets never go in the
config and are never printed. Credentials go over https only (plain http to this machine only).

The cursor: after a send, an export fact (signed like every fact) names the destination and the
newest facts commit whose records were all taken; the next export to the same endpoint, from the
CLI, the Action or the App, starts after it, so nothing is sent twice. A batch the collector refuses
stops the export: the cursor moves only over what was taken, the summary says what failed and the
collector's message is printed under it (exit 1).`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const since = parseSince(optionalString(values, 'since'));
    const from = optionalString(values, 'from-commit');
    if (from !== undefined && !/^[0-9a-f]{40}$/.test(from)) throw badInput(`--from-commit ${JSON.stringify(from)} is not a full facts commit id (40 lowercase hex): factstore log shows them.`);
    if (from !== undefined && since !== undefined) throw badInput('--since and --from-commit both say where to start: give one.');
    const dryRun = flag(values, 'dry-run');
    const endpoint = optionalString(values, 'endpoint');
    const protocol = optionalString(values, 'protocol');
    const target = targetFromConfig(config.exporters?.otlp, dryRun ? dryRunEnv(ctx.io.env) : ctx.io.env, {
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(protocol !== undefined ? { protocol } : {}),
    });
    const actor = ctx.actor();
    const signer = dryRun ? undefined : await ctx.writer(config);
    const problem = signer === undefined ? undefined : cursorAuthorityProblem(config.trust.signers, signer.publicKey, target.destination);
    if (problem !== undefined) throw badInput(`${problem}: the export's cursor could not be recorded. Add export to that key's kinds under trust.signers, or export with a key that may. Nothing was sent.`);
    const store = ctx.openStore(config, signer);
    const trusted = await openTrusted(config, store);
    const repository = await originRepository(findGit(ctx.io.env) ?? 'git', ctx.resolve('.'));
    const version = packageVersion();
    const result = await exportToOtlp({
      store,
      trusted,
      target,
      ...(from !== undefined ? { from } : {}),
      ...(since !== undefined ? { since } : {}),
      context: { config, engineVersion: version, configPath: CONFIG_PATH, ...(repository !== undefined ? { repository } : {}) },
      resource: {
        'service.name': 'factstore',
        'service.version': version,
        'factstore.facts.branch': store.branch,
        ...(config.facts.repo !== undefined ? { 'factstore.facts.repository': config.facts.repo } : repository !== undefined ? { 'factstore.facts.repository': repository } : {}),
      },
      actor,
      now: ctx.now(),
      dryRun,
    });
    if (dryRun) {
      if (ctx.json) ctx.emit('cli/export-otlp', document(result, null), () => '');
      else for (const r of result.records ?? []) ctx.io.stdout(`${JSON.stringify(r)}\n`);
      return EXIT_OK;
    }
    let cursor: string | null = null;
    if (result.cursor !== undefined) {
      const written = await recordFacts(store, [result.cursor]);
      cursor = written.commit ?? null;
    }
    if (result.notCounted > 0) ctx.note(`${result.notCounted} fact(s) on those facts commits do not count (unsigned, or signed by a key with no authority for them) and were not sent: factstore log shows them.`);
    ctx.emit('cli/export-otlp', document(result, cursor), () => summary(result, cursor));
    return result.error === undefined ? EXIT_OK : EXIT_NOT_OK;
  },
};

function document(result: OtlpExportResult, cursorCommit: string | null) {
  const { records, ...rest } = result;
  delete rest.cursor;
  return { ...rest, ...(records !== undefined ? { records } : {}), cursorCommit };
}

/** The table complyctl's export spec asks for (STREAM EXPORTED FAILED STATUS), the collector's message under it. */
function summary(result: OtlpExportResult, cursorCommit: string | null): string {
  const rows = result.streams.map((s) => [s.stream, String(s.exported), String(s.failed), s.failed === 0 ? 'OK' : 'FAILED']);
  const lines = [
    `${result.endpoint} (${result.protocol})`,
    rows.length === 0 ? `nothing new to send after facts ${result.after === null ? '(none)' : short(result.after)}` : table([['STREAM', 'EXPORTED', 'FAILED', 'STATUS'], ...rows]),
  ];
  if (result.error !== undefined) lines.push(`the collector did not take the records: ${result.error}`);
  if (cursorCommit !== null && result.through !== null) lines.push(`cursor: through facts ${short(result.through)}, recorded in facts commit ${short(cursorCommit)}`);
  return lines.join('\n');
}
