import { badInput } from '../../core/errors.js';
import { makeFact } from '../../core/model/fact-id.js';
import type { TrailFact } from '../../core/model/fact.js';
import { checkName } from '../../core/model/names.js';
import { optionalString, requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { findGit } from '../context/find-git.js';
import { headCommit } from '../context/head-commit.js';
import { resolveCommit } from '../context/resolve-commit.js';
import { EXIT_OK } from '../exit-codes.js';
import { recordFacts } from '../facts/record.js';
import { recordedText } from '../output/describe-fact.js';

export const trailsBegin: Command = {
  path: ['trails', 'begin'],
  summary: 'start a trail of a flow for a git commit',
  usage: 'trails begin --flow F [--trail T] [--commit SHA] [--git-branch B] [--author A] [--description D]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow (from the config)' },
    { name: 'trail', type: 'string', value: 'T', description: 'the trail name (default: the commit)' },
    { name: 'commit', type: 'string', value: 'SHA', description: 'the git commit: 40 hex, a unique prefix or a revision such as HEAD (default: HEAD of the --store repository)' },
    { name: 'git-branch', type: 'string', value: 'B', description: 'the git branch of the commit (used by branch-limited flows)' },
    { name: 'author', type: 'string', value: 'A', description: 'the author of the change' },
    { name: 'description', type: 'string', value: 'D', description: 'what the trail is about' },
  ],
  details: `Beginning a trail that already exists for the same commit changes nothing (safe to re-run);
for another commit it is refused: choose another --trail.`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const givenCommit = optionalString(values, 'commit');
    const givenTrail = optionalString(values, 'trail');
    if (givenTrail !== undefined) checkName('trail', givenTrail);
    const signer = await ctx.writer(config);
    const store = ctx.openStore(config, signer);
    const commit = givenCommit !== undefined ? await resolveCommit(store.gitdir, givenCommit, findGit(ctx.io.env)) : await headCommit(store.gitdir);
    const trail = checkName('trail', givenTrail ?? commit);

    const existing = (await store.readTrail(flow.name, trail)).find((f): f is TrailFact => f.kind === 'trail');
    if (existing !== undefined) {
      if (existing.commit !== commit) {
        throw badInput(`trail ${trail} of flow ${flow.name} was already started for commit ${existing.commit ?? '(none)'}: choose another --trail for commit ${commit}.`);
      }
      ctx.note(`trail ${trail} of flow ${flow.name} was already started for this commit; nothing written.`);
      ctx.emit('cli/trails-begin', existing, () => recordedText(existing, undefined));
      return EXIT_OK;
    }

    const gitBranch = optionalString(values, 'git-branch');
    const author = optionalString(values, 'author');
    const description = optionalString(values, 'description');
    const fact = makeFact({
      kind: 'trail',
      flow: flow.name,
      trail,
      commit,
      actor: ctx.actor(),
      ts: ctx.now().toISOString(),
      ...(gitBranch !== undefined ? { gitBranch } : {}),
      ...(author !== undefined ? { author } : {}),
      ...(description !== undefined ? { description } : {}),
    });
    const result = await recordFacts(store, [fact]);
    ctx.emit('cli/trails-begin', fact, () => recordedText(fact, result));
    return EXIT_OK;
  },
};
