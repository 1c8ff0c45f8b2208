import { mkdtemp, mkdir, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { badInput } from '../../core/errors.js';
import { trailPath } from '../../core/store/layout.js';
import { optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context/context.js';
import { DEMO_FLOW } from '../demo/demo-config.js';
import { runLifecycle, type DemoPaths } from '../demo/lifecycle.js';
import { DemoSession } from '../demo/session.js';
import { shellLine } from '../demo/shell-quote.js';
import { EXIT_OK } from '../exit-codes.js';

export const demo: Command = {
  path: ['demo'],
  summary: 'walk the whole lifecycle on a fresh local repository, step by step',
  usage: 'demo [--dir DIR]',
  options: [{ name: 'dir', type: 'string', value: 'DIR', description: 'a new or empty directory to work in (default: a new temporary directory)' }],
  details: `DIR receives the application repository (payment-service/, holding the facts branch) and the demo's
signing key (keys/). Every step runs the real factstore commands, shown as you would type them.`,
  async run(ctx, { values }) {
    const base = await demoDir(ctx, optionalString(values, 'dir'));
    const keys = path.join(base, 'keys');
    await mkdir(keys, { recursive: true });
    const paths: DemoPaths = {
      repo: path.join(base, 'payment-service'),
      keyFile: path.join(keys, 'ci-signing-key'),
      aliceKeyFile: path.join(keys, 'alice-signing-key'),
      allowedSigners: path.join(keys, 'allowed_signers'),
    };
    const session = new DemoSession(ctx, paths.repo, { FACTSTORE_ACTOR: 'ci' });
    session.say(
      `Factstore demo in ${base}\n` +
        `Each step runs factstore inside ${paths.repo}, as a CI job would: FACTSTORE_ACTOR=ci and\n` +
        'FACTSTORE_SIGNING_KEY holding the key text (alice approves with her own key).',
    );
    const outcome = await runLifecycle(session, paths, () => ctx.now());
    const git = gitCommands(paths);
    session.say(
      [
        '',
        `The facts live on the branch factstore of ${paths.repo}. Look at them with plain git:`,
        ...git.map((c) => `  ${c}`),
        `The first two check the signatures with the allowed-signers file ${paths.allowedSigners}.`,
      ].join('\n'),
    );
    if (ctx.json) {
      ctx.emit('cli/demo', { dir: base, repository: paths.repo, branch: 'factstore', keyFile: paths.keyFile, allowedSignersFile: paths.allowedSigners, steps: session.steps, ...outcome, gitCommands: git }, () => '');
    }
    return EXIT_OK;
  },
};

async function demoDir(ctx: CliContext, given: string | undefined): Promise<string> {
  if (given === undefined) return mkdtemp(path.join(os.tmpdir(), 'factstore-demo-'));
  const dir = ctx.resolve(given);
  await mkdir(dir, { recursive: true });
  if ((await readdir(dir)).length > 0) throw badInput(`${dir} is not empty: give demo --dir a new or empty directory.`);
  return dir;
}

function gitCommands(paths: DemoPaths): string[] {
  const git = ['git', '-C', paths.repo];
  const ssh = ['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${paths.allowedSigners}`];
  return [
    shellLine([...git, ...ssh, 'log', '--show-signature', '--format=%h %s', 'factstore']),
    shellLine([...git, ...ssh, 'verify-commit', 'factstore']),
    shellLine([...git, 'show', `factstore:${trailPath(DEMO_FLOW, 'build-101')}`]),
  ];
}
