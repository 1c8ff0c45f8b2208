import { assertArtifact } from '../../core/evaluate/index.js';
import { breakdownFromAssert } from '../../core/report/breakdown/index.js';
import { normalizeDigest } from '../../core/model/names.js';
import { requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { MARKDOWN_OPTION, printMarkdown, wantsMarkdown } from '../output/markdown.js';
import { renderAssert } from '../output/render-evaluation.js';

export const assert: Command = {
  path: ['assert'],
  summary: 'is this artifact compliant with the flow? exit 0 COMPLIANT, 1 NON_COMPLIANT',
  usage: 'assert --flow F --sha256 D [--markdown]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow' },
    { name: 'sha256', type: 'string', value: 'D', description: 'the artifact digest, sha256:<64 hex>' },
    MARKDOWN_OPTION,
  ],
  details: `Every trail of the flow that recorded the digest is considered: COMPLIANT if any is, otherwise the
breakdown of the best one. An unknown digest is NON_COMPLIANT.`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const digest = normalizeDigest(requiredString(values, 'sha256', this));
    const markdown = wantsMarkdown(ctx, values);
    const result = await assertArtifact({ store: ctx.openStore(config), flow, digest, policies: config.policies, policyEvaluator: ctx.policyEvaluator() });
    if (markdown) printMarkdown(ctx, breakdownFromAssert(result, flow, { now: ctx.now(), types: config.types }));
    else ctx.emit('cli/assert', result, () => renderAssert(result));
    return result.status === 'COMPLIANT' ? EXIT_OK : EXIT_NOT_OK;
  },
};
