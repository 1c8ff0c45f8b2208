import type { GitHubRequest } from '../store/github/github-request.js';

/** An issue as GitHub lists it, with what the drift issue needs. */
export interface ListedIssue {
  number: number;
  html_url: string;
  body?: string | null;
  pull_request?: unknown;
}

export interface IssueSearch {
  owner: string;
  repo: string;
  label: string;
  marker: string;
}

const PER_PAGE = 100;
/** One drift issue per environment: a label with more open issues than this is not ours to page through. */
const MAX_PAGES = 10;

/**
 * The open issue that carries `label` and `marker`: the oldest, should people have copied one. The
 * label narrows the search, the marker in the body decides (labels can be put on any issue).
 */
export async function findDriftIssue(request: GitHubRequest, { owner, repo, label, marker }: IssueSearch): Promise<ListedIssue | undefined> {
  let found: ListedIssue | undefined;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const listed = (await request('GET /repos/{owner}/{repo}/issues', { owner, repo, labels: label, state: 'open', per_page: PER_PAGE, page })).data as ListedIssue[];
    for (const issue of listed) {
      if (issue.pull_request !== undefined || !(issue.body ?? '').includes(marker)) continue;
      if (found === undefined || issue.number < found.number) found = issue;
    }
    if (listed.length < PER_PAGE) break;
  }
  return found;
}
