/**
 * What protects a branch, as GitHub answers it (GitHub Docs: "Get rules for a branch", "Get
 * branch protection", "Get a branch", "Get a repository installation for the authenticated app"):
 *
 *   setBranchRules(gh.repository('acme/app'), 'factstore', ['non_fast_forward', 'deletion']);
 *   setClassicProtection(gh.repository('acme/app'), 'factstore', { allowForcePushes: true });
 *
 * Rules apply to a branch name whether or not the branch exists (rulesets target patterns); classic
 * protection exists only on an existing branch ("Branch not found" otherwise, "Branch not
 * protected" when it has none). Reading classic protection needs administration rights: a token
 * without `admin: true` gets GitHub's 403; "Get a branch" tells any reader whether it is `protected`,
 * not how. These settings are read back only: they do not change
 * which ref updates the fake takes (`protectBranch` does that).
 */
import type { Account } from './auth.js';
import { ApiError, json, notFound, type Reply } from './http-kit.js';
import { simpleUserJson } from './integrations.js';
import type { Repository } from './repository.js';
import type { Route, RouteContext } from './route.js';
import { repoCommitJson, repoUrl } from './shapes.js';

export interface ClassicProtection {
  allowForcePushes?: boolean;
  allowDeletions?: boolean;
}

interface Protections {
  /** branch → the rule types of the repository's rulesets that target it */
  rules: Map<string, string[]>;
  classic: Map<string, Required<ClassicProtection>>;
}

const byRepo = new WeakMap<Repository, Protections>();

function protectionsOf(repo: Repository): Protections {
  let p = byRepo.get(repo);
  if (p === undefined) {
    p = { rules: new Map(), classic: new Map() };
    byRepo.set(repo, p);
  }
  return p;
}

/** A repository ruleset with these rule types (`non_fast_forward`, `deletion`, `update`…) targets `branch`. */
export function setBranchRules(repo: Repository, branch: string, types: string[]): void {
  protectionsOf(repo).rules.set(branch, types);
}

/** Classic branch protection of `branch`; force pushes and deletions are blocked unless allowed. */
export function setClassicProtection(repo: Repository, branch: string, options: ClassicProtection = {}): void {
  protectionsOf(repo).classic.set(branch, { allowForcePushes: options.allowForcePushes ?? false, allowDeletions: options.allowDeletions ?? false });
}

/** GitHub's ruleset id of the fake's one ruleset per repository. */
const RULESET_ID = 42;

function branchRules(ctx: RouteContext, [branch = '']: string[]): Reply {
  const types = protectionsOf(ctx.repo).rules.get(branch) ?? [];
  return json(types.map((type) => ({ type, ruleset_source_type: 'Repository', ruleset_source: ctx.repo.fullName, ruleset_id: RULESET_ID })));
}

function branchProtection(ctx: RouteContext, [branch = '']: string[]): Reply {
  if (!isAdmin(ctx.account)) throw new ApiError(403, 'Resource not accessible by integration');
  if (!ctx.repo.refs.has(`refs/heads/${branch}`)) throw notFound('Branch not found');
  const classic = protectionsOf(ctx.repo).classic.get(branch);
  if (classic === undefined) throw notFound('Branch not protected');
  const url = `${repoUrl(ctx.shapes)}/branches/${branch}/protection`;
  const enabled = (on: boolean): { enabled: boolean } => ({ enabled: on });
  return json({
    url,
    required_signatures: { url: `${url}/required_signatures`, enabled: false },
    enforce_admins: { url: `${url}/enforce_admins`, enabled: false },
    required_linear_history: enabled(false),
    allow_force_pushes: enabled(classic.allowForcePushes),
    allow_deletions: enabled(classic.allowDeletions),
    block_creations: enabled(false),
    required_conversation_resolution: enabled(false),
    lock_branch: enabled(false),
    allow_fork_syncing: enabled(false),
  });
}

/** Any reader: the branch, its tip and whether classic protection covers it, without its settings. */
function getBranch(ctx: RouteContext, [branch = '']: string[]): Reply {
  const sha = ctx.repo.refs.get(`refs/heads/${branch}`);
  if (sha === undefined) throw notFound('Branch not found');
  const isProtected = protectionsOf(ctx.repo).classic.has(branch);
  const url = `${repoUrl(ctx.shapes)}/branches/${branch}`;
  return json({
    name: branch,
    commit: repoCommitJson(ctx.shapes, sha),
    _links: { self: url, html: `https://github.com/${ctx.repo.fullName}/tree/${branch}` },
    protected: isProtected,
    protection: { enabled: isProtected, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${url}/protection`,
  });
}

/** A token may read classic protection when it may administer the repository: here, a token with contents write and no App. */
function isAdmin(account: Account | undefined): boolean {
  return account !== undefined && account.contents === 'write' && account.app === undefined && account.bot !== true;
}

export const protectionRoutes: Route[] = [
  { method: 'GET', pattern: /^\/rules\/branches\/(.+)$/, operation: 'repos.getBranchRules', handle: branchRules },
  { method: 'GET', pattern: /^\/branches\/(.+)\/protection$/, operation: 'repos.getBranchProtection', handle: branchProtection },
  { method: 'GET', pattern: /^\/branches\/(.+)$/, operation: 'repos.getBranch', handle: getBranch },
];

/** `GET /repos/{owner}/{repo}/installation` → `owner/repo`; undefined for any other request. */
export function repoInstallationPath(method: string, path: string): string | undefined {
  const m = /^\/repos\/([^/]+)\/([^/]+)\/installation$/.exec(path);
  return method === 'GET' && m !== null ? `${m[1]}/${m[2]}` : undefined;
}

/** The installation of the JWT's App that covers `fullName` (GitHub's "installation" shape), else 404. */
export function repoInstallation(fullName: string, appId: number, installations: readonly { appId: number; installationId: number; slug?: string; repos?: string[]; permissions?: Record<string, string> }[], api: string): Reply {
  const wanted = fullName.toLowerCase();
  const found = installations.find((i) => i.appId === appId && (i.repos === undefined || i.repos.some((r) => r.toLowerCase() === wanted)));
  if (found === undefined) throw new ApiError(404, 'Not Found', 'https://docs.github.com/rest/apps/apps#get-a-repository-installation-for-the-authenticated-app');
  const owner = fullName.split('/')[0] ?? '';
  const stamp = '2026-01-01T00:00:00Z';
  return json({
    id: found.installationId,
    account: simpleUserJson(owner, 1, 'Organization', api),
    repository_selection: found.repos === undefined ? 'all' : 'selected',
    access_tokens_url: `${api}/app/installations/${found.installationId}/access_tokens`,
    repositories_url: `${api}/installation/repositories`,
    html_url: `https://github.com/organizations/${owner}/settings/installations/${found.installationId}`,
    app_id: found.appId,
    app_slug: found.slug ?? `app-${found.appId}`,
    target_id: 1,
    target_type: 'Organization',
    permissions: found.permissions ?? {},
    events: [],
    created_at: stamp,
    updated_at: stamp,
    single_file_name: null,
    suspended_by: null,
    suspended_at: null,
  });
}
