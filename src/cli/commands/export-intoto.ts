import { envelopeFor } from '../../core/export/intoto/envelopes.js';
import { statementsFor } from '../../core/export/intoto/statements.js';
import { requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';

export const exportIntoto: Command = {
  path: ['export', 'intoto'],
  summary: "a trail's attestations as in-toto Statements v1 in DSSE envelopes signed with the signing key, one per line",
  usage: 'export intoto --flow F --trail T',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow' },
    { name: 'trail', type: 'string', value: 'T', description: 'the trail' },
  ],
  details: `Each attestation that counts becomes a Statement about the trail's artifacts (the one it names, else
all of them) with Factstore's predicate (https://factstore.dev/attestation/v1: the fact, its evidence digests and
summaries, the facts commit and signer); a JUnit report also as in-toto's test-result predicate, a CycloneDX or
SPDX JSON SBOM also under its own predicate type. Each is wrapped in a DSSE envelope (payload type
application/vnd.in-toto+json) signed with the same Ed25519 key as the facts commits; keyid is its SSH
fingerprint. Exit 1 when the trail has no attestation to export (or no artifact to name).`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const trail = requiredString(values, 'trail', this);
    const signer = await ctx.signer();
    const store = ctx.openStore(config);
    const facts = await openTrusted(config, store);
    const counted = await facts.countedTrail(flow.name, trail);
    const documents = new Map<string, unknown>();
    for (const c of counted) {
      if (c.fact.kind !== 'attestation') continue;
      for (const e of c.fact.evidence) {
        if ((e.format !== 'cyclonedx' && e.format !== 'spdx') || documents.has(e.sha256)) continue;
        const bytes = await store.readEvidence(e.sha256, facts.factsCommit === undefined ? {} : { at: facts.factsCommit });
        try {
          documents.set(e.sha256, bytes === undefined ? undefined : (JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown));
        } catch {
          documents.set(e.sha256, undefined); // an XML SBOM: Factstore's predicate still carries its digest
        }
      }
    }
    const trailFacts = counted.map((c) => c.fact);
    const statements = counted.flatMap((c) => statementsFor(c, trailFacts, (sha) => documents.get(sha)));
    const envelopes = [];
    for (const s of statements) envelopes.push(await envelopeFor(s, signer));
    // --json: one document holding them; else one envelope per line, as DSSE tools read a bundle of them
    if (ctx.json) ctx.emit('cli/export-intoto', { envelopes }, () => '');
    else for (const e of envelopes) ctx.io.stdout(`${JSON.stringify(e)}\n`);
    if (statements.length === 0) ctx.note(`trail ${trail} of flow ${flow.name} has no attestation that counts about an artifact: nothing to export.`);
    return statements.length > 0 ? EXIT_OK : EXIT_NOT_OK;
  },
};
