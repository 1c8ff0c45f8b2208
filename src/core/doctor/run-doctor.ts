import type { GitHubRequest } from '../store/github/github-request.js';
import { checkAppInstallation } from './check-app-installation.js';
import { checkBranchProtection, type GitHubTarget } from './check-branch-protection.js';
import { checkConfig, type ConfigSource } from './check-config.js';
import { checkFactsBranch } from './check-facts-branch.js';
import { checkFactsBranchOnGitHub } from './check-facts-branch-on-github.js';
import { checkSigningKey, type SigningKeySource } from './check-signing-key.js';
import { checkTokenPermissions } from './check-token-permissions.js';
import { problem, skipped, type DoctorCheck } from './doctor-check.js';

export interface DoctorGitHub {
  request: GitHubRequest;
  /** requests made as the App (its JWT), when App credentials were given */
  appRequest: GitHubRequest | undefined;
  hasToken: boolean;
  apiUrl: string;
  /** `owner/name` given explicitly; else facts.repo of the config, else `fallbackRepo` */
  repo: string | undefined;
  /** the repository of the `origin` remote, when it is on GitHub */
  fallbackRepo: string | undefined;
  /** why GitHub is used (`--github`, `a token was given`) */
  reason: string;
}

export interface DoctorInput {
  config: ConfigSource;
  key: SigningKeySource;
  /** --branch; else facts.branch of the config, else factstore */
  branch: string | undefined;
  /** the git directory holding the facts branch, or why there is none; `github`: no clone, ask GitHub */
  store: { gitdir: string; remote: string } | { unavailable: string } | 'github';
  /** undefined: the network is not used */
  github: DoctorGitHub | undefined;
}

export interface DoctorReport {
  ok: boolean;
  /** whether and why the network was used */
  network: { used: boolean; note: string };
  checks: DoctorCheck[];
}

const GITHUB_CHECKS = ['branch-protection', 'token-permissions', 'app-installation'] as const;

/** Every check, in order; the report is ok when none is a PROBLEM (SKIPPED is not one). Nothing is written. */
export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  const { check: configCheck, config } = checkConfig(input.config);
  const branch = input.branch ?? config?.facts.branch ?? 'factstore';
  const checks: DoctorCheck[] = [configCheck, checkSigningKey(input.key, config)];
  const gh = input.github;
  const name = gh === undefined ? undefined : (gh.repo ?? config?.facts.repo ?? gh.fallbackRepo);
  const target = name === undefined ? undefined : targetOf(name, branch);
  if (input.store === 'github') {
    checks.push(gh !== undefined && target !== undefined ? await checkFactsBranchOnGitHub(gh.request, target) : problem('facts-branch', 'the facts repository on GitHub is not known', 'give facts-repo'));
  } else if ('unavailable' in input.store) {
    checks.push(problem('facts-branch', input.store.unavailable, 'run doctor inside the repository that holds the facts, or pass --store DIR'));
  } else {
    checks.push(await checkFactsBranch(input.store.gitdir, branch, input.store.remote));
  }
  if (gh === undefined) {
    for (const id of GITHUB_CHECKS) checks.push(skipped(id, 'GitHub was not asked', 'pass --github (and a token) to check GitHub'));
    return report(checks, { used: false, note: 'the network was not used: pass --github, or a token, to check GitHub too' });
  }
  if (target === undefined) {
    const why = name === undefined ? 'the facts repository is not known (no --repo, no facts.repo in the config, no GitHub origin remote)' : `${JSON.stringify(name)} is not owner/name`;
    for (const id of GITHUB_CHECKS) checks.push(problem(id, why, 'pass --repo owner/name'));
    return report(checks, { used: false, note: `GitHub was asked (${gh.reason}) but not contacted: ${why}` });
  }
  checks.push(await checkBranchProtection(gh.request, target), await checkTokenPermissions(gh.request, target, gh.hasToken), await checkAppInstallation(gh.appRequest, target));
  return report(checks, { used: true, note: `GitHub was contacted at ${gh.apiUrl} about ${target.owner}/${target.repo} (${gh.reason})` });
}

function targetOf(name: string, branch: string): GitHubTarget | undefined {
  const m = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(name.trim());
  return m?.[1] === undefined || m[2] === undefined ? undefined : { owner: m[1], repo: m[2], branch };
}

function report(checks: DoctorCheck[], network: DoctorReport['network']): DoctorReport {
  return { ok: !checks.some((c) => c.status === 'PROBLEM'), network, checks };
}
