/**
 * A stateful stand-in for GitHub's REST API (Git Data, contents, commits) on 127.0.0.1, for tests
 * and the bench, usable from other processes through its URL. Repositories, tokens, protections
 * and faults are set up by the test; what clients write is held as real git objects.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Apps, type InstallationOptions } from './app-auth.js';
import { Tokens, userJson, type TokenOptions } from './auth.js';
import { checkRunsOf, type CheckRunRecord } from './check-runs.js';
import { commitText } from './commit-object.js';
import { protectionsOf, type DeploymentReviewRecord } from './deployment-reviews.js';
import { Faults, type FaultOptions } from './faults.js';
import { exportToGit } from './git-export.js';
import { importFromGit } from './git-import.js';
import { issuesOf, newId, nextNumber, stamp, type CommentRecord, type IssueRecord } from './issues.js';
import { Repository } from './repository.js';
import { checkRunRoutes } from './routes-check-runs.js';
import { commitRoutes } from './routes-commits.js';
import { compareRoutes } from './routes-compare.js';
import { contentRoutes } from './routes-contents.js';
import { deploymentReviewRoutes } from './routes-deployment-reviews.js';
import { issueRoutes } from './routes-issues.js';
import { objectRoutes } from './routes-objects.js';
import { protectionRoutes } from './routes-protection.js';
import { pullRoutes } from './routes-pulls.js';
import { refRoutes } from './routes-refs.js';
import { handle, type RecordedRequest, type ServerState } from './server.js';
import type { SpecViolation } from './spec-check.js';
import { liveFakes, violationsError, type ViolationSource } from './spec-violations.js';
import { buildTree } from './tree-edit.js';

export interface FakeGitHubOptions {
  /** wait this long before handling each request (widens race windows) */
  latencyMs?: number;
  /** and up to this much more, at random */
  jitterMs?: number;
  /** recursive tree listings stop here with `truncated: true` (GitHub: 100 000) */
  treeEntryLimit?: number;
  /** the token `gh.token` holds ("Contents: write") */
  defaultToken?: string;
  /** the clock for commits that name no date */
  now?: () => Date;
  /** keep request bodies in `gh.requests` (default true) */
  recordBodies?: boolean;
}

export interface RepoOptions {
  defaultBranch?: string;
  private?: boolean;
}

export interface PullRequestOptions {
  number?: number;
  headSha: string;
  headRef: string;
  /** default: the repository's default branch */
  baseRef?: string;
  title?: string;
}

export interface PutFilesOptions {
  message?: string;
  author?: { name: string; email: string };
  date?: Date;
}

let repoIds = 1;

