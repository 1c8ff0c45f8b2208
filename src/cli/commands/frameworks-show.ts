import { getFramework, type Framework, type FrameworkControl } from '../../core/frameworks/index.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { table } from '../output/table.js';

export const frameworksShow: Command = {
  path: ['frameworks', 'show'],
  summary: 'show a framework template: its source, each control and the evidence it needs',
  usage: 'frameworks show NAME',
  options: [],
  positionals: ['NAME'],
  details: `Control IDs are the published catalogue's; titles are factstore's own words. --json prints the template
as shipped (schemas/framework.schema.json).`,
  run(ctx, { positionals }) {
    const framework = getFramework(positionals[0] ?? '');
    ctx.emit('cli/frameworks-show', framework, () => human(framework));
    return Promise.resolve(EXIT_OK);
  },
};

function human(f: Framework): string {
  const types = Object.entries(f.types).map(([name, t]) => [
    name,
    [`format ${t.format ?? 'any'}`, ...(t.jq !== undefined ? [`jq ${t.jq}`] : []), ...(t.schema !== undefined ? ['schema'] : [])].join(', '),
  ]);
  const policies = Object.entries(f.policies ?? {}).map(([name, p]) => [name, `jq ${p.jq}`]);
  return [
    `${f.name}: ${f.title}`,
    `  source: ${f.source.publisher}, ${f.source.document}, ${f.source.version}`,
    `  ${f.source.url}`,
    ...(f.description !== undefined ? ['', f.description] : []),
    '',
    'Controls:',
    table(f.controls.map((c) => [c.id, c.title, evidence(c)]), '  '),
    '',
    'Attestation types:',
    table(types, '  '),
    ...(policies.length > 0 ? ['', 'Policies:', table(policies, '  ')] : []),
  ].join('\n');
}

function evidence(c: FrameworkControl): string {
  const parts: string[] = [];
  if (c.types !== undefined) parts.push(c.types.join(', '));
  if (c.approval !== undefined) {
    const min = c.approval.min ?? 1;
    parts.push(`${min} approval${min === 1 ? '' : 's'}${(c.approval.forbid_self ?? true) ? ', not by the author' : ''}`);
  }
  if (c.policies !== undefined) parts.push(`policies ${c.policies.join(', ')}`);
  return parts.join('; ');
}
