import { badInput } from '../../core/errors.js';
import { DIRECTORY_RULE, fingerprintPath } from '../../core/evidence/files/fingerprint.js';
import { makeFact } from '../../core/model/fact-id.js';
import { normalizeDigest } from '../../core/model/names.js';
import { optionalString, requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { recordFacts, requireStartedTrail, storedFact } from '../facts/record.js';
import { recordedText } from '../output/describe-fact.js';

export const artifactsCreate: Command = {
  path: ['artifacts', 'create'],
  summary: 'record an artifact (image digest, file or directory) built on a trail',
  usage: 'artifacts create --flow F [--trail T] --name N (--sha256 D | --file PATH) [--tag X] [--registry R]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow' },
    { name: 'trail', type: 'string', value: 'T', description: "the trail (started with trails begin; default: the trail of HEAD's commit, as trails begin names it)" },
    { name: 'name', type: 'string', value: 'N', description: 'the artifact name, e.g. the image repository' },
    { name: 'sha256', type: 'string', value: 'D', description: 'the digest, sha256:<64 hex> (bare or uppercase hex is accepted)' },
    { name: 'file', type: 'string', value: 'PATH', description: 'fingerprint this file or directory instead of giving --sha256' },
    { name: 'tag', type: 'string', value: 'X', description: 'a tag or version, e.g. 1.4.2' },
    { name: 'registry', type: 'string', value: 'R', description: 'where it is published, e.g. ghcr.io/acme' },
  ],
  details: `Fingerprints (--file):\n${DIRECTORY_RULE}`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const trail = await ctx.trailName(config, optionalString(values, 'trail'));
    const name = requiredString(values, 'name', this);
    const given = optionalString(values, 'sha256');
    const file = optionalString(values, 'file');
    if ((given === undefined) === (file === undefined)) {
      throw badInput('artifacts create needs exactly one of --sha256 D or --file PATH: see factstore artifacts create --help.');
    }
    const artifact = given !== undefined ? normalizeDigest(given) : (await fingerprintPath(ctx.resolve(file ?? ''))).digest;
    const signer = await ctx.writer(config);
    const store = ctx.openStore(config, signer);
    await requireStartedTrail(store, flow.name, trail);
    const tag = optionalString(values, 'tag');
    const registry = optionalString(values, 'registry');
    const fact = makeFact({
      kind: 'artifact',
      flow: flow.name,
      trail,
      artifact,
      name,
      actor: ctx.actor(),
      ts: ctx.now().toISOString(),
      ...(tag !== undefined ? { tag } : {}),
      ...(registry !== undefined ? { registry } : {}),
    });
    const result = await recordFacts(store, [fact]);
    const stored = await storedFact(store, fact, result);
    ctx.emit('cli/artifacts-create', stored, () => recordedText(stored, result));
    return EXIT_OK;
  },
};
