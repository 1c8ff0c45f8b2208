import { snapshotsOf } from '../../core/environments/environment-history.js';
import { judgeRunningArtifact } from '../../core/environments/environment-status.js';
import { findRuntimeEnvironment } from '../../core/environments/find-environment.js';
import { pickSnapshot } from '../../core/environments/pick-snapshot.js';
import { snapshotChanges } from '../../core/environments/snapshot-changes.js';
import { badInput } from '../../core/errors.js';
import type { SnapshotFact } from '../../core/model/fact.js';
import { optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { MARKDOWN_OPTION, wantsMarkdown } from '../output/markdown.js';
import { withTrust } from '../output/render-trust.js';
import { short } from '../output/table.js';

export const envDiff: Command = {
  path: ['env', 'diff'],
  summary: 'what changed in an environment between two snapshots, and whether every artifact that entered is COMPLIANT',
  usage: 'env diff ENVIRONMENT [--from SNAPSHOT|DATE] [--to SNAPSHOT|DATE] [--markdown]',
  positionals: ['ENVIRONMENT'],
  options: [
    { name: 'from', type: 'string', value: 'SNAPSHOT|DATE', description: 'a snapshot id (or its start), or a date: the snapshot running then (default: the one before --to)' },
    { name: 'to', type: 'string', value: 'SNAPSHOT|DATE', description: 'likewise (default: the newest snapshot)' },
    MARKDOWN_OPTION,
  ],
  details: `By artifact name: ADDED (not running at --from), REMOVED (no longer running at --to), CHANGED (other digests
under the same name). Each digest that entered (ADDED or CHANGED) is judged as env status judges a running artifact,
so "only approved artifacts entered production between two dates" is one command:
  factstore env diff production --from 2026-10-01 --to 2026-12-31
Exit 0 when every artifact that entered is COMPLIANT, 1 otherwise.`,
  async run(ctx, { values, positionals }) {
    const config = await ctx.requireConfig();
    const environment = findRuntimeEnvironment(config, positionals[0] ?? '');
    const facts = await openTrusted(config, ctx.openStore(config));
    const snapshots = await snapshotsOf(facts, environment.name);
    if (snapshots.length === 0) throw badInput(`${environment.name} has no snapshot yet: record one with factstore snapshot ${environment.type} --environment ${environment.name}.`);
    const toFlag = optionalString(values, 'to');
    const to = toFlag === undefined ? (snapshots.at(-1) as SnapshotFact) : pickSnapshot(snapshots, toFlag, '--to');
    const fromFlag = optionalString(values, 'from');
    const from = fromFlag === undefined ? snapshots[snapshots.indexOf(to) - 1] : pickSnapshot(snapshots, fromFlag, '--from');
    if (from !== undefined && Date.parse(from.ts) > Date.parse(to.ts)) throw badInput(`--from (${from.ts}) is after --to (${to.ts}): swap them.`);
    const changes = snapshotChanges(from?.artifacts ?? [], to.artifacts);
    const judge = { environment, flows: config.flows, store: facts, policies: config.policies, policyEvaluator: ctx.policyEvaluator() };
    const entered = await Promise.all(
      changes.flatMap((c) => c.to.filter((d) => !c.from.includes(d)).map((d) => to.artifacts.find((a) => a.name === c.name && a.artifact === d))).filter((a) => a !== undefined).map((item) => judgeRunningArtifact(judge, item)),
    );
    const report = {
      environment: environment.name,
      from: from === undefined ? null : { id: from.id, ts: from.ts },
      to: { id: to.id, ts: to.ts },
      changes: changes.map((c) => ({ ...c, entered: entered.filter((e) => e.name === c.name).map((e) => ({ artifact: e.artifact, status: e.status })) })),
      allEnteredCompliant: entered.every((e) => e.status === 'COMPLIANT'),
      trust: await facts.report(),
    };
    if (wantsMarkdown(ctx, values)) ctx.io.stdout(`${diffMarkdown(report)}\n`);
    else ctx.emit('cli/env-diff', report, () => withTrust(diffText(report), report.trust));
    return report.allEnteredCompliant ? EXIT_OK : EXIT_NOT_OK;
  },
};

type DiffReport = {
  environment: string;
  from: { id: string; ts: string } | null;
  to: { id: string; ts: string };
  changes: { change: string; name: string; from: string[]; to: string[]; entered: { artifact: string; status: string }[] }[];
  allEnteredCompliant: boolean;
};

const digests = (list: string[]) => (list.length === 0 ? '-' : list.map((d) => short(d)).join(' '));
const verdicts = (c: DiffReport['changes'][number]) => c.entered.map((e) => `${short(e.artifact)} ${e.status}`).join(', ');

function diffText(r: DiffReport): string {
  const span = `${r.environment}: ${r.from === null ? 'nothing' : `snapshot ${short(r.from.id)} (${r.from.ts})`} → snapshot ${short(r.to.id)} (${r.to.ts})`;
  if (r.changes.length === 0) return `${span}\n  no change`;
  const rows = r.changes.map((c) => `  ${c.change.padEnd(8)} ${c.name}  ${digests(c.from)} → ${digests(c.to)}${c.entered.length > 0 ? `  [${verdicts(c)}]` : ''}`);
  return [span, ...rows, r.allEnteredCompliant ? 'Every artifact that entered is COMPLIANT.' : 'NOT every artifact that entered is COMPLIANT.'].join('\n');
}

function diffMarkdown(r: DiffReport): string {
  const icon: Record<string, string> = { ADDED: '🟢 ADDED', REMOVED: '🔴 REMOVED', CHANGED: '🟠 CHANGED' };
  const rows = r.changes.map((c) => `| ${icon[c.change] ?? c.change} | \`${c.name}\` | ${digests(c.from)} | ${digests(c.to)} | ${verdicts(c) || '-'} |`);
  return [
    `### ${r.environment}: ${r.from === null ? 'first snapshot' : r.from.ts} → ${r.to.ts}`,
    '',
    ...(r.changes.length === 0 ? ['No change.'] : ['| change | artifact | before | after | entered |', '|---|---|---|---|---|', ...rows]),
    '',
    r.allEnteredCompliant ? '✅ Every artifact that entered is COMPLIANT.' : '❌ Not every artifact that entered is COMPLIANT.',
  ].join('\n');
}
