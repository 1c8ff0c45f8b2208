import { parseArgs } from 'node:util';
import { badInput } from '../../core/errors.js';
import type { Command, OptionValues } from '../command.js';
import { didYouMean, suggestion } from '../../core/text/did-you-mean.js';
import { GLOBAL_OPTIONS, globalTakesValue, type GlobalFlags } from './global-options.js';
import { toParseArgsOptions } from './option-spec.js';

export type CommandLine =
  /** `requested`: --help was given; otherwise the line named no complete command */
  | { kind: 'help'; words: string[]; requested: boolean }
  | { kind: 'version' }
  | { kind: 'run'; command: Command; globals: GlobalFlags; values: OptionValues; positionals: string[] };

/**
 * Finds the command words (global flags may come before them), then parses the whole line
 * strictly with the global and the command's own flags together.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly Command[]): CommandLine {
  // the spellings people try first: factstore version, -v, factstore help [command]
  const first = argv[0];
  if (first === 'version' || first === '-v') {
    if (argv.length > 1) throw badInput(`${first} takes nothing after it: run factstore --version.`);
    return { kind: 'version' };
  }
  if (first === 'help') {
    const words = commandWords(argv.slice(1), commands);
    if (words.length > 0 && !commands.some((c) => startsWith(c.path, words))) throw unknownCommand(words, commands);
    return { kind: 'help', words, requested: true };
  }
  const words = commandWords(argv, commands);
  const wantsHelp = argv.some((a, i) => (a === '--help' || a === '-h') && !argv.slice(0, i).includes('--'));
  const command = commands.find((c) => sameWords(c.path, words));
  if (wantsHelp) return { kind: 'help', words, requested: true };
  if (command === undefined) {
    if (argv.includes('--version')) return { kind: 'version' };
    const group = commands.filter((c) => startsWith(c.path, words) && c.path.length > words.length);
    if (words.length > 0 && group.length > 0) {
      const subs = group.map((c) => c.path.slice(words.length).join(' '));
      throw badInput(`${words.join(' ')} needs a subcommand: ${subs.join(', ')}. See factstore ${words.join(' ')} --help.`);
    }
    if (words.length > 0) throw unknownCommand(words, commands, argv);
    return { kind: 'help', words, requested: false };
  }
  const parsed = strictParse(argv, command);
  const positionals = parsed.positionals.slice(command.path.length);
  const expected = command.positionals ?? [];
  if (positionals.length !== expected.length) {
    const what = positionals.length < expected.length ? `needs ${expected.join(' ')}` : `does not take ${JSON.stringify(positionals[expected.length])}`;
    throw badInput(`${command.path.join(' ')} ${what}: see factstore ${command.path.join(' ')} --help.`);
  }
  return { kind: 'run', command, globals: globalsOf(parsed.values), values: parsed.values, positionals };
}

function commandWords(argv: readonly string[], commands: readonly Command[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') break;
    if (token.startsWith('-') && token !== '-') {
      const takesValue = globalTakesValue(token.split('=')[0] ?? token);
      if (takesValue === undefined) {
        // only global flags may come before the command words
        const name = token.split('=')[0] ?? token;
        const known = commands.some((c) => c.options.some((o) => `--${o.name}` === name));
        throw badInput(
          known
            ? `unknown option ${name} before the command: put a command's own options after its words (see factstore --help).`
            : `unknown option ${name} before the command.${suggestion(name, [...GLOBAL_OPTIONS.map((o) => `--${o.name}`), '--help', '--version'])} See factstore --help.`,
        );
      }
      if (takesValue && !token.includes('=')) i++;
      continue;
    }
    words.push(token);
    if (commands.some((c) => sameWords(c.path, words))) break;
    if (!commands.some((c) => startsWith(c.path, words))) break;
  }
  return words;
}

function strictParse(argv: readonly string[], command: Command): { values: OptionValues; positionals: string[] } {
  const commandNames = new Set(command.options.map((o) => o.name));
  const options = {
    ...toParseArgsOptions(GLOBAL_OPTIONS.filter((o) => !commandNames.has(o.name))),
    ...toParseArgsOptions(command.options),
  };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (e) {
    const problem = parseArgsProblem(e);
    const unknown = /^unknown option (\S+)$/.exec(problem)?.[1];
    const meant = unknown === undefined ? undefined : didYouMean(unknown, [...command.options, ...GLOBAL_OPTIONS].map((o) => `--${o.name}`));
    throw badInput(`${problem}: ${meant !== undefined ? `did you mean ${meant}? See` : 'see'} factstore ${command.path.join(' ')} --help.`, e);
  }
}

/** parseArgs' message, reworded to name the flag and drop the node-specific advice. */
function parseArgsProblem(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const flagName = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flagName !== undefined) return `unknown option ${flagName}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flagName !== undefined) {
    return message.includes('argument missing') || message.includes('ambiguous')
      ? `option ${flagName} needs a value (write ${flagName}=VALUE for a value starting with '-')`
      : `option ${flagName} does not take a value`;
  }
  return message.replace(/\.$/, '');
}

function globalsOf(values: OptionValues): GlobalFlags {
  const str = (name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const globals: GlobalFlags = { json: values.json === true, ...(values['dry-run'] === true ? { dryRun: true } : {}) };
  for (const name of ['store', 'branch', 'config', 'key', 'actor'] as const) {
    const v = str(name);
    if (v !== undefined) globals[name] = v;
  }
  const configRef = str('config-ref');
  if (configRef !== undefined) globals.configRef = configRef;
  return globals;
}

function unknownCommand(words: readonly string[], commands: readonly Command[], argv: readonly string[] = words): Error {
  const groups = [...new Set(commands.map((c) => c.path.join(' ')))];
  const typed = words.join(' ');
  // the words as typed, up to a command's length (trial list → trails list), else the first word (trial → trails)
  const leading = argv.filter((a) => !a.startsWith('-')).slice(0, 2);
  const firsts = [...new Set(commands.map((c) => c.path[0] ?? ''))];
  const hint = suggestion(leading.join(' '), groups) || suggestion(typed, groups) || suggestion(words[0] ?? '', [...firsts, 'help', 'version']);
  return badInput(`unknown command ${JSON.stringify(typed)}.${hint} Commands: ${groups.join(', ')}. See factstore --help.`);
}

function sameWords(path: readonly string[], words: readonly string[]): boolean {
  return path.length === words.length && startsWith(path, words);
}

function startsWith(path: readonly string[], words: readonly string[]): boolean {
  return words.length <= path.length && words.every((w, i) => path[i] === w);
}
