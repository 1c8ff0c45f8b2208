import { badInput } from '../../core/errors.js';
import { GLOBAL_OPTIONS } from '../args/global-options.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/**
 * `factstore completion bash|zsh|fish`: a completion script made from the command table itself, so it
 * never lists a command or an option the CLI does not have. `commands` is read when it runs (the
 * table includes this command).
 */
export function completionCommand(commands: () => readonly Command[]): Command {
  return {
    path: ['completion'],
    summary: 'print a shell completion script for bash, zsh or fish',
    usage: 'completion SHELL',
    options: [],
    positionals: ['SHELL'],
    details: `Load it in the current shell, or once for every new one:
  bash: source <(factstore completion bash)      or  factstore completion bash > ~/.local/share/bash-completion/completions/factstore
  zsh:  source <(factstore completion zsh)       (uses bashcompinit)
  fish: factstore completion fish | source        or  factstore completion fish > ~/.config/fish/completions/factstore.fish`,
    run(ctx, { positionals }) {
      const shell = positionals[0] ?? '';
      if (!(SHELLS as readonly string[]).includes(shell)) {
        throw badInput(`completion needs a shell: one of ${SHELLS.join(', ')} (got ${JSON.stringify(shell)}).`);
      }
      const script = completionScript(shell as Shell, commands());
      ctx.emit('cli/completion', { shell, script }, () => script);
      return Promise.resolve(EXIT_OK);
    },
  };
}

export function completionScript(shell: Shell, commands: readonly Command[]): string {
  return shell === 'fish' ? fish(commands) : shell === 'zsh' ? `autoload -U +X bashcompinit && bashcompinit\n${bash(commands)}` : bash(commands);
}

const globals = GLOBAL_OPTIONS.map((o) => `--${o.name}`);
const optionsOf = (c: Command): string[] => [...c.options.map((o) => `--${o.name}`), ...globals];

function bash(commands: readonly Command[]): string {
  const firsts = [...new Set(commands.map((c) => c.path[0] ?? ''))];
  const groups = firsts.filter((f) => commands.some((c) => c.path[0] === f && c.path.length > 1));
  const lines = [
    '# factstore completion for bash (factstore completion bash)',
    '_factstore() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" words=() i w',
    '  for ((i = 1; i < COMP_CWORD; i++)); do w="${COMP_WORDS[i]}"; [[ $w == -* ]] || words+=("$w"); done',
    '  local cmd="${words[*]}"',
    '  case "${#words[@]}" in',
    `    0) [[ $cur == -* ]] && COMPREPLY=($(compgen -W "${globals.join(' ')}" -- "$cur")) || COMPREPLY=($(compgen -W "${[...firsts, 'help', 'version'].join(' ')}" -- "$cur")); return ;;`,
    '  esac',
    '  case "$cmd" in',
    ...groups.map((g) => `    ${g}) [[ $cur == -* ]] || { COMPREPLY=($(compgen -W "${commands.filter((c) => c.path[0] === g).map((c) => c.path[1]).join(' ')}" -- "$cur")); return; } ;;`),
    '  esac',
    '  case "$cmd" in',
    ...commands.map((c) => `    "${c.path.join(' ')}"*) COMPREPLY=($(compgen -W "${optionsOf(c).join(' ')}" -- "$cur")) ;;`),
    '  esac',
    '}',
    'complete -o default -F _factstore factstore',
    '',
  ];
  return lines.join('\n');
}

function fish(commands: readonly Command[]): string {
  const firsts = [...new Set(commands.map((c) => c.path[0] ?? ''))];
  const quote = (t: string) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const lines = ['# factstore completion for fish (factstore completion fish)', 'complete -c factstore -f'];
  for (const first of firsts) {
    const own = commands.find((c) => c.path.length === 1 && c.path[0] === first);
    lines.push(`complete -c factstore -n __fish_use_subcommand -a ${first} -d ${quote(own?.summary ?? `${first} commands`)}`);
  }
  for (const c of commands.filter((x) => x.path.length > 1)) {
    lines.push(`complete -c factstore -n '__fish_seen_subcommand_from ${c.path[0]}; and not __fish_seen_subcommand_from ${c.path[1]}' -a ${c.path[1]} -d ${quote(c.summary)}`);
  }
  for (const c of commands) {
    const last = c.path[c.path.length - 1];
    for (const o of c.options) {
      lines.push(`complete -c factstore -n '__fish_seen_subcommand_from ${last}' -l ${o.name}${o.type === 'string' ? ' -r' : ''} -d ${quote(o.description)}`);
    }
  }
  for (const o of GLOBAL_OPTIONS) lines.push(`complete -c factstore -l ${o.name}${o.type === 'string' ? ' -r' : ''} -d ${quote(o.description)}`);
  return `${lines.join('\n')}\n`;
}
