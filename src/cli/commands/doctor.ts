import { readFile } from 'node:fs/promises';
import { appJwt, runDoctor, type DoctorGitHub, type DoctorReport } from '../../core/doctor/index.js';
import { badInput } from '../../core/errors.js';
import { flag, optionalString } from '../args/values.js';
import type { Command, OptionValues } from '../command.js';
import { FACTS_REMOTE, type CliContext } from '../context/context.js';
import { findGit } from '../context/find-git.js';
import { runGit } from '../context/run-git.js';
import { readConfigSource } from '../doctor/config-source.js';
import { gitHubClient, repoOfRemoteUrl } from '../doctor/github-client.js';
import { readKeySource } from '../doctor/key-source.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';

export const doctor: Command = {
  path: ['doctor'],
  summary: 'check the set-up (config, signing key, facts branch; with --github its protection, the token and the App): exit 0 healthy, 1 a problem',
  usage: 'doctor [--github] [--repo OWNER/NAME] [--token TOKEN] [--api-url URL] [--app-id ID --private-key FILE]',
  options: [
    { name: 'github', type: 'boolean', description: 'check GitHub too (implied by a token): the facts branch protection, the token, the App' },
    { name: 'repo', type: 'string', value: 'OWNER/NAME', description: 'the facts repository on GitHub (default: facts.repo of the config, else the origin remote)' },
    { name: 'token', type: 'string', value: 'TOKEN', description: 'the token that writes facts (default: GITHUB_TOKEN); never printed' },
    { name: 'api-url', type: 'string', value: 'URL', description: 'the REST API (default: GITHUB_API_URL, else https://api.github.com)' },
    { name: 'app-id', type: 'string', value: 'ID', description: "the GitHub App's id, to check it is installed on the facts repository" },
    { name: 'private-key', type: 'string', value: 'FILE', description: "the App's private key (.pem), with --app-id" },
  ],
  details: `One line per check, OK, PROBLEM or SKIPPED, and what to do about each problem. Nothing is written
and no secret is printed. The network is used only with --github or a token, and the output says so.
GitHub: a ruleset (rules non_fast_forward and deletion) or classic branch protection must block force
pushes and deletion of the facts branch; the token must have Contents: write; with --app-id and
--private-key the App must be installed on the facts repository.`,
  async run(ctx, { values }) {
    const git = findGit({ PATH: ctx.io.env.PATH }) ?? 'git';
    const [config, key, store, github] = await Promise.all([
      readConfigSource(git, ctx.io.cwd, ctx.globals.config === undefined ? undefined : ctx.resolve(ctx.globals.config), ctx.globals.configRef),
      readKeySource(ctx.globals.key === undefined ? undefined : ctx.resolve(ctx.globals.key), ctx.io.env.FACTSTORE_SIGNING_KEY),
      storeOf(git, ctx.storeDir()),
      gitHubOf(ctx, values, git),
    ]);
    const report = await runDoctor({ config, key, branch: ctx.globals.branch, store, github });
    ctx.emit('cli/doctor', report, () => render(report));
    return report.ok ? EXIT_OK : EXIT_NOT_OK;
  },
};

async function storeOf(git: string, dir: string): Promise<{ gitdir: string; remote: string } | { unavailable: string }> {
  const r = await runGit(git, ['rev-parse', '--absolute-git-dir'], dir).catch(() => undefined);
  const gitdir = r?.code === 0 ? r.stdout.trim() : '';
  return gitdir === '' ? { unavailable: `${dir} is not a git repository, so it holds no facts branch` } : { gitdir, remote: FACTS_REMOTE };
}

async function gitHubOf(ctx: CliContext, values: OptionValues, git: string): Promise<DoctorGitHub | undefined> {
  const token = optionalString(values, 'token') ?? nonEmpty(ctx.io.env.GITHUB_TOKEN);
  const appId = optionalString(values, 'app-id');
  const keyFile = optionalString(values, 'private-key');
  if ((appId === undefined) !== (keyFile === undefined)) throw badInput('give --app-id and --private-key together: the App id and the .pem key downloaded from its settings page.');
  if (!flag(values, 'github') && token === undefined) {
    if (appId !== undefined) throw badInput('--app-id and --private-key check GitHub: add --github (and a token) to use the network.');
    return undefined;
  }
  const apiUrl = (optionalString(values, 'api-url') ?? nonEmpty(ctx.io.env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) throw badInput(`--api-url ${JSON.stringify(apiUrl)} is not a URL: give e.g. https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server.`);
  let appRequest;
  if (appId !== undefined && keyFile !== undefined) {
    const pem = await readFile(ctx.resolve(keyFile), 'utf8').catch((e: unknown) => {
      throw badInput(`cannot read --private-key ${keyFile} (${(e as NodeJS.ErrnoException).code ?? String(e)}): give the .pem file downloaded from the App's settings page.`, e);
    });
    appRequest = await gitHubClient(apiUrl, appJwt(appId, pem, ctx.now()));
  }
  const origin = await runGit(git, ['remote', 'get-url', FACTS_REMOTE], ctx.io.cwd).catch(() => undefined);
  return {
    request: await gitHubClient(apiUrl, token),
    appRequest,
    hasToken: token !== undefined,
    apiUrl,
    repo: optionalString(values, 'repo'),
    fallbackRepo: origin?.code === 0 ? repoOfRemoteUrl(origin.stdout) : undefined,
    reason: flag(values, 'github') ? '--github' : 'a token was given',
  };
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}

function render(report: DoctorReport): string {
  const lines = report.checks.map((c) => `${c.status.padEnd(8)} ${c.id.padEnd(18)} ${c.message}${c.fix === undefined ? '' : `\n${' '.repeat(28)}→ ${c.fix}`}`);
  const problems = report.checks.filter((c) => c.status === 'PROBLEM').length;
  return `${lines.join('\n')}\n${report.network.note}\n${problems === 0 ? 'healthy: no problem found' : `${problems} problem(s) found`}`;
}
