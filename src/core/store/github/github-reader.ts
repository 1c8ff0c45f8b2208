import { ObjectReader, type RawObject } from '../local/object-reader.js';
import type { TreeEntry } from '../local/objects.js';
import { gitHubFailure } from './github-errors.js';
import type { GitHubRepo, GitHubRequest } from './github-request.js';

interface TreeData {
  tree: { path: string; mode: string; type: string; sha: string }[];
}

interface CommitData {
  sha: string;
  tree: { sha: string };
  parents: { sha: string }[];
  message: string;
  committer: { date: string };
}

/**
 * Git objects read through the Git Data API (trees, commits, blobs), so the tree walking and
 * history code of the local back-end serves the GitHub one too. Objects are immutable: each one is
 * fetched once per reader.
 */
export class GitHubObjectReader extends ObjectReader {
  override readonly rawCommits = false;
  private readonly trees = new Map<string, TreeEntry[]>();
  private readonly commits = new Map<string, CommitData>();

  constructor(
    private readonly request: GitHubRequest,
    private readonly where: GitHubRepo,
  ) {
    super('');
  }

  async read(oid: string): Promise<RawObject> {
    const data = (await this.get('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { file_sha: oid }, 'reading a blob')) as { content: string; encoding: string };
    const content = data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
    return { type: 'blob', content };
  }

  override async readTree(oid: string): Promise<TreeEntry[]> {
    const known = this.trees.get(oid);
    if (known !== undefined) return known;
    const data = (await this.get('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { tree_sha: oid }, 'reading a tree')) as TreeData;
    // The API writes directory modes as 040000; git's own tree objects (and this code) say 40000.
    const entries = data.tree.map((e) => ({ name: e.path, mode: e.mode === '040000' ? '40000' : e.mode, oid: e.sha }));
    this.trees.set(oid, entries);
    return entries;
  }

  override async readCommitHeader(oid: string): Promise<{ tree: string; parents: string[]; raw: string }> {
    const c = await this.commit(oid);
    // `raw` carries what history() reads from it: tree, parents, committer time and message.
    const time = Math.floor(Date.parse(c.committer.date) / 1000);
    const raw = [`tree ${c.tree.sha}`, ...c.parents.map((p) => `parent ${p.sha}`), `committer GitHub <noreply@github.com> ${time} +0000`, '', c.message].join('\n');
    return { tree: c.tree.sha, parents: c.parents.map((p) => p.sha), raw };
  }

  /**
   * Keeps a commit "List commits" already returned (its tree, parents, message and time), so reading
   * it later costs no request.
   */
  remember(c: { sha: string; parents: { sha: string }[]; commit: { tree?: { sha?: string }; message?: string; committer?: { date?: string } | null } }): void {
    const tree = c.commit.tree?.sha;
    const date = c.commit.committer?.date;
    if (this.commits.has(c.sha) || tree === undefined || date === undefined) return;
    this.commits.set(c.sha, { sha: c.sha, tree: { sha: tree }, parents: c.parents.map((p) => ({ sha: p.sha })), message: c.commit.message ?? '', committer: { date } });
  }

  async commit(oid: string): Promise<CommitData> {
    const known = this.commits.get(oid);
    if (known !== undefined) return known;
    const data = (await this.get('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { commit_sha: oid }, 'reading a facts commit')) as CommitData;
    this.commits.set(oid, data);
    return data;
  }

  private async get(route: string, params: Record<string, unknown>, doing: string): Promise<unknown> {
    try {
      return (await this.request(route, { owner: this.where.owner, repo: this.where.repo, ...params })).data;
    } catch (e) {
      throw gitHubFailure(e, this.where, doing);
    }
  }
}
