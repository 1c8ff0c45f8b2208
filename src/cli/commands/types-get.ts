import { FactstoreError } from '../../core/errors.js';
import { checkName } from '../../core/model/names.js';
import { describeTypes } from '../../core/types/describe-types.js';
import type { Command } from '../command.js';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes.js';

export const typesGet: Command = {
  path: ['types', 'get'],
  summary: 'show one attestation type: how its evidence is checked and judged, and any problem with it',
  usage: 'types get NAME',
  options: [],
  positionals: ['NAME'],
  details: `The summary line names the fields the type's format counts from a report (schemas/evidence-summary.schema.json):
the type's schema and jq see those, not the report's own fields. Exit 0 when the definition is sound, 2 when its
schema or jq has a problem (listed), such as reading a field its format's summary never has.`,
  async run(ctx, { positionals }) {
    const config = await ctx.requireConfig();
    const name = checkName('attestation type', positionals[0] ?? '');
    const all = describeTypes(config, () => ctx.jq());
    const type = all.find((t) => t.name === name);
    if (type === undefined) {
      const known = all.map((t) => t.name);
      throw new FactstoreError('NOT_FOUND', `type ${name} is neither in types: nor required by a flow; known types: ${known.join(', ') || 'none'}.`);
    }
    ctx.emit('cli/types-get', type, () =>
      [
        `${type.name}${type.description !== undefined ? `: ${type.description}` : ''}${type.archived ? ' (ARCHIVED: takes no new attestations)' : ''}`,
        `  format:      ${type.format ?? (type.defined ? 'any (detected from the evidence)' : 'not in types: (detected; status from the format rule)')}`,
        ...(type.summaryFields !== undefined ? [`  summary:     ${type.summaryFields.join(', ')} (what a ${type.format ?? ''} report yields; the schema and jq see only these)`] : []),
        `  schema:      ${type.schema !== undefined ? `${type.schemaDialect ?? '2020-12'} ${JSON.stringify(type.schema)}` : 'none'}`,
        `  jq:          ${type.jq ?? "none (the format's rule decides)"}`,
        `  required by: ${type.requiredBy.join(', ') || 'no flow'}`,
        ...(type.problems.length > 0 ? ['  problems:', ...type.problems.map((p) => `    - ${p}`)] : []),
      ].join('\n'),
    );
    return type.problems.length > 0 ? EXIT_USAGE : EXIT_OK;
  },
};
