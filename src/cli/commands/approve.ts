import { authorizeApprover } from '../../core/approvals/authorize-approver.js';
import { badInput } from '../../core/errors.js';
import { makeFact } from '../../core/model/fact-id.js';
import { writerAuthorityProblem } from '../../core/trust/authority.js';
import { flag, optionalString, requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { recordFacts, requireStartedTrail } from '../facts/record.js';
import { recordedText } from '../output/describe-fact.js';

export const approve: Command = {
  path: ['approve'],
  summary: 'record an approval (or, with --reject, a rejection) of a trail by the actor',
  usage: 'approve --flow F [--trail T] [--reject] [--comment TEXT]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow' },
    { name: 'trail', type: 'string', value: 'T', description: "the trail (default: the trail of HEAD's commit, as trails begin names it)" },
    { name: 'reject', type: 'boolean', description: 'record a rejection instead of an approval' },
    { name: 'comment', type: 'string', value: 'TEXT', description: 'why (required with --reject)' },
  ],
  details: `The approver is the actor (--actor, FACTSTORE_ACTOR, GITHUB_ACTOR or your user name). Only logins listed
under approval.approvers of the flow may record a decision: anyone else is refused and nothing is written.
Team entries (@org/team) need a membership check, which the GitHub App makes; offline, list the user by name.
Each approver's newest decision counts, so an approval after a rejection lifts it. A rejection needs --comment.
An approval counts only when signed with the approver's own key (a trust.signers entry with actors: [login])
or by the App: a key without that authority is refused. With approval.forbid_self (the default) the change's
author's own approval does not count.`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const trail = await ctx.trailName(config, optionalString(values, 'trail'));
    const actor = ctx.actor();
    const { team } = await authorizeApprover(flow, actor);
    const reject = flag(values, 'reject');
    const comment = optionalString(values, 'comment');
    if (reject && comment === undefined) {
      throw badInput('a rejection needs --comment saying why, so the trail\'s owner knows what to fix.');
    }
    const signer = await ctx.writer(config);
    const store = ctx.openStore(config, signer);
    await requireStartedTrail(store, flow.name, trail);
    const fact = makeFact({
      kind: 'approval',
      flow: flow.name,
      trail,
      decision: reject ? 'REJECTED' : 'APPROVED',
      actor,
      ...(team !== undefined ? { team } : {}),
      ts: ctx.now().toISOString(),
      ...(comment !== undefined ? { comment } : {}),
    });
    // an approval signed by a key without authority for this actor would never count: refuse it now
    const problem = writerAuthorityProblem(config.trust.signers, signer.publicKey, fact);
    if (problem !== undefined) {
      throw badInput(`${problem}. Nothing was recorded: sign with ${actor}'s own key (--key or FACTSTORE_SIGNING_KEY), listed under trust.signers with actors: [${actor}], or approve through the App.`);
    }
    const result = await recordFacts(store, [fact]);
    ctx.emit('cli/approve', fact, () => recordedText(fact, result));
    return EXIT_OK;
  },
};
