import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { flowDocument, flowSummary } from '../output/render-flow.js';
import { table } from '../output/table.js';

export const flowsList: Command = {
  path: ['flows', 'list'],
  summary: 'list the flows of the config with the attestation types each requires',
  usage: 'flows list',
  options: [],
  async run(ctx) {
    const config = await ctx.requireConfig();
    const flows = Object.values(config.flows);
    ctx.emit('cli/flows-list', { configFile: ctx.configLabel(), flows: flows.map(flowDocument) }, () =>
      flows.length === 0
        ? `No flows in ${ctx.configLabel()}: add one under \`flows:\`.`
        : table(flows.map((f) => [f.name, flowSummary(f)])),
    );
    return EXIT_OK;
  },
};
