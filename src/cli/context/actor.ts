import os from 'node:os';
import { badInput } from '../../core/errors.js';

/** Who records facts: --actor, FACTSTORE_ACTOR, GITHUB_ACTOR, else the local user name. */
export function resolveActor(flag: string | undefined, env: Record<string, string | undefined>): string {
  const candidates = [flag, env.FACTSTORE_ACTOR, env.GITHUB_ACTOR];
  const chosen = candidates.find((c) => c !== undefined && c.trim() !== '') ?? localUser();
  const actor = chosen.trim();
  if (actor.length > 1024 || /[\r\n]/.test(actor)) {
    throw badInput('the actor must be one line of at most 1024 characters: fix --actor or FACTSTORE_ACTOR.');
  }
  return actor;
}

function localUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    // no passwd entry (some containers)
    return 'unknown';
  }
}
