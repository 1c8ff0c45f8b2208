import { readSnapshotSource } from '../../core/environments/read-snapshot-source.js';
import { assertMayRecordSnapshot } from '../../core/environments/snapshot-authority.js';
import { parseEnvironmentType, snapshotEnvironment } from '../../core/environments/snapshot-environment.js';
import type { SnapshotSourceNames } from '../../core/environments/snapshot-source-names.js';
import { whatTypeReads } from '../../core/environments/source-help.js';
import { ENVIRONMENT_TYPES, MAX_SNAPSHOT_INPUT_BYTES, type SourceReading } from '../../core/environments/sources/index.js';
import { takeSnapshot, type SnapshotOutcome } from '../../core/environments/take-snapshot.js';
import type { DriftFact } from '../../core/model/fact.js';
import { optionalString, requiredString, stringList } from '../args/values.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_OK } from '../exit-codes.js';
import { recordFacts } from '../facts/record.js';
import { short } from '../output/table.js';
import { statusText } from './env-status.js';

/** The flags the source inputs come from, as errors and the help name them. */
const NAMES: SnapshotSourceNames = {
  type: 'TYPE',
  file: '--file',
  images: '--images',
  dir: '--dir',
  bucket: '--bucket',
  paths: '--path',
  help: 'factstore snapshot --help says what each reads',
};

export const snapshot: Command = {
  path: ['snapshot'],
  summary: 'record what runs in an environment (one signed snapshot fact), its compliance and its drift',
  usage: 'snapshot TYPE --environment E [--file FILE] [--images FILE] [--dir DIR] [--bucket B] [--path P]…',
  positionals: ['TYPE'],
  options: [
    { name: 'environment', type: 'string', value: 'E', description: 'the environment, as named under environments: in the config' },
    { name: 'file', type: 'string', value: 'FILE', description: 'the tool output to read (k8s, docker, ecs, lambda, s3, list) (- for standard input)' },
    { name: 'images', type: 'string', value: 'FILE', description: 'docker: docker image inspect output, to resolve local image ids to registry digests' },
    { name: 'dir', type: 'string', value: 'DIR', description: 's3: a local folder synced from the bucket' },
    { name: 'bucket', type: 'string', value: 'B', description: 's3: the bucket the folder or checksums come from' },
    { name: 'path', type: 'string', multiple: true, value: 'P', description: 'server: a file or folder that is deployed (repeatable)' },
  ],
  details: `TYPE is the environment's type in the config (a snapshot of another type is refused):
${ENVIRONMENT_TYPES.map((t) => `  ${t.padEnd(7)} ${whatTypeReads(t, NAMES)}`).join('\n')}
The tool's output is read from a file (no cluster, daemon or cloud account is contacted), at most
${MAX_SNAPSHOT_INPUT_BYTES / 1024 / 1024} MiB. One ENVIRONMENT_SNAPSHOT fact records every running artifact (name, sha256 digest,
where it runs) and what was left out; when the same artifacts run as at the previous snapshot, nothing new is
recorded. Each running artifact is judged as env status judges it; an artifact that is not COMPLIANT (or that
no trail recorded) is drift: DRIFT_DETECTED is recorded once, when first seen, and DRIFT_RESOLVED when it stops
running or becomes COMPLIANT. The key must be trusted to record snapshot and drift facts.`,
  async run(ctx, { values, positionals }) {
    const config = await ctx.requireConfig();
    const type = parseEnvironmentType(positionals[0] ?? '', NAMES);
    const environment = snapshotEnvironment(config, requiredString(values, 'environment', this), type, NAMES);
    const reading = await readSnapshotSource(
      type,
      { file: optionalString(values, 'file'), images: optionalString(values, 'images'), dir: optionalString(values, 'dir'), bucket: optionalString(values, 'bucket'), paths: stringList(values, 'path') },
      { cwd: ctx.resolve('.'), names: NAMES, ...(ctx.io.stdin !== undefined ? { stdin: ctx.io.stdin } : {}) },
    );
    const signer = await ctx.writer(config);
    const store = ctx.openStore(config, signer);
    const outcome = await takeSnapshot({
      environment,
      artifacts: reading.artifacts,
      skipped: reading.skipped,
      store: await openTrusted(config, store),
      flows: config.flows,
      policies: config.policies,
      policyEvaluator: ctx.policyEvaluator(),
      actor: ctx.actor(),
      now: ctx.now(),
    });
    assertMayRecordSnapshot(config.trust.signers, signer.publicKey, outcome.facts);
    const result = outcome.facts.length > 0 ? await recordFacts(store, outcome.facts) : undefined;
    const drift = outcome.facts.filter((f): f is DriftFact => f.kind === 'drift');
    const document = {
      environment: environment.name,
      type,
      recorded: !outcome.unchanged,
      snapshot: { id: outcome.snapshot.id, ts: outcome.snapshot.ts },
      changes: outcome.changes,
      skipped: reading.skipped,
      drift: drift.map((d) => ({ event: d.event, name: d.name, artifact: d.artifact, ...(d.reason !== undefined ? { reason: d.reason } : {}), ...(d.resolution !== undefined ? { resolution: d.resolution } : {}) })),
      status: outcome.status.status,
      factsCommit: result?.commit ?? null,
    };
    ctx.emit('cli/snapshot', document, () => snapshotText(outcome, reading, drift, result?.commit));
    return EXIT_OK;
  },
};

function snapshotText(outcome: SnapshotOutcome, reading: SourceReading, drift: DriftFact[], commit: string | undefined): string {
  const lines = [
    outcome.unchanged
      ? `Nothing new recorded: the same ${outcome.snapshot.artifacts.length} artifact(s) run as at snapshot ${short(outcome.snapshot.id)} (${outcome.snapshot.ts}).`
      : `Recorded snapshot ${short(outcome.snapshot.id)} of ${outcome.snapshot.environment}: ${outcome.snapshot.artifacts.length} artifact(s) running${commit !== undefined ? ` (facts commit ${short(commit)})` : ''}.`,
    ...outcome.changes.map((c) => `  ${c.change.padEnd(8)} ${c.name}  ${c.from.map((d) => short(d)).join(' ') || '-'} → ${c.to.map((d) => short(d)).join(' ') || '-'}`),
    ...(reading.skipped.length > 0 ? [`Left out (${reading.skipped.length}):`, ...reading.skipped.slice(0, 20).map((s) => `  ${s.what}: ${s.why}`)] : []),
    ...drift.map((d) => `${d.event}  ${d.name} ${short(d.artifact)}: ${d.reason ?? d.resolution ?? ''}`),
    '',
    statusText(outcome.status),
  ];
  return lines.join('\n');
}
