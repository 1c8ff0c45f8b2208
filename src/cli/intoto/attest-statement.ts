import type { FactstoreConfig } from '../../core/config/config.js';
import { badInput, FactstoreError } from '../../core/errors.js';
import { checkEvidenceFiles, readEvidenceFiles } from '../../core/evidence/files/evidence-files.js';
import { defaultTrustedRoot } from '../../core/intoto/default-trusted-root.js';
import { statusFromPredicate } from '../../core/intoto/predicate-status.js';
import { typeForPredicate } from '../../core/intoto/predicate-types.js';
import { verifyAttestationFile } from '../../core/intoto/verify-attestation-file.js';
import { statementEvidence } from '../../core/intoto/statement-evidence.js';
import type { ArtifactFact } from '../../core/model/fact.js';
import { makeFact } from '../../core/model/fact-id.js';
import { checkName, normalizeDigest } from '../../core/model/names.js';
import { assertTypeAcceptsAttestations } from '../../core/types/accepts-attestations.js';
import { assertKnownType } from '../../core/types/known-type.js';
import { evidenceUrlOption } from '../args/evidence-url.js';
import { optionalString, requiredString } from '../args/values.js';
import type { Command, OptionValues } from '../command.js';
import type { CliContext } from '../context/context.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_OK } from '../exit-codes.js';
import { recordFacts, requireStartedTrail, storedFact } from '../facts/record.js';
import { recordedText } from '../output/describe-fact.js';

/** What --intoto takes from the statement itself, so giving it by hand would contradict it. */
const NOT_WITH_INTOTO = ['evidence', 'format', 'status', 'override-reason'];

/**
 * `attest --intoto FILE`: verifies a statement another tool signed (a DSSE envelope with a key of
 * intoto.keys, a Sigstore bundle with an identity of intoto.sigstore.identities), then records it as
 * an attestation about the trail's artifact it names, the file itself as evidence. Nothing is
 * written unless every check passes.
 */
export async function attestStatement(ctx: CliContext, values: OptionValues, command: Command): Promise<number> {
  const clash = NOT_WITH_INTOTO.find((name) => values[name] !== undefined);
  if (clash !== undefined) {
    throw badInput(`--${clash} does not go with --intoto: the statement's file is the evidence, and its predicate says the status. Record other evidence with a second attest.`);
  }
  const config = await ctx.requireConfig();
  const flow = ctx.flow(config, requiredString(values, 'flow', command));
  const trail = await ctx.trailName(config, optionalString(values, 'trail'));
  const givenType = optionalString(values, 'type');
  if (givenType !== undefined) checkName('attestation type', givenType);
  const givenArtifact = optionalString(values, 'artifact');
  const wanted = givenArtifact === undefined ? undefined : normalizeDigest(givenArtifact);
  const details = optionalString(values, 'details');
  const evidenceUrl = evidenceUrlOption(values);
  const idempotencyKey = optionalString(values, 'idempotency-key');
  const file = ctx.resolve(requiredString(values, 'intoto', command));
  const place = { base: ctx.io.cwd, baseName: 'the current directory', confined: false };
  await checkEvidenceFiles([file], { maxBytes: config.evidenceMaxBytes, place });
  const { signer, markers } = await ctx.signingKey(config);
  const { refs, blobs } = await readEvidenceFiles([file], { format: 'raw', maxBytes: config.evidenceMaxBytes, place, secretMarkers: markers });
  const [ref] = refs;
  const [blob] = blobs;
  if (ref === undefined || blob === undefined) throw badInput(`${file} could not be read: give the attestation file.`);

  const verified = await verifyAttestationFile(Buffer.from(blob.bytes), ref.name, { intoto: config.intoto, trustedRoot: () => trustedRoot(ctx, config) });
  const { predicateType, predicate } = verified.statement;
  const type = givenType ?? typeForPredicate(predicateType, predicate, config.intoto?.predicateTypes ?? {});
  if (type === undefined) {
    throw badInput(`the statement's predicate type ${JSON.stringify(predicateType)} maps to no attestation type: give --type TYPE, or map it under intoto.predicate_types in the config.`);
  }
  checkName('attestation type', type);
  assertTypeAcceptsAttestations(type, Object.hasOwn(config.types, type) ? config.types[type] : undefined);
  if (values['new-type'] !== true) assertKnownType(type, config, '--new-type');

  const store = ctx.openStore(config, signer);
  await requireStartedTrail(store, flow.name, trail);
  const counted = await (await openTrusted(config, store)).countedTrail(flow.name, trail);
  const artifacts = new Set(counted.map((c) => c.fact).filter((f): f is ArtifactFact => f.kind === 'artifact').map((f) => f.artifact));
  const artifact = pickArtifact(verified.statement.subjects.map((s) => s.artifact), artifacts, wanted, `trail ${trail} of flow ${flow.name}`);
  if (!flow.require.includes(type)) ctx.note(`flow ${flow.name} does not require ${type}: it is recorded but does not count for compliance.`);

  const fact = makeFact({
    kind: 'attestation',
    flow: flow.name,
    trail,
    type,
    status: statusFromPredicate(predicateType, predicate),
    evidence: [{ ...ref, format: verified.format, summary: statementEvidence(verified) }],
    actor: ctx.actor(),
    ts: ctx.now().toISOString(),
    artifact,
    ...(details !== undefined ? { details } : {}),
    ...(evidenceUrl !== undefined ? { evidenceUrl } : {}),
    ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
  });
  const result = await recordFacts(store, [fact], blobs);
  const stored = await storedFact(store, fact, result);
  ctx.emit('cli/attest', stored, () => recordedText(stored, result));
  return EXIT_OK;
}

/**
 * The artifact the attestation is about: a subject of the statement that the trail recorded (and
 * that counts). --artifact chooses when several do; none is refused, as it would vouch for nothing here.
 */
function pickArtifact(subjects: readonly string[], artifacts: ReadonlySet<string>, wanted: string | undefined, where: string): string {
  const matched = [...new Set(subjects.filter((s) => artifacts.has(s)))];
  if (wanted !== undefined) {
    if (!subjects.includes(wanted)) throw badInput(`--artifact ${wanted} is not a subject of the statement (it names ${subjects.join(', ')}): give one of those.`);
    if (!artifacts.has(wanted)) throw badInput(`--artifact ${wanted} is not an artifact of ${where}: record it first with factstore artifacts create.`);
    return wanted;
  }
  const [only, ...more] = matched;
  if (only === undefined) {
    throw badInput(
      `no subject of the statement (${subjects.slice(0, 5).join(', ')}${subjects.length > 5 ? ', …' : ''}) is an artifact of ${where}: ` +
        'record the artifact first (factstore artifacts create --sha256 D), or attest on the trail that built it.',
    );
  }
  if (more.length > 0) throw badInput(`the statement names ${matched.length} artifacts of ${where} (${matched.join(', ')}): record it once per artifact, with --artifact D.`);
  return only;
}

/** The trusted root bundles are checked against: the config's (read where the config is), else the pinned public-good one. */
async function trustedRoot(ctx: CliContext, config: FactstoreConfig): Promise<unknown> {
  const file = config.intoto?.sigstore.trustedRoot;
  if (file === undefined) return defaultTrustedRoot();
  const text = await ctx.fileOfTrustRoot(file, 'the Sigstore trusted root');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new FactstoreError('CONFIG', `the Sigstore trusted root ${file} is not JSON (${e instanceof Error ? e.message : String(e)}): give trusted_root.json as Sigstore publishes it.`);
  }
}
