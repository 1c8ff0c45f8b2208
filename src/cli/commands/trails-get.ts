import { FactstoreError } from '../../core/errors.js';
import { checkName } from '../../core/model/names.js';
import { buildBreakdown } from '../../core/report/breakdown/index.js';
import { trailView } from '../../core/report/trail-view.js';
import { requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { trustOption, withTrust } from '../output/render-trust.js';
import { EXIT_OK } from '../exit-codes.js';
import { factLine } from '../output/describe-fact.js';
import { MARKDOWN_OPTION, printMarkdown, wantsMarkdown } from '../output/markdown.js';
import { renderEvaluation } from '../output/render-evaluation.js';

export const trailsGet: Command = {
  path: ['trails', 'get'],
  summary: 'show a trail: every fact and its evaluation',
  usage: 'trails get --flow F --trail T [--markdown]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the flow' },
    { name: 'trail', type: 'string', value: 'T', description: 'the trail' },
    MARKDOWN_OPTION,
  ],
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, requiredString(values, 'flow', this));
    const trail = checkName('trail', requiredString(values, 'trail', this));
    const markdown = wantsMarkdown(ctx, values);
    const trusted = await openTrusted(config, ctx.openStore(config));
    const counted = await trusted.countedTrail(flow.name, trail);
    const trust = await trusted.report();
    if (counted.length === 0) {
      const ignored = trust.ignored.length > 0 ? ` (${trust.ignored.length} fact line(s) there do not count: ${trust.ignored[0]?.detail ?? ''})` : '';
      throw new FactstoreError('NOT_FOUND', `flow ${flow.name} has no trail ${trail}${ignored}: list them with factstore trails list --flow ${flow.name}.`);
    }
    const view = trailView({ flow, trail, counted, trust, config, policyEvaluator: ctx.policyEvaluator() });
    const { evaluation } = view;
    if (markdown) {
      printMarkdown(ctx, buildBreakdown({ flows: [{ flow, evaluation, details: evaluation.details }], now: ctx.now(), types: config.types, ...trustOption(trust) }));
      return EXIT_OK;
    }
    ctx.emit('cli/trails-get', view, () =>
      withTrust(
        [renderEvaluation(evaluation), '', 'Facts (oldest first), with the facts commit that added each and its signer:', ...counted.map((c) => `  ${c.fact.ts}  ${c.fact.actor}  ${factLine(c.fact)}  [${c.commit.slice(0, 7)} ${c.signer}]`)].join('\n'),
        trust,
      ),
    );
    return EXIT_OK;
  },
};
