import type { GateTarget } from '../gate-target.js';

/** What the App reads of a `push` delivery (a push's repository owner may come without a login: its name stands in). */
export interface PushPayload {
  repository: { name: string; owner: { login?: string; name?: string } | null; default_branch: string };
  ref: string;
  before: string;
  after: string;
  created?: boolean;
  deleted?: boolean;
  forced?: boolean;
  pusher?: { name?: string | null };
  sender?: { login?: string } | null;
}

/** `before` of a created branch, `after` of a deleted one. */
export const ZERO_SHA = '0'.repeat(40);

const HEADS = 'refs/heads/';

/** The branch a push moved, or undefined for a tag or any other ref. */
export function pushedBranch(ref: string): string | undefined {
  return ref.startsWith(HEADS) && ref.length > HEADS.length ? ref.slice(HEADS.length) : undefined;
}

export function repoOfPush({ repository }: PushPayload): Pick<GateTarget, 'owner' | 'repo' | 'defaultBranch'> {
  return { owner: repository.owner?.login ?? repository.owner?.name ?? '', repo: repository.name, defaultBranch: repository.default_branch };
}

/** Who pushed, as the issue names them. */
export function pusherOf(payload: PushPayload): string {
  const login = payload.sender?.login;
  const name = payload.pusher?.name;
  if (login !== undefined && name !== undefined && name !== null && name !== login) return `${name} (${login})`;
  return login ?? name ?? 'someone';
}
