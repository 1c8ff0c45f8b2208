import { describeTypes, type TypeDescription } from '../../core/types/describe-types.js';
import type { Command } from '../command.js';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { table } from '../output/table.js';

export const typesList: Command = {
  path: ['types', 'list'],
  summary: 'list the attestation type registry: format, schema, jq, archived, which flows require each',
  usage: 'types list',
  options: [],
  details: `Every type under types: in the config, plus the types flows require that the registry does not define
(those are judged by their evidence format alone). Each definition is checked: its JSON Schema compiled,
its jq compiled, and the fields its jq and schema read checked against the summary its format yields
(schemas/evidence-summary.schema.json): a SARIF type whose jq reads .critical would judge a field no SARIF
summary has. Exit 0 when every definition is sound, 2 when one has a problem.`,
  async run(ctx) {
    const config = await ctx.requireConfig();
    const types = describeTypes(config, () => ctx.jq());
    ctx.emit('cli/types-list', { configFile: ctx.configLabel(), types }, () =>
      types.length === 0 ? `No attestation types in ${ctx.configLabel()}: add them under \`types:\`.` : `${table(types.map(typeRow))}${problemLines(types)}`,
    );
    return types.some((t) => t.problems.length > 0) ? EXIT_USAGE : EXIT_OK;
  },
};

export function typeRow(t: TypeDescription): string[] {
  const rule = [
    t.defined ? `format ${t.format ?? 'any'}` : 'not in types: (format rule only)',
    ...(t.schema !== undefined ? [`schema (${t.schemaDialect ?? '2020-12'})`] : []),
    ...(t.jq !== undefined ? [`jq ${t.jq}`] : []),
  ].join(', ');
  const flags = [...(t.archived ? ['ARCHIVED'] : []), ...(t.problems.length > 0 ? [`${t.problems.length} problem(s)`] : [])];
  return [t.name, rule, t.requiredBy.length > 0 ? `required by ${t.requiredBy.join(', ')}` : 'required by no flow', flags.join(' ')];
}

/** Each problem a row counts, spelled out under the table (a count alone says nothing to fix). */
function problemLines(types: readonly TypeDescription[]): string {
  const lines = types.flatMap((t) => t.problems.map((p) => `  ${t.name}: ${p}`));
  return lines.length === 0 ? '' : `\n\nProblems:\n${lines.join('\n')}`;
}
