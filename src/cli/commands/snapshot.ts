import { readFile, stat } from 'node:fs/promises';
import { findRuntimeEnvironment } from '../../core/environments/find-environment.js';
import {
  ENVIRONMENT_TYPES,
  MAX_SNAPSHOT_INPUT_BYTES,
  readArtifactList,
  readDocker,
  readEcsTasks,
  readK8sPods,
  readLambdaFunctions,
  readS3Checksums,
  readS3Folder,
  readServerPaths,
  type SourceReading,
} from '../../core/environments/sources/index.js';
import { takeSnapshot, type SnapshotOutcome } from '../../core/environments/take-snapshot.js';
import { badInput } from '../../core/errors.js';
import type { DriftFact, EnvironmentType } from '../../core/model/fact.js';
import { writerAuthorityProblem } from '../../core/trust/authority.js';
import { optionalString, requiredString, stringList } from '../args/values.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context/context.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_OK } from '../exit-codes.js';
import { recordFacts } from '../facts/record.js';
import { short } from '../output/table.js';
import { statusText } from './env-status.js';

/** What each type reads, for the help and the errors. */
const SOURCES: Record<EnvironmentType, string> = {
  k8s: '--file: the output of kubectl get pods -A -o json',
  docker: '--file: docker inspect of the containers; --images: docker image inspect of their images (resolves registry digests)',
  ecs: '--file: the output of aws ecs describe-tasks',
  lambda: '--file: the output of aws lambda get-function (one function or a JSON array of them)',
  s3: '--dir: a local folder synced from the bucket (--bucket names it); or --file: a JSON array of {Key, ChecksumSHA256} from the S3 API',
  server: '--path: files or folders, fingerprinted as artifacts create --file does (repeatable)',
  list: '--file: a JSON array of {"name", "sha256"}',
};

export const snapshot: Command = {
  path: ['snapshot'],
  summary: 'record what runs in an environment (one signed snapshot fact), its compliance and its drift',
  usage: 'snapshot TYPE --environment E [--file FILE] [--images FILE] [--dir DIR] [--bucket B] [--path P]…',
  positionals: ['TYPE'],
  options: [
    { name: 'environment', type: 'string', value: 'E', description: 'the environment, as named under environments: in the config' },
    { name: 'file', type: 'string', value: 'FILE', description: 'the tool output to read (k8s, docker, ecs, lambda, s3, list)' },
    { name: 'images', type: 'string', value: 'FILE', description: 'docker: docker image inspect output, to resolve local image ids to registry digests' },
    { name: 'dir', type: 'string', value: 'DIR', description: 's3: a local folder synced from the bucket' },
    { name: 'bucket', type: 'string', value: 'B', description: 's3: the bucket the folder or checksums come from' },
    { name: 'path', type: 'string', multiple: true, value: 'P', description: 'server: a file or folder that is deployed (repeatable)' },
  ],
  details: `TYPE is the environment's type in the config (a snapshot of another type is refused):
${ENVIRONMENT_TYPES.map((t) => `  ${t.padEnd(7)} ${SOURCES[t]}`).join('\n')}
The tool's output is read from a file (no cluster, daemon or cloud account is contacted), at most
${MAX_SNAPSHOT_INPUT_BYTES / 1024 / 1024} MiB. One ENVIRONMENT_SNAPSHOT fact records every running artifact (name, sha256 digest,
where it runs) and what was left out; when the same artifacts run as at the previous snapshot, nothing new is
recorded. Each running artifact is judged as env status judges it; an artifact that is not COMPLIANT (or that
no trail recorded) is drift: DRIFT_DETECTED is recorded once, when first seen, and DRIFT_RESOLVED when it stops
running or becomes COMPLIANT. The key must be trusted to record snapshot and drift facts.`,
  async run(ctx, { values, positionals }) {
    const config = await ctx.requireConfig();
    const type = environmentType(positionals[0] ?? '');
    const environment = findRuntimeEnvironment(config, requiredString(values, 'environment', this));
    if (environment.type !== type) {
      throw badInput(`environment ${environment.name} is of type ${environment.type} in the config, not ${type}: the config is the truth, so this snapshot is refused. Run factstore snapshot ${environment.type} --environment ${environment.name}.`);
    }
    const reading = await readSource(ctx, type, values);
    const signer = await ctx.writer(config);
    const store = ctx.openStore(config, signer);
    const outcome = await takeSnapshot({
      environment: { ...environment, type },
      artifacts: reading.artifacts,
      skipped: reading.skipped,
      store: await openTrusted(config, store),
      flows: config.flows,
      policies: config.policies,
      policyEvaluator: ctx.policyEvaluator(),
      actor: ctx.actor(),
      now: ctx.now(),
    });
    for (const fact of outcome.facts) {
      const problem = writerAuthorityProblem(config.trust.signers, signer.publicKey, fact);
      if (problem !== undefined) throw badInput(`${problem}. Nothing was recorded: sign snapshots with a key listed under trust.signers for the snapshot and drift kinds (a CI key is, by default).`);
    }
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

function environmentType(value: string): EnvironmentType {
  const type = ENVIRONMENT_TYPES.find((t) => t === value.toLowerCase());
  if (type === undefined) throw badInput(`${JSON.stringify(value)} is not an environment type: use one of ${ENVIRONMENT_TYPES.join(', ')} (factstore snapshot --help says what each reads).`);
  return type;
}

async function readSource(ctx: CliContext, type: EnvironmentType, values: Parameters<Command['run']>[1]['values']): Promise<SourceReading> {
  const file = optionalString(values, 'file');
  const need = (what: string | undefined, flag: string): string => {
    if (what === undefined) throw badInput(`snapshot ${type} needs ${flag}: ${SOURCES[type]}.`);
    return what;
  };
  switch (type) {
    case 'k8s':
      return readK8sPods(await sourceText(ctx, need(file, '--file')));
    case 'docker': {
      const images = optionalString(values, 'images');
      return readDocker(await sourceText(ctx, need(file, '--file')), images === undefined ? undefined : await sourceText(ctx, images));
    }
    case 'ecs':
      return readEcsTasks(await sourceText(ctx, need(file, '--file')));
    case 'lambda':
      return readLambdaFunctions(await sourceText(ctx, need(file, '--file')));
    case 's3': {
      const dir = optionalString(values, 'dir');
      const bucket = optionalString(values, 'bucket');
      if (dir !== undefined) return readS3Folder(ctx.resolve(dir), bucket);
      return readS3Checksums(await sourceText(ctx, need(file, '--dir DIR or --file')));
    }
    case 'server': {
      const paths = stringList(values, 'path');
      if (paths.length === 0) need(undefined, '--path');
      return readServerPaths(paths.map((p) => ctx.resolve(p)));
    }
    case 'list':
      return readArtifactList(await sourceText(ctx, need(file, '--file')));
  }
}

/** A tool's output from a file, refused before reading past the size limit. */
async function sourceText(ctx: CliContext, file: string): Promise<string> {
  const target = ctx.resolve(file);
  let size: number;
  try {
    const info = await stat(target);
    if (!info.isFile()) throw badInput(`${file} is not a regular file: give the file the tool's output was saved to.`);
    size = info.size;
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string') throw badInput(`cannot read ${file} (${e.code}): check the path.`, e);
    throw e;
  }
  if (size > MAX_SNAPSHOT_INPUT_BYTES) {
    throw badInput(`${file} is ${size} bytes, over the ${MAX_SNAPSHOT_INPUT_BYTES} bytes a snapshot input may be: snapshot the environment in parts (e.g. one namespace or cluster per environment).`);
  }
  return readFile(target, 'utf8');
}

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
