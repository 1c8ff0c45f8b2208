import { repoOfPayload, type RepositoryPayload } from '../gate-target.js';
import { parseSlashComment } from './parse-slash-command.js';
import type { SlashCommand } from './slash-command.js';

/** What the App reads of an `issue_comment.created` delivery. */
export interface IssueCommentPayload extends RepositoryPayload {
  issue: { number: number; pull_request?: unknown };
  comment: { body?: string | null; user: { login: string; type?: string } | null };
}

/** A `/factstore` command written by a person in a pull request (or, for clear-alarm, an issue). */
export interface SlashEvent {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** the pull request's number, or the issue's for a clear-alarm written on an issue */
  pullNumber: number;
  /** false: written on an issue (only clear-alarm is answered there) */
  onPullRequest: boolean;
  /** the commenter's login: the actor of whatever is recorded */
  actor: string;
  line: string;
  parsed: { command: SlashCommand } | { problem: string };
}

/**
 * The command of a comment, or undefined when the App must not answer at all: one without a
 * `/factstore` line, one by a bot (the App's own replies among them), or one on an issue that is
 * not a pull request, unless it clears the tamper alarm (the alarm issue is where people look).
 */
export function slashEventOf(payload: IssueCommentPayload): SlashEvent | undefined {
  const { issue, comment } = payload;
  if (comment.user === null || comment.user.type === 'Bot') return undefined;
  const parsed = parseSlashComment(comment.body ?? '');
  if (parsed.kind === 'none') return undefined;
  const onPullRequest = issue.pull_request !== undefined && issue.pull_request !== null;
  if (!onPullRequest && (parsed.kind !== 'command' || parsed.command.name !== 'clear-alarm')) return undefined;
  return {
    ...repoOfPayload(payload),
    pullNumber: issue.number,
    onPullRequest,
    actor: comment.user.login,
    line: parsed.line,
    parsed: parsed.kind === 'command' ? { command: parsed.command } : { problem: parsed.problem },
  };
}
