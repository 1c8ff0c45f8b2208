import { repoOfPayload, type RepositoryPayload } from '../gate-target.js';
import { parseSlashComment } from './parse-slash-command.js';
import type { SlashCommand } from './slash-command.js';

/** What the App reads of an `issue_comment.created` delivery. */
export interface IssueCommentPayload extends RepositoryPayload {
  issue: { number: number; pull_request?: unknown };
  comment: { body?: string | null; user: { login: string; type?: string } | null };
}

/** A `/factstore` command written by a person in a pull request. */
export interface SlashEvent {
  owner: string;
  repo: string;
  defaultBranch: string;
  pullNumber: number;
  /** the commenter's login: the actor of whatever is recorded */
  actor: string;
  line: string;
  parsed: { command: SlashCommand } | { problem: string };
}

/**
 * The command of a comment, or undefined when the App must not answer at all: a comment on an
 * issue, one without a `/factstore` line, or one by a bot (the App's own replies among them).
 */
export function slashEventOf(payload: IssueCommentPayload): SlashEvent | undefined {
  const { issue, comment } = payload;
  if (issue.pull_request === undefined || issue.pull_request === null) return undefined;
  if (comment.user === null || comment.user.type === 'Bot') return undefined;
  const parsed = parseSlashComment(comment.body ?? '');
  if (parsed.kind === 'none') return undefined;
  return {
    ...repoOfPayload(payload),
    pullNumber: issue.number,
    actor: comment.user.login,
    line: parsed.line,
    parsed: parsed.kind === 'command' ? { command: parsed.command } : { problem: parsed.problem },
  };
}
