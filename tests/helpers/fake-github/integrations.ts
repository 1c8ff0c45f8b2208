/**
 * GitHub Apps as GitHub shows them on what they made: the `app` of a check run and the
 * `performed_via_github_app` of an issue or comment (GitHub's "integration" schema). A plain token
 * stands for the `GITHUB_TOKEN` of a workflow, which acts as the GitHub Actions app.
 */

export interface AppIdentity {
  id: number;
  slug: string;
  /** the App's display name (default: its slug) */
  name?: string;
  /** the account that owns the App (default: acme) */
  owner?: string;
  /** the permissions shown on the App */
  permissions?: Record<string, string>;
}

/** GitHub Actions' app on github.com: what `GITHUB_TOKEN` writes as. */
export const GITHUB_ACTIONS_APP: AppIdentity = {
  id: 15368,
  slug: 'github-actions',
  name: 'GitHub Actions',
  owner: 'github',
  permissions: { actions: 'write', checks: 'write', contents: 'write', deployments: 'write', issues: 'write', metadata: 'read', pull_requests: 'write', statuses: 'write' },
};

const HTML = 'https://github.com';

/** GitHub's "simple user": every field its schema requires. */
export function simpleUserJson(login: string, id: number, type: 'User' | 'Bot' | 'Organization', api: string): Record<string, unknown> {
  const url = `${api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: Buffer.from(`${type}:${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${HTML}/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  };
}

const stableId = (text: string): number => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 7) + 9_000_000;

/** The App as "Get the authenticated app", a check run's `app` and `performed_via_github_app` show it. */
export function appJson(app: AppIdentity, api: string): Record<string, unknown> {
  const owner = app.owner ?? 'acme';
  return {
    id: app.id,
    slug: app.slug,
    node_id: Buffer.from(`Integration:${app.id}`).toString('base64'),
    client_id: `Iv1.${app.id.toString(16).padStart(16, '0')}`,
    owner: simpleUserJson(owner, stableId(owner), 'Organization', api),
    name: app.name ?? app.slug,
    description: null,
    external_url: `${HTML}/apps/${app.slug}`,
    html_url: `${HTML}/apps/${app.slug}`,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    permissions: app.permissions ?? {},
    events: [],
  };
}
