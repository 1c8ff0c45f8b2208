import type { OptionSpec } from './args/option-spec.js';
import type { CliContext } from './context/context.js';

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandArgs {
  values: OptionValues;
  /** positionals after the command words */
  positionals: string[];
}

/** One `factstore` command: its words, its flags, its help and what it does. */
export interface Command {
  /** the command words, e.g. ['trails', 'begin'] */
  path: readonly string[];
  summary: string;
  /** the synopsis after `factstore `, e.g. `trails begin --flow F [--trail T]` */
  usage: string;
  options: readonly OptionSpec[];
  /** names of positional arguments, all required (e.g. ['NAME'] for `flows get NAME`) */
  positionals?: readonly string[];
  /** longer explanation shown by --help after the options */
  details?: string;
  /** returns the exit code */
  run(ctx: CliContext, args: CommandArgs): Promise<number>;
}
