import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FactstoreError } from '../../core/errors.js';
import { getFramework, planFrameworkImport, unifiedDiff } from '../../core/frameworks/index.js';
import type { Command } from '../command.js';
import { flag, requiredString, stringList } from '../args/values.js';
import { findConfigRepository } from '../context/config-repository.js';
import type { CliContext } from '../context/context.js';
import { findGit } from '../context/find-git.js';
import { CONFIG_PATH } from '../context/look-up-config.js';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes.js';

export const frameworksImport: Command = {
  path: ['frameworks', 'import'],
  summary: 'add a framework template to the config as a flow, with the types and policies it needs (a diff to review; --write to write it)',
  usage: 'frameworks import NAME --flow F [--approver LOGIN]… [--write]',
  positionals: ['NAME'],
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'the name of the flow to add' },
    {
      name: 'approver',
      type: 'string',
      multiple: true,
      value: 'LOGIN',
      description: 'who may approve, when a control needs a person: a login or @org/team (repeat it)',
    },
    { name: 'write', type: 'boolean', description: 'write the change to the working-tree config file (without it: print the diff only)' },
  ],
  details: `Edits the working-tree .github/factstore.yml (or the --config file): the flow, plus every type and policy
it needs that the config lacks. Existing lines are kept as they are, comments included. A type, policy or flow
of the same name that is defined differently is never overwritten: the import is refused and each conflict
listed (exit 2). Without --write the unified diff is printed and nothing is written; with --write the file is
written: commit it through a reviewed pull request, as only committed config decides.`,
  async run(ctx, { values, positionals }) {
    const framework = getFramework(positionals[0] ?? '');
    const flow = requiredString(values, 'flow', frameworksImport);
    const write = flag(values, 'write');
    const file = await configFile(ctx);
    const shown = path.relative(ctx.io.cwd, file) || file;
    const before = await readConfig(file, shown);
    const plan = planFrameworkImport(before, framework, flow, { approvers: stringList(values, 'approver'), source: shown });
    const diff = unifiedDiff(before, plan.text, { from: `a/${shown}`, to: `b/${shown}` });
    const written = write && diff !== '' && plan.conflicts.length === 0 && !ctx.dryRun;
    if (written) {
      // the file must be what was planned on: another edit since then would be lost
      if ((await readConfig(file, shown)) !== before) throw new FactstoreError('CONFLICT', `${shown} changed while the import was planned: run it again.`);
      await writeFile(file, plan.text);
    }
    const document = {
      framework: framework.name,
      flow,
      configFile: file,
      written,
      added: plan.added,
      conflicts: plan.conflicts,
      controls: framework.controls.map((c) => c.id),
      diff,
    };
    ctx.emit('cli/frameworks-import', document, () => human(document, shown, write));
    return plan.conflicts.length > 0 ? EXIT_USAGE : EXIT_OK;
  },
};

/** The --config file, else .github/factstore.yml in the working tree of the repository the CLI runs in. */
async function configFile(ctx: CliContext): Promise<string> {
  if (ctx.globals.config !== undefined) return ctx.resolve(ctx.globals.config);
  const repo = await findConfigRepository(findGit({ PATH: ctx.io.env.PATH }) ?? 'git', ctx.io.cwd);
  if (repo?.worktree === undefined) {
    throw new FactstoreError('CONFIG', `${ctx.io.cwd} is not in the working tree of a git repository: run it where your ${CONFIG_PATH} is, or pass --config FILE.`);
  }
  return path.join(repo.worktree, CONFIG_PATH);
}

async function readConfig(file: string, shown: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FactstoreError('CONFIG', `there is no ${shown}: run factstore init to write a starter config, then import into it.`, { cause: e });
    throw new FactstoreError('CONFIG', `cannot read ${shown} (${code ?? String(e)}).`, { cause: e });
  }
}

interface ImportDocument {
  framework: string;
  flow: string;
  written: boolean;
  added: { types: string[]; policies: string[]; flow: string };
  conflicts: string[];
  diff: string;
}

function human(d: ImportDocument, shown: string, write: boolean): string {
  if (d.conflicts.length > 0) {
    return [`Not imported: ${d.framework} would change what ${shown} already defines. Nothing was written.`, ...d.conflicts.map((c) => `  - ${c}`)].join('\n');
  }
  if (d.diff === '') return `${shown} already has flow ${d.flow} as ${d.framework} asks, with every type and policy it needs: nothing to change.`;
  const what = [
    ...(d.added.flow !== '' ? [`flow ${d.added.flow}`] : []),
    ...(d.added.types.length > 0 ? [`types ${d.added.types.join(', ')}`] : []),
    ...(d.added.policies.length > 0 ? [`policies ${d.added.policies.join(', ')}`] : []),
  ].join('; ');
  const next = d.written
    ? `Wrote ${shown} (${what}). Commit it through a reviewed pull request: only committed config decides.`
    : write
      ? `Nothing was written (--dry-run).`
      : `Nothing was written. Review the change, then run it again with --write and commit ${shown} through a reviewed pull request.`;
  return `${d.diff}\n${next}`;
}