export class FakeGitHub implements ViolationSource {
  readonly requests: RecordedRequest[] = [];
  private readonly violations: SpecViolation[] = [];
  private reported = 0;
  readonly token: string;
  private readonly repos = new Map<string, Repository>();
  private readonly tokens = new Tokens();
  private readonly apps = new Apps();
  private readonly faults = new Faults();
  private readonly state: ServerState;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    options: FakeGitHubOptions,
  ) {
    this.token = options.defaultToken ?? 'ghs_fakeGitHubDefaultToken';
    this.tokens.add(this.token, { contents: 'write', checks: 'write', issues: 'write', pullRequests: 'write', deployments: 'write', login: 'fake-bot', name: 'Fake Bot' });
    this.state = {
      url,
      repos: this.repos,
      tokens: this.tokens,
      apps: this.apps,
      faults: this.faults,
      routes: [...refRoutes, ...objectRoutes(options.treeEntryLimit ?? 100_000), ...contentRoutes, ...checkRunRoutes, ...issueRoutes, ...pullRoutes, ...compareRoutes, ...protectionRoutes, ...commitRoutes, ...deploymentReviewRoutes],
      requests: this.requests,
      violations: this.violations,
      latencyMs: options.latencyMs ?? 0,
      jitterMs: options.jitterMs ?? 0,
      recordBodies: options.recordBodies ?? true,
      now: options.now ?? (() => new Date()),
      userByEmail: (email) => {
        const a = this.tokens.byEmail(email);
        return a === undefined ? null : userJson(a, url);
      },
    };
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const holder: { fake?: FakeGitHub } = {};
    const server = createServer((req, res) => {
      if (holder.fake === undefined) return void res.writeHead(503).end();
      handle(holder.fake.state, req, res).catch(() => res.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.fake = new FakeGitHub(server, `http://127.0.0.1:${port}`, options);
    liveFakes().add(holder.fake);
    return holder.fake;
  }

  /** Stops the server; throws when requests GitHub would refuse were made and no test has seen them. */
  async close(): Promise<void> {
    liveFakes().delete(this);
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
    const left = this.takeUnreported();
    if (left.length > 0) throw violationsError(this.url, left);
  }

  /** The requests refused because GitHub's OpenAPI description (or a limit it states in prose) does not allow them. */
  specViolations(): readonly SpecViolation[] {
    return this.violations;
  }

  /** Returns the refused requests and forgets them: for tests that send them on purpose. */
  takeSpecViolations(): SpecViolation[] {
    this.reported = 0;
    return this.violations.splice(0);
  }

  takeUnreported(): SpecViolation[] {
    const fresh = this.violations.slice(this.reported);
    this.reported = this.violations.length;
    return fresh;
  }

  /** A repository with no commit yet (GitHub's "empty repository"), unless files are put in it. */
  createRepo(fullName: string, options: RepoOptions = {}): Repository {
    const [owner, name, extra] = fullName.split('/');
    if (owner === undefined || name === undefined || extra !== undefined || owner === '' || name === '') throw new Error(`fake-github: "${fullName}" is not owner/name`);
    const repo = new Repository({ owner, name, defaultBranch: options.defaultBranch ?? 'main', private: options.private ?? true, id: repoIds++ });
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repository(fullName: string): Repository {
    const repo = this.repos.get(fullName.toLowerCase());
    if (repo === undefined) throw new Error(`fake-github: no repository ${fullName}; create it with createRepo`);
    return repo;
  }

  /** Commits files (null deletes one) on top of a branch, creating the branch if needed. */
  putFiles(fullName: string, branch: string, files: Record<string, string | Uint8Array | null>, options: PutFilesOptions = {}): string {
    const repo = this.repository(fullName);
    const tip = repo.refs.get(`refs/heads/${branch}`);
    const edits = Object.entries(files).map(([path, content]) => ({
      path,
      mode: '100644' as const,
      sha: content === null ? null : repo.write('blob', Buffer.from(content)),
    }));
    const tree = buildTree(repo, tip === undefined ? undefined : repo.commit(tip)?.tree, edits);
    const who = { ...(options.author ?? { name: 'Fake Author', email: 'author@example.com' }), seconds: Math.floor((options.date ?? this.state.now()).getTime() / 1000), offset: '+0000' };
    const message = options.message ?? `Update ${Object.keys(files).join(', ')}\n`;
    const sha = repo.write('commit', Buffer.from(commitText({ tree, parents: tip === undefined ? [] : [tip], author: who, committer: who, message }), 'utf8'));
    repo.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  /** `heads/x` or `refs/heads/x` → its object id. */
  ref(fullName: string, ref: string): string | undefined {
    return this.repository(fullName).refs.get(ref.startsWith('refs/') ? ref : `refs/${ref}`);
  }

  setRef(fullName: string, ref: string, sha: string): void {
    this.repository(fullName).refs.set(ref.startsWith('refs/') ? ref : `refs/${ref}`, sha);
  }

  /** A file's bytes at a branch, tag or commit; undefined when absent. */
  readFile(fullName: string, ref: string, path: string): Buffer | undefined {
    const repo = this.repository(fullName);
    const commit = repo.resolveCommit(ref);
    const entry = commit === undefined ? undefined : repo.entryAt(repo.commit(commit)?.tree ?? '', path);
    return entry === undefined || entry.mode === '040000' ? undefined : repo.object(entry.sha)?.body;
  }

  addToken(token: string, options: TokenOptions): void {
    this.tokens.add(token, options);
  }

  /** A GitHub App's installation: the App's JWTs (checked with `key`) get tokens with its permissions. */
  addAppInstallation(options: InstallationOptions): void {
    this.apps.add(options);
  }

  /** Registers an open pull request (its number shared with issues); again with the same number moves its head. */
  openPullRequest(fullName: string, options: PullRequestOptions): number {
    const repo = this.repository(fullName);
    const store = issuesOf(repo);
    const number = options.number ?? nextNumber(store);
    const pull = { headSha: options.headSha, headRef: options.headRef, baseRef: options.baseRef ?? repo.settings.defaultBranch };
    const existing = store.issues.find((i) => i.number === number);
    const now = stamp(this.state.now());
    if (existing !== undefined) {
      if (existing.pull === undefined) throw new Error(`fake-github: #${number} of ${fullName} is an issue, not a pull request`);
      Object.assign(existing, { pull, updated_at: now });
      return number;
    }
    const user = this.tokens.add(`ghp_pullAuthor${number}`, { contents: 'write', login: 'octocat' });
    store.issues.push({ id: newId(), number, title: options.title ?? `Pull request ${number}`, body: null, state: 'open', labels: [], user, created_at: now, updated_at: now, closed_at: null, pull });
    return number;
  }

  /** The issues and pull requests of a repository, as held (pull requests have `pull`). */
  issues(fullName: string): readonly IssueRecord[] {
    return issuesOf(this.repository(fullName)).issues;
  }

  /** The comments on an issue or pull request, oldest first. */
  comments(fullName: string, number: number): readonly CommentRecord[] {
    return issuesOf(this.repository(fullName)).comments.filter((c) => c.issueNumber === number);
  }

  /** Every check run of a repository, in creation order. */
  checkRuns(fullName: string): readonly CheckRunRecord[] {
    return checkRunsOf(this.repository(fullName));
  }

  /** A workflow run whose job for `environment` waits on a custom deployment protection rule (an App's answer). */
  awaitDeploymentProtection(fullName: string, runId: number, environment: string): void {
    const { pending } = protectionsOf(this.repository(fullName));
    pending.set(runId, (pending.get(runId) ?? new Set()).add(environment));
  }

  /** The answers given to custom deployment protection rules, oldest first. */
  deploymentReviews(fullName: string): readonly DeploymentReviewRecord[] {
    return protectionsOf(this.repository(fullName)).reviews;
  }

  /** Ref updates of the branch are refused with GitHub's 422 and this message. */
  protectBranch(fullName: string, branch: string, message = 'Changes must be made through a pull request.'): void {
    this.repository(fullName).protectedBranches.set(branch, message);
  }

  unprotectBranch(fullName: string, branch: string): void {
    this.repository(fullName).protectedBranches.delete(branch);
  }

  /** The next `count` requests matching `options.method`/`options.path` fail as described. */
  failNext(count: number, options: FaultOptions): void {
    this.faults.add(count, options);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  resetRequests(): void {
    this.requests.length = 0;
  }

  exportToGit(fullName: string, dir: string): Promise<void> {
    return exportToGit(this.repository(fullName), dir);
  }

  importFromGit(fullName: string, dir: string, branch: string): Promise<{ objects: number; tip: string }> {
    return importFromGit(this.repository(fullName), dir, branch);
  }
}
