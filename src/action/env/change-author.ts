import { readFileSync } from 'node:fs';

/**
 * The change's author, as GitHub authenticated them: the pull request's author on pull request
 * events, else who pushed (the event's pusher, else GITHUB_ACTOR). A trail records it when it
 * begins, so an approval by the same login never counts (approval.forbid_self).
 */
export function changeAuthor(eventPath: string | undefined, actor: string | undefined): string | undefined {
  let event: { pull_request?: { user?: { login?: unknown } }; pusher?: { name?: unknown }; sender?: { login?: unknown } } = {};
  try {
    if (eventPath !== undefined && eventPath !== '') event = JSON.parse(readFileSync(eventPath, 'utf8')) as typeof event;
  } catch {
    // no payload: the actor is all there is
  }
  const candidates = [event.pull_request?.user?.login, event.pusher?.name, actor];
  return candidates.find((c): c is string => typeof c === 'string' && c !== '');
}
