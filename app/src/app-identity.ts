/** Which GitHub App this server is: what GitHub shows on what the App writes. */
export interface AppIdentity {
  id: number;
  slug: string;
}

/**
 * The App's id and slug, asked of GitHub once (`GET /app` with the App's JWT) and kept; a failed
 * answer is not kept, so the next event asks again.
 */
export function appIdentityOnce(ask: () => Promise<unknown>): () => Promise<AppIdentity> {
  let known: Promise<AppIdentity> | undefined;
  return () => {
    known ??= ask().then(identityOf).catch((e: unknown) => {
      known = undefined;
      throw e;
    });
    return known;
  };
}

function identityOf(data: unknown): AppIdentity {
  const { id, slug } = (data ?? {}) as { id?: unknown; slug?: unknown };
  if (typeof id !== 'number' || typeof slug !== 'string' || slug === '') throw new Error(`GitHub's GET /app answered no App id and slug (${JSON.stringify(data)?.slice(0, 200) ?? ''})`);
  return { id, slug };
}

/** What GitHub sends about who wrote an issue comment. */
export interface CommentAuthor {
  user?: { login?: string; type?: string } | null;
  performed_via_github_app?: { id?: number } | null;
}

/**
 * Whether this App wrote the comment: GitHub names the App that performed it, or the author is
 * the App's bot account (`<slug>[bot]`, a Bot; no person can have that login). A marker in the
 * text proves nothing: anyone can type it.
 */
export function writtenBy(comment: CommentAuthor, app: AppIdentity): boolean {
  if (comment.performed_via_github_app?.id === app.id) return true;
  const user = comment.user;
  return user?.type === 'Bot' && typeof user.login === 'string' && user.login.toLowerCase() === `${app.slug}[bot]`.toLowerCase();
}
