import { makeFact } from '../../core/model/fact-id.js';
import { checkName } from '../../core/model/names.js';
import { flag, optionalString, requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { recordFacts, requireStartedTrail } from '../facts/record.js';
import { recordedText } from '../output/describe-fact.js';

export const approve: Command = {
  path: ['approve'],
  summary: 'record an approval (or, with --reject, a rejection) of a trail by the actor',
  usage: 'approve --flow F --trail T [--reject] [--comment TEXT]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow' },
    { name: 'trail', type: 'string', value: 'T', description: 'the trail' },
    { name: 'reject', type: 'boolean', description: 'record a rejection instead of an approval' },
    { name: 'comment', type: 'string', value: 'TEXT', description: 'why' },
  ],
  details: `The approver is the actor (--actor, FACTSTORE_ACTOR, GITHUB_ACTOR or your user name); only actors
listed under approval.approvers of the flow count. Each approver's newest decision counts.`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const trail = checkName('trail', requiredString(values, 'trail', this));
    const signer = await ctx.signer();
    const store = ctx.openStore(config, signer);
    await requireStartedTrail(store, flow.name, trail);
    const actor = ctx.actor();
    const approvers = flow.approval?.approvers ?? [];
    const listed = approvers.some((a) => a.toLowerCase() === actor.toLowerCase());
    if (!listed && !approvers.some((a) => a.startsWith('@'))) {
      ctx.note(`${actor} is not an approver of flow ${flow.name} (approval.approvers: ${approvers.join(', ') || 'none'}): recorded, but it will not count.`);
    }
    const comment = optionalString(values, 'comment');
    const fact = makeFact({
      kind: 'approval',
      flow: flow.name,
      trail,
      decision: flag(values, 'reject') ? 'REJECTED' : 'APPROVED',
      actor,
      ts: ctx.now().toISOString(),
      ...(comment !== undefined ? { comment } : {}),
    });
    const result = await recordFacts(store, [fact]);
    ctx.emit('cli/approve', fact, () => recordedText(fact, result.commit));
    return EXIT_OK;
  },
};
