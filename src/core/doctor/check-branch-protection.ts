import { messageOf, statusOf, type GitHubRequest } from '../store/github/github-request.js';
import { ok, problem, type DoctorCheck } from './doctor-check.js';

export interface GitHubTarget {
  owner: string;
  repo: string;
  branch: string;
}

const BLOCKS = { 'force push': 'non_fast_forward', deletion: 'deletion' } as const;
type Threat = keyof typeof BLOCKS;
const FIX = 'add a branch ruleset targeting it with "Block force pushes" and "Restrict deletions" (Settings → Rules → Rulesets)';

/**
 * The facts branch is protected against force push and deletion, by a ruleset (`non_fast_forward`
 * and `deletion` rules) or by classic branch protection (neither allowed). Rules can be read with
 * any token; classic protection needs administration rights, so it is read only when rules leave a gap.
 */
export async function checkBranchProtection(request: GitHubRequest, t: GitHubTarget): Promise<DoctorCheck> {
  const name = `${t.owner}/${t.repo}:${t.branch}`;
  let ruleTypes: string[];
  try {
    const { data } = await request('GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner: t.owner, repo: t.repo, branch: t.branch, per_page: 100 });
    ruleTypes = Array.isArray(data) ? (data as unknown[]).map(ruleType) : [];
  } catch (e) {
    return problem('branch-protection', `the rules of ${name} cannot be read (${statusOf(e) ?? 'no answer'}: ${messageOf(e)})`, 'check the repository name (--repo) and that the token can read it');
  }
  const missing = (Object.keys(BLOCKS) as Threat[]).filter((threat) => !ruleTypes.includes(BLOCKS[threat]));
  if (missing.length === 0) return ok('branch-protection', `${name} is protected against force push and deletion by a ruleset`);
  let classic: { force?: boolean; deletion?: boolean };
  try {
    const { data } = await request('GET /repos/{owner}/{repo}/branches/{branch}/protection', { owner: t.owner, repo: t.repo, branch: t.branch });
    classic = { force: enabled(data, 'allow_force_pushes'), deletion: enabled(data, 'allow_deletions') };
  } catch (e) {
    const status = statusOf(e);
    if (status === 404) return problem('branch-protection', `${name} has no protection against ${missing.join(' or ')} (${messageOf(e)})`, FIX);
    return protectedAtAll(request, t, missing, `${status ?? 'no answer'}: ${messageOf(e)}`);
  }
  const allowed = missing.filter((threat) => (threat === 'force push' ? classic.force : classic.deletion) !== false);
  if (allowed.length === 0) return ok('branch-protection', `${name} is protected against force push and deletion${missing.length < 2 ? ' by a ruleset and' : ' by'} classic branch protection`);
  return problem('branch-protection', `${name} allows ${allowed.join(' and ')}: its branch protection does not block ${allowed.length === 2 ? 'either' : 'it'}`, `${FIX}, or untick "Allow force pushes" and "Allow deletions" in its branch protection rule`);
}

/**
 * Classic protection's settings need administration rights, which a workflow's GITHUB_TOKEN never
 * has; whether the branch is protected at all is readable with contents: read ("Get a branch"). An
 * unprotected branch is a problem for sure; a protected one blocks force push and deletion unless
 * someone ticked "Allow force pushes" or "Allow deletions", which this token cannot see: said so.
 */
async function protectedAtAll(request: GitHubRequest, t: GitHubTarget, missing: Threat[], unreadable: string): Promise<DoctorCheck> {
  const name = `${t.owner}/${t.repo}:${t.branch}`;
  let isProtected: unknown;
  try {
    const { data } = await request('GET /repos/{owner}/{repo}/branches/{branch}', { owner: t.owner, repo: t.repo, branch: t.branch });
    isProtected = typeof data === 'object' && data !== null && 'protected' in data ? data.protected : undefined;
  } catch {
    isProtected = undefined;
  }
  if (isProtected === false) return problem('branch-protection', `${name} has no protection against ${missing.join(' or ')}: no ruleset blocks it and the branch is not protected`, FIX);
  if (isProtected === true) {
    return ok(
      'branch-protection',
      `${name} has classic branch protection, which blocks force push and deletion unless "Allow force pushes" or "Allow deletions" is ticked; ` +
        `this token cannot read those settings (${unreadable}): a ruleset would make them checkable with any token`,
    );
  }
  return problem(
    'branch-protection',
    `no ruleset blocks ${missing.join(' or ')} on ${name}, and its classic branch protection cannot be read with this token (${unreadable})`,
    `${FIX}: rulesets can be read with any token; or run doctor with a token that has Administration: read`,
  );
}

/** A rule's `type` (`non_fast_forward`, `deletion`…); '' for anything else. */
function ruleType(rule: unknown): string {
  return typeof rule === 'object' && rule !== null && 'type' in rule && typeof rule.type === 'string' ? rule.type : '';
}

function enabled(data: unknown, key: string): boolean | undefined {
  if (typeof data !== 'object' || data === null || !(key in data)) return undefined;
  const setting = (data as Record<string, unknown>)[key];
  return typeof setting === 'object' && setting !== null && 'enabled' in setting && typeof setting.enabled === 'boolean' ? setting.enabled : undefined;
}
