import { FactstoreError } from '../../core/errors.js';
import { evaluateTrail } from '../../core/evaluate/index.js';
import { checkName } from '../../core/model/names.js';
import { buildBreakdown } from '../../core/report/breakdown/index.js';
import { requiredString } from '../args/values.js';
import type { Command } from '../command.js';
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
    const facts = await ctx.openStore(config).readTrail(flow.name, trail);
    if (facts.length === 0) {
      throw new FactstoreError('NOT_FOUND', `flow ${flow.name} has no trail ${trail}: list them with factstore trails list --flow ${flow.name}.`);
    }
    const evaluation = evaluateTrail({ flow, trail, facts, policies: config.policies, policyEvaluator: ctx.policyEvaluator() });
    if (markdown) {
      printMarkdown(ctx, buildBreakdown({ flows: [{ flow, evaluation, details: evaluation.details }], now: ctx.now(), types: config.types }));
      return EXIT_OK;
    }
    ctx.emit('cli/trails-get', { flow: flow.name, trail, facts, evaluation }, () =>
      [renderEvaluation(evaluation), '', 'Facts (oldest first):', ...facts.map((f) => `  ${f.ts}  ${f.actor}  ${factLine(f)}`)].join('\n'),
    );
    return EXIT_OK;
  },
};
