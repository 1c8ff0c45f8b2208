import type { ArtifactFact, TrailFact } from '../../core/model/fact.js';
import { normalizeDigest } from '../../core/model/names.js';
import { requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { table } from '../output/table.js';

export const artifactsFind: Command = {
  path: ['artifacts', 'find'],
  summary: 'list every trail that recorded an artifact digest',
  usage: 'artifacts find --sha256 D',
  options: [{ name: 'sha256', type: 'string', value: 'D', description: 'the digest, sha256:<64 hex>' }],
  details: 'An unknown digest is not an error: the list is empty (exit 0).',
  async run(ctx, { values }) {
    const digest = normalizeDigest(requiredString(values, 'sha256', this));
    const store = ctx.openStore(await ctx.configIfPresent());
    const refs = await store.trailsForArtifact(digest);
    const trails = await Promise.all(
      refs.map(async ({ flow, trail }) => {
        const facts = await store.readTrail(flow, trail);
        const start = facts.find((f): f is TrailFact => f.kind === 'trail');
        const artifacts = facts
          .filter((f): f is ArtifactFact => f.kind === 'artifact' && f.artifact === digest)
          .map((f) => ({ name: f.name, tag: f.tag, registry: f.registry, actor: f.actor, ts: f.ts }));
        return { flow, trail, commit: start?.commit, artifacts };
      }),
    );
    ctx.emit('cli/artifacts-find', { sha256Digest: digest, trails }, () =>
      trails.length === 0
        ? `No trail recorded ${digest}.`
        : [
            `${digest} was recorded by ${trails.length} trail(s):`,
            table(
              trails.flatMap((t) =>
                t.artifacts.map((a) => [t.flow, t.trail, `${a.name}${a.tag !== undefined ? `:${a.tag}` : ''}`, a.ts]),
              ),
              '  ',
            ),
          ].join('\n'),
    );
    return EXIT_OK;
  },
};
