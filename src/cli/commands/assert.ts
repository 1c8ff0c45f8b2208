import { assertArtifact } from '../../core/evaluate/index.js';
import { breakdownFromAssert } from '../../core/report/breakdown/index.js';
import { normalizeDigest } from '../../core/model/names.js';
import { requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { MARKDOWN_OPTION, printMarkdown, wantsMarkdown } from '../output/markdown.js';
import { renderAssert } from '../output/render-evaluation.js';
import { trustOption, withTrust } from '../output/render-trust.js';

export const assert: Command = {
  path: ['assert'],
  summary: 'is this artifact compliant with the flow? exit 0 COMPLIANT, 1 NON_COMPLIANT, 3 integrity failure',
  usage: 'assert --flow F --sha256 D [--markdown]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow' },
    { name: 'sha256', type: 'string', value: 'D', description: 'the artifact digest, sha256:<64 hex>' },
    MARKDOWN_OPTION,
  ],
  details: `Every trail of the flow that recorded the digest is considered: COMPLIANT if any is, otherwise the
breakdown of the best one. An unknown digest is NON_COMPLIANT.
Only facts that a key of trust.signers (with authority for them) appended count; the others are left
out and listed. A facts branch that was rewritten, rolled back below the last decision, merged into,
or read through replaced objects fails closed with exit 3.`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const digest = normalizeDigest(requiredString(values, 'sha256', this));
    const markdown = wantsMarkdown(ctx, values);
    const facts = await openTrusted(config, ctx.openStore(config));
    const evaluated = await assertArtifact({ store: facts, flow, digest, policies: config.policies, policyEvaluator: ctx.policyEvaluator() });
    const result = { ...evaluated, trust: await facts.report() };
    await facts.decided();
    if (markdown) printMarkdown(ctx, breakdownFromAssert(result, flow, { now: ctx.now(), types: config.types, ...trustOption(result.trust) }));
    else ctx.emit('cli/assert', result, () => withTrust(renderAssert(result), result.trust));
    return result.status === 'COMPLIANT' ? EXIT_OK : EXIT_NOT_OK;
  },
};
