import { GLOBAL_OPTIONS } from './args/global-options.js';
import { optionLabel, type OptionSpec } from './args/option-spec.js';
import type { Command } from './command.js';
import { table } from './output/table.js';

const EXIT_CODES = `Exit codes:
  0  done / compliant / gate allowed
  1  non-compliant / gate blocked
  2  bad input or usage: nothing was written
  3  integrity failure (verify; evidence get on a stored file whose hash no longer matches)`;

/** `factstore --help`, `factstore trails --help` or `factstore trails begin --help`. */
export function helpText(words: readonly string[], commands: readonly Command[]): string {
  const command = commands.find((c) => c.path.join(' ') === words.join(' '));
  if (command !== undefined) return commandHelp(command);
  const group = commands.filter((c) => words.every((w, i) => c.path[i] === w));
  return overview(group.length > 0 ? group : commands, words);
}

function overview(commands: readonly Command[], words: readonly string[]): string {
  const rows = commands.map((c) => [c.path.join(' '), c.summary]);
  const heading = words.length === 0 ? 'factstore: a compliance fact store in git (signed NDJSON facts on a facts branch)' : `factstore ${words.join(' ')}`;
  return `${heading}

Usage: factstore [--store DIR] [--branch NAME] [--config-ref REF | --config FILE] [--key PATH] [--actor NAME] [--json] <command>

Commands:
${table(rows, '  ')}

Global options (before or after the command):
${optionRows(GLOBAL_OPTIONS)}

${EXIT_CODES}

Run factstore <command> --help for a command's options.
`;
}

function commandHelp(command: Command): string {
  const options = command.options.length > 0 ? `Options:\n${optionRows(command.options)}\n\n` : '';
  const details = command.details !== undefined ? `${command.details.trim()}\n\n` : '';
  return `Usage: factstore ${command.usage}

${command.summary}

${options}${details}Global options:
${optionRows(GLOBAL_OPTIONS)}

${EXIT_CODES}
`;
}

function optionRows(options: readonly OptionSpec[]): string {
  return table(options.map((o) => [optionLabel(o), o.description]), '  ');
}
