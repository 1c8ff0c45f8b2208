import { EVIDENCE_FORMATS } from '../../core/evidence/index.js';
import { checkEvidenceFiles, readEvidenceFiles } from '../../core/evidence/files/evidence-files.js';
import { requestedFormat } from '../../core/evidence/files/parse-evidence-file.js';
import { makeFact } from '../../core/model/fact-id.js';
import { assertTypeAcceptsAttestations } from '../../core/types/accepts-attestations.js';
import { assertKnownType } from '../../core/types/known-type.js';
import { decideStatus, parseOverrideReason, parseStatus } from '../../core/types/decide-status.js';
import { checkName, normalizeDigest } from '../../core/model/names.js';
import { evidenceUrlOption } from '../args/evidence-url.js';
import { optionalString, requiredString, stringList } from '../args/values.js';
import type { Command } from '../command.js';
import { attestStatement } from '../intoto/attest-statement.js';
import { EXIT_OK } from '../exit-codes.js';
import { recordFacts, requireStartedTrail, storedFact } from '../facts/record.js';
import { recordedText } from '../output/describe-fact.js';

export const attest: Command = {
  path: ['attest'],
  summary: 'record an attestation (a check result with its evidence) on a trail',
  usage:
    'attest --flow F [--trail T] --type TYPE [--status S [--override-reason TEXT]] [--evidence FILE]… [--format FMT] [--artifact D] [--details TEXT] [--evidence-url URL] [--idempotency-key K] [--new-type]\n' +
    '       attest --flow F [--trail T] --intoto FILE [--type TYPE] [--artifact D] [--details TEXT] [--evidence-url URL] [--idempotency-key K] [--new-type]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow' },
    { name: 'trail', type: 'string', value: 'T', description: "the trail (started with trails begin; default: the trail of HEAD's commit, as trails begin names it)" },
    { name: 'type', type: 'string', value: 'TYPE', description: "the attestation type, e.g. unit-tests (with --intoto: default from the statement's predicate type)" },
    { name: 'intoto', type: 'string', value: 'FILE', description: 'a statement another tool signed (DSSE envelope or Sigstore bundle): verified against the config, then recorded with the file as evidence' },
    { name: 'status', type: 'string', value: 'S', description: 'PASSED, FAILED or PENDING (default: computed from the evidence reports)' },
    { name: 'override-reason', type: 'string', value: 'TEXT', description: 'why --status stands against the evidence it contradicts (recorded and shown with the attestation)' },
    { name: 'evidence', type: 'string', multiple: true, value: 'FILE', description: 'an evidence file, stored by content (repeatable)' },
    { name: 'format', type: 'string', value: 'FMT', description: `the evidence format: ${EVIDENCE_FORMATS.join(', ')} or raw (default: the type's format, else detected)` },
    { name: 'artifact', type: 'string', value: 'D', description: 'the artifact digest it is about (default: every artifact of the trail)' },
    { name: 'details', type: 'string', value: 'TEXT', description: 'a note for the reader' },
    { name: 'evidence-url', type: 'string', value: 'URL', description: 'a link to the run or report' },
    { name: 'idempotency-key', type: 'string', value: 'K', description: 'the same key on a re-run records nothing new' },
    { name: 'new-type', type: 'boolean', description: 'record a type the config does not know yet (no flow requires it, it is not under types:)' },
  ],
  details: `Evidence files are stored as their raw bytes with their sha256, size and name (the file's base name);
files over evidence.max_bytes of the config are refused before they are read.
Evidence must be a regular file, named by its own path: a symbolic link (even to a report), a path
through a linked directory, a directory, a device, a named pipe, a socket, or anything under /proc,
/sys or /dev is refused; each file is opened without following links and checked on the open file.
A file that holds the signing key (a line of its private key text, its seed in hex or base64, as an
environment dump would) is refused too: stored evidence is readable by everyone who reads the facts
branch. Nothing is recorded then (exit 2); give the report file itself.
Each file is parsed in the format of --format, else of the type's "format" in the config, else the format
detected from its content; its summary (e.g. test or finding counts) is recorded with it. A file in no known
format (a PDF, a log) is stored raw when no format was asked for; a report that does not parse in the asked
format is refused. --format raw parses nothing.
When the type has a JSON Schema, each report's summary (the document itself for json) must satisfy it,
or nothing is recorded. Without --status, the status is computed: the type's jq over each report (true
PASSED, false FAILED), else the format's rule (test failures or errors, SARIF errors, critical or high
vulnerabilities fail); FAILED if any file fails. With no parsed report, --status is required.
A --status that differs from what the parsed reports say (PASSED against FAILED, or PENDING against
either) is refused unless --override-reason says why it stands; the reason and the evidence's verdict
are then recorded with the attestation and shown wherever it is (trails get, log, the breakdown, the
trail document policies see). --override-reason where nothing is contradicted is refused.
Archived types take no new attestations.

--intoto FILE records an in-toto Statement another tool made, after verifying it offline: a DSSE
envelope must be signed by a key of intoto.keys; a Sigstore bundle (what GitHub's actions/attest and
slsa-github-generator write) must verify against the Sigstore trusted root (the public-good one shipped
with factstore, or intoto.sigstore.trusted_root) with a certificate whose identity (SAN: the workflow ref,
and OIDC issuer) is listed under intoto.sigstore.identities. The type comes from the predicate type
(intoto.predicate_types, else SLSA provenance: provenance, test-result: unit-tests, CycloneDX and SPDX:
sbom, Factstore's own: its type) unless --type is given; the status from the predicate where it has a
verdict (test-result: PASSED, FAILED, WARNED as PENDING), else PASSED. The attestation is about the
statement's subject that is an artifact of the trail (--artifact chooses when several are). The file is
stored as evidence (format intoto or sigstore-bundle) with the predicate type, the subjects and the
verified signer. A file that does not verify or whose signer is not listed exits 3; a subject that is not
the trail's, an unknown predicate type without --type, or a malformed file exits 2; nothing is written.

Example: factstore attest --flow payment-service --trail build-7 --type unit-tests --evidence junit.xml \\
  --status PASSED --override-reason "test_rounding fails on the runner clock only: PAY-1422"
Example: factstore attest --flow payment-service --trail build-7 --intoto app.whl.sigstore.json`,
  async run(ctx, { values }) {
    if (values.intoto !== undefined) return attestStatement(ctx, values, this);
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const trail = await ctx.trailName(config, optionalString(values, 'trail'));
    const type = checkName('attestation type', requiredString(values, 'type', this));
    const format = requestedFormat(optionalString(values, 'format'), config.types[type]);
    const givenStatus = parseStatus(optionalString(values, 'status'));
    const overrideReason = parseOverrideReason(optionalString(values, 'override-reason'));
    const typeConfig = Object.hasOwn(config.types, type) ? config.types[type] : undefined;
    assertTypeAcceptsAttestations(type, typeConfig);
    const givenArtifact = optionalString(values, 'artifact');
    const artifact = givenArtifact === undefined ? undefined : normalizeDigest(givenArtifact);
    const details = optionalString(values, 'details');
    const evidenceUrl = evidenceUrlOption(values);
    const idempotencyKey = optionalString(values, 'idempotency-key');
    const files = stringList(values, 'evidence').map((f) => ctx.resolve(f));
    const place = { base: ctx.io.cwd, baseName: 'the current directory', confined: false };
    await checkEvidenceFiles(files, { maxBytes: config.evidenceMaxBytes, place });
    if (values['new-type'] !== true) assertKnownType(type, config, '--new-type');
    const { signer, markers } = await ctx.signingKey(config);
    const store = ctx.openStore(config, signer);
    await requireStartedTrail(store, flow.name, trail);
    const formatOfType = optionalString(values, 'format') === undefined && format !== undefined ? type : undefined;
    const { refs, blobs, parsed } = await readEvidenceFiles(files, { format, maxBytes: config.evidenceMaxBytes, place, secretMarkers: markers, ...(formatOfType !== undefined ? { formatOfType } : {}) });
    const { status, override } = decideStatus({ given: givenStatus, overrideReason, type, typeConfig, refs, parsed, jq: () => ctx.jq() });
    if (!flow.require.includes(type)) ctx.note(`flow ${flow.name} does not require ${type}: it is recorded but does not count for compliance.`);

    const fact = makeFact({
      kind: 'attestation',
      flow: flow.name,
      trail,
      type,
      status,
      evidence: refs,
      actor: ctx.actor(),
      ts: ctx.now().toISOString(),
      ...(artifact !== undefined ? { artifact } : {}),
      ...(override !== undefined ? { override } : {}),
      ...(details !== undefined ? { details } : {}),
      ...(evidenceUrl !== undefined ? { evidenceUrl } : {}),
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
    });
    const result = await recordFacts(store, [fact], blobs);
    const stored = await storedFact(store, fact, result);
    ctx.emit('cli/attest', stored, () => recordedText(stored, result));
    return EXIT_OK;
  },
};
