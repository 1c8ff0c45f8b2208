import { listFrameworks } from '../../core/frameworks/index.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { table } from '../output/table.js';

export const frameworksList: Command = {
  path: ['frameworks', 'list'],
  summary: 'list the compliance framework templates factstore ships (SOC 2, PCI DSS, GDPR, ISO 27001, SOX, SLSA)',
  usage: 'frameworks list',
  options: [],
  details: `Each template maps controls of a published catalogue to the evidence factstore checks: attestation types,
an approval rule, policies. See one with factstore frameworks show NAME; add it to your config as a flow with
factstore frameworks import NAME --flow F. Needs no config and no repository.`,
  run(ctx) {
    const frameworks = listFrameworks().map((f) => ({
      name: f.name,
      title: f.title,
      version: f.version,
      source: f.source,
      controls: f.controls.map((c) => c.id),
      types: Object.keys(f.types),
    }));
    ctx.emit('cli/frameworks-list', { frameworks }, () =>
      table(frameworks.map((f) => [f.name, f.title, `controls ${f.controls.join(', ')}`])),
    );
    return Promise.resolve(EXIT_OK);
  },
};
