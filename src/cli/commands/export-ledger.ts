import { parseConfig } from '../../core/config/load-config.js';
import { badInput } from '../../core/errors.js';
import { ledgerPayloads } from '../../core/export/ledger/ledger-payloads.js';
import { postLedger } from '../../core/export/ledger/post-ledger.js';
import { optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { findGit } from '../context/find-git.js';
import { CONFIG_PATH } from '../context/look-up-config.js';
import { originRepository } from '../context/origin-repository.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { table } from '../output/table.js';
import { parseSince } from './log.js';

export const exportLedger: Command = {
  path: ['export', 'ledger'],
  summary: 'every gate decision as a Findings Ledger run export (deterministic, DSSE-signed), printed or posted',
  usage: 'export ledger [--since DATE] [--tenant T] [--post URL]',
  options: [
    { name: 'since', type: 'string', value: 'DATE', description: 'only decisions taken since DATE' },
    { name: 'tenant', type: 'string', value: 'T', description: "the tenantId (default: the owner of facts.repo, else of the origin remote)" },
    { name: 'post', type: 'string', value: 'URL', description: 'POST each payload there (Authorization: Bearer $FACTSTORE_LEDGER_TOKEN when set) instead of printing them' },
  ],
  details: `One payload per gate decision that counts, on a trail that recorded an artifact: runId (a UUID derived from
flow, trail and decision), jobType gate, artifactHash, policyHash (sha256 of the flow's config the decision was
taken with, when that config commit is here), startedAt (the trail's start) and completedAt (the decision),
status succeeded (GATE_ALLOWED) or failed (GATE_BLOCKED), manifestPath and logsPath (cas://sha256 of the
decision fact and of the trail file it was taken on), tenantId, environment, idempotencyKey =
sha256(runId + artifactHash + tenantId), and a DSSE Ed25519 signature by the signing key over the canonical
payload without signatures. Sorted by runId; each under 1 MiB. Printed as NDJSON; with --post, sent one by one:
a 409 (the idempotency key is known) counts as delivered, anything else that is not 2xx fails (exit 1).`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const since = parseSince(optionalString(values, 'since'));
    const url = optionalString(values, 'post');
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw badInput(`--post ${JSON.stringify(url)} is not an http(s) URL.`);
    const git = findGit(ctx.io.env) ?? 'git';
    const tenant = optionalString(values, 'tenant') ?? config.facts.repo?.split('/')[0] ?? (await originRepository(git, ctx.resolve('.')))?.split('/')[0];
    if (tenant === undefined) throw badInput('no tenant: give --tenant T (the contract needs a tenantId), or set facts.repo, or add an origin remote on GitHub.');
    const signer = await ctx.signer();
    const store = ctx.openStore(config);
    const facts = await openTrusted(config, store);
    const { payloads, skipped } = await ledgerPayloads({
      facts,
      tenantId: tenant,
      signer,
      ...(since !== undefined ? { since } : {}),
      flowAsDecided: async (d) => {
        const text = d.configCommit === undefined ? undefined : await ctx.configTextAt(d.configCommit);
        try {
          return text === undefined ? undefined : parseConfig(text, `${CONFIG_PATH} at ${d.configCommit}`).flows[d.flow];
        } catch {
          return undefined;
        }
      },
      fileAt: (path, commit) => store.fileText(path, { at: commit }).catch(() => undefined),
    });
    for (const s of skipped) ctx.note(`decision ${s.decision.slice(0, 12)} left out: ${s.why}.`);
    if (url === undefined) {
      if (ctx.json) ctx.emit('cli/export-ledger', { payloads, skipped, deliveries: null }, () => '');
      else for (const p of payloads) ctx.io.stdout(`${JSON.stringify(p)}\n`);
      return EXIT_OK;
    }
    const token = ctx.io.env.FACTSTORE_LEDGER_TOKEN;
    const deliveries = await postLedger(payloads, url, (u, init) => fetch(u, init), token !== undefined && token !== '' ? { authorization: `Bearer ${token}` } : {});
    const count = (o: string) => deliveries.filter((d) => d.outcome === o).length;
    const failed = deliveries.filter((d) => d.outcome === 'failed');
    ctx.emit('cli/export-ledger', { payloads, skipped, deliveries }, () =>
      [
        table([['STREAM', 'EXPORTED', 'DUPLICATE', 'FAILED', 'STATUS'], ['ledger', String(count('delivered')), String(count('duplicate')), String(failed.length), failed.length === 0 ? 'OK' : 'FAILED']]),
        ...failed.map((d) => `  ${d.runId}: ${d.status !== undefined ? `HTTP ${d.status}: ` : ''}${d.error ?? ''}`),
      ].join('\n'),
    );
    return failed.length === 0 ? EXIT_OK : EXIT_NOT_OK;
  },
};

