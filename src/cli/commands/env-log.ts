import { driftsOf, snapshotsOf } from '../../core/environments/environment-history.js';
import { findRuntimeEnvironment } from '../../core/environments/find-environment.js';
import { snapshotChanges } from '../../core/environments/snapshot-changes.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_OK } from '../exit-codes.js';
import { withTrust } from '../output/render-trust.js';
import { short } from '../output/table.js';

export const envLog: Command = {
  path: ['env', 'log'],
  summary: "an environment's snapshots and drift, newest first",
  usage: 'env log ENVIRONMENT',
  positionals: ['ENVIRONMENT'],
  options: [],
  details: 'Each snapshot with its id (for env diff --from/--to), time, who recorded it, how many artifacts ran and what changed since the one before; each drift detected or resolved.',
  async run(ctx, { positionals }) {
    const config = await ctx.requireConfig();
    const environment = findRuntimeEnvironment(config, positionals[0] ?? '');
    const facts = await openTrusted(config, ctx.openStore(config));
    const snapshots = await snapshotsOf(facts, environment.name);
    const drifts = await driftsOf(facts, environment.name);
    const entries = [
      ...snapshots.map((s, i) => {
        const changes = snapshotChanges(snapshots[i - 1]?.artifacts ?? [], s.artifacts);
        const count = (k: string) => changes.filter((c) => c.change === k).length;
        return { ts: s.ts, event: s.event, id: s.id, actor: s.actor, artifacts: s.artifacts.length, added: count('ADDED'), removed: count('REMOVED'), changed: count('CHANGED') };
      }),
      ...drifts.map((d) => ({ ts: d.ts, event: d.event, id: d.id, actor: d.actor, name: d.name, artifact: d.artifact, ...(d.reason !== undefined ? { reason: d.reason } : {}), ...(d.resolution !== undefined ? { resolution: d.resolution } : {}) })),
    ].sort((a, b) => b.ts.localeCompare(a.ts));
    const report = { environment: environment.name, type: environment.type, entries, trust: await facts.report() };
    ctx.emit('cli/env-log', report, () =>
      withTrust(
        entries.length === 0
          ? `${environment.name}: no snapshot yet.`
          : [`${environment.name} (${environment.type}), newest first:`, ...entries.map((e) => `  ${e.ts}  ${e.event.padEnd(20)} ${short(e.id)}  ${e.actor}  ${'artifacts' in e ? `${e.artifacts} artifact(s): +${e.added} -${e.removed} ~${e.changed}` : `${e.name} ${short(e.artifact)} ${e.reason ?? e.resolution ?? ''}`}`)].join('\n'),
        report.trust,
      ),
    );
    return EXIT_OK;
  },
};
