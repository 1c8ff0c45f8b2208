import { clip, codeSpan } from '../../../src/core/report/breakdown/markdown-escape.js';
import type { AppContext } from '../app-context.js';

/** Marks the App's answers to commands, apart from its breakdown comment (`factstore:breakdown`). */
export const REPLY_MARKER = '<!-- factstore:reply -->';

export interface PullComment {
  owner: string;
  repo: string;
  pullNumber: number;
  /** the command line answered, quoted as code so nothing in it renders or pings */
  line: string;
}

/** One reply per command: the command quoted, then `text` (Markdown the caller has escaped). */
export async function postReply(context: AppContext, where: PullComment, text: string): Promise<void> {
  const body = `${REPLY_MARKER}\n> ${codeSpan(clip(where.line, 300))}\n\n${text}\n`;
  await context.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: where.owner, repo: where.repo, issue_number: where.pullNumber, body });
}

/** `@login` for a GitHub login (it pings the commenter, who asked); anything else is not echoed as a mention. */
export function mention(login: string): string {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(login) ? `@${login}` : 'you';
}
