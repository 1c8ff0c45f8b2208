import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { flowDocument, flowSummary } from '../output/render-flow.js';
import { table } from '../output/table.js';

export const flowsGet: Command = {
  path: ['flows', 'get'],
  summary: 'show one flow: required types (and how each is judged), approval, policies, branches',
  usage: 'flows get NAME',
  options: [],
  positionals: ['NAME'],
  async run(ctx, { positionals }) {
    const config = await ctx.requireConfig();
    const flow = ctx.flow(config, positionals[0] ?? '');
    const types = flow.require.map((name) => {
      const t = Object.hasOwn(config.types, name) ? config.types[name] : undefined;
      return { name, defined: t !== undefined, format: t?.format, jq: t?.jq, description: t?.description };
    });
    ctx.emit('cli/flows-get', { ...flowDocument(flow), types }, () =>
      [
        `${flow.name}${flow.description !== undefined ? `: ${flow.description}` : ''}`,
        `  ${flowSummary(flow)}`,
        '',
        'Required attestation types:',
        table(
          types.map((t) => [t.name, t.defined ? `format ${t.format ?? 'any'}${t.jq !== undefined ? `, jq ${t.jq}` : ''}` : 'not in `types:` (any evidence; status from its format\'s rule)']),
          '  ',
        ),
      ].join('\n'),
    );
    return EXIT_OK;
  },
};
