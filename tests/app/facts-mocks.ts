/**
 * GitHub's answers about a facts branch, read from a FactsModel when the request comes (so a read
 * after one of the App's writes sees it): the tip, files at the tip, their commit histories with
 * signed payloads, the App's state check runs on the first commit, and the App's writes. Each
 * helper expects its requests exactly once (or `times`), with their parameters checked.
 */
import type nock from 'nock';
import type { AlarmFact } from '../../src/core/model/fact.js';
import { HIGH_WATER_RUN } from '../../src/core/store/github/facts-branch-state.js';
import { alarmRunText, TAMPER_ALARM_RUN } from '../../src/core/store/github/tamper-alarm-run.js';
import { commitIndexPath, MARKER_PATH, trailPath } from '../../src/core/store/layout.js';
import type { FactsModel } from './facts-model.js';

export interface Where {
  owner: string;
  repo: string;
}

/** The id GitHub gives the test App (world.ts starts Probot with appId 1). */
export const APP_ID = 1;

const repoPath = (w: Where): string => `/repos/${w.owner}/${w.repo}`;
export const contentsPath = (w: Where, path: string): string => `${repoPath(w)}/contents/${encodeURIComponent(path)}`;

export function fileAnswer(text: string): Record<string, unknown> {
  const bytes = Buffer.from(text);
  return { type: 'file', encoding: 'base64', content: bytes.toString('base64'), sha: 'b'.repeat(40), size: bytes.length };
}

/** The facts branch's tip (404 while there is none). */
export function mockTip(scope: nock.Scope, w: Where, model: FactsModel, times = 1): void {
  // "Get a branch": the tip with its tree (an append on it reads no commit)
  scope
    .get(`${repoPath(w)}/branches/factstore`)
    .times(times)
    .reply(() =>
      model.tip === undefined
        ? [404, { message: 'Branch not found' }]
        : [200, { name: 'factstore', commit: { sha: model.tip, parents: [], commit: { message: 'facts', tree: { sha: model.treeOf(model.tip) }, committer: { date: '2026-11-23T10:00:00Z' } } }, protected: false }],
    );
}

/** One file at the tip (contents API); 404 when absent. */
export function mockFile(scope: nock.Scope, w: Where, model: FactsModel, path: string): void {
  scope
    .get(contentsPath(w, path))
    .query((q) => q.ref === model.tip)
    .reply(() => {
      const text = model.textAt(path);
      return text === undefined ? [404, { message: 'Not Found' }] : [200, fileAnswer(text)];
    });
}

/** "List commits" of one file from the tip: each commit with its signed payload and signature. */
export function mockFileCommits(scope: nock.Scope, w: Where, model: FactsModel, path: string): void {
  scope
    .get(`${repoPath(w)}/commits`)
    .query((q) => q.sha === model.tip && q.path === path && q.per_page === '100' && q.page === '1')
    .reply(() => [200, model.listed(path)]);
}

/** A facts file as the trust check reads it: its text at the tip and the commits that touched it. */
export function mockFileWithHistory(scope: nock.Scope, w: Where, model: FactsModel, path: string): void {
  mockFile(scope, w, model, path);
  mockFileCommits(scope, w, model, path);
}

/** The App looks for the branch's first commit (the oldest that touched the layout marker) from `from`. */
export function mockRootLookup(scope: nock.Scope, w: Where, model: FactsModel, from = 'factstore', root?: string): void {
  scope
    .get(`${repoPath(w)}/commits`)
    .query({ sha: from, path: MARKER_PATH, per_page: '100', page: '1' })
    .reply(() => {
      const found = root ?? model.root;
      return found === undefined ? [404, { message: 'Not Found' }] : [200, [{ sha: found }]];
    });
}

/** The App's state on the facts branch: its high-water mark and its tamper alarm (open: these RAISED facts). */
export interface BranchState {
  highWater?: string;
  alarm?: { open: boolean; raised: AlarmFact[] };
}

/** The App's own state runs on the first commit, newest of each name (one request); `state` may be read when asked. */
export function mockStateRuns(scope: nock.Scope, w: Where, model: FactsModel, given: BranchState | (() => BranchState) = {}, root = model.root): void {
  scope
    .get(`${repoPath(w)}/commits/${root ?? 'none'}/check-runs`)
    .query({ app_id: String(APP_ID), filter: 'latest', per_page: '100' })
    .reply(() => {
      const runs = stateRuns(typeof given === 'function' ? given() : given);
      return [200, { total_count: runs.length, check_runs: runs }];
    });
}

function stateRuns(state: BranchState): Record<string, unknown>[] {
  return [
    ...(state.highWater !== undefined ? [{ id: 501, name: HIGH_WATER_RUN, external_id: state.highWater, status: 'completed', conclusion: 'success', output: { title: 'mark', summary: 'mark', text: null } }] : []),
    ...(state.alarm !== undefined
      ? [{ id: 502, name: TAMPER_ALARM_RUN, external_id: state.alarm.raised[0]?.id ?? '', status: 'completed', conclusion: state.alarm.open ? 'failure' : 'success', output: { title: 'alarm', summary: 'alarm', text: alarmRunText(state.alarm.open ? state.alarm.raised : []) } }]
      : []),
  ];
}

/** The high-water check: how the branch went from the mark to the tip. */
export function mockCompare(scope: nock.Scope, w: Where, model: FactsModel, base: string): void {
  scope
    .get(`${repoPath(w)}/compare/${base}...${model.tip ?? ''}`)
    .query({ per_page: '100', page: '1' })
    .reply(() => [200, model.compare(base, model.tip ?? '')]);
}

export interface StateRunBody {
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  external_id: string;
  output: { title: string; summary: string; text?: string };
}

/** The App writes one of its state runs (`name`) on the first commit; its body is kept. */
export function expectStateRun(scope: nock.Scope, w: Where, model: FactsModel, name: string, bodies: StateRunBody[], root?: string): void {
  scope
    .post(`${repoPath(w)}/check-runs`, (b: StateRunBody) => b.name === name && b.head_sha === (root ?? model.root) && b.status === 'completed' && bodies.push(b) > 0)
    .reply(201, { id: 600 + bodies.length });
}

export interface GateReadOptions {
  /** the App's state runs (none: no mark, no alarm), or how to answer them when asked */
  state?: BranchState | (() => BranchState);
  /** the App knows the branch's first commit from an earlier event (no lookup) */
  rootKnown?: boolean;
  /** the App knows its own id from an earlier event (no `GET /app`) */
  identityKnown?: boolean;
  /** the trail files the gate reads (default: those the commit's index names now; give them when a write before the gate adds one) */
  trails?: string[];
}

/** The App asks GitHub who it is (`GET /app`, with its JWT), once per server. */
export function mockAppId(scope: nock.Scope): void {
  scope.get('/app').reply(200, { id: APP_ID, slug: 'factstore', name: 'Factstore' });
}

/**
 * Every read of one gate of `commit` on trusted facts: the tip, the App's state runs (after the
 * first-commit lookup), the comparison from the mark, the commit's index and each trail it names
 * with its history.
 */
export function mockGateReads(scope: nock.Scope, w: Where, model: FactsModel, commit: string, options: GateReadOptions = {}): void {
  mockTip(scope, w, model);
  if (model.tip === undefined) {
    if (options.rootKnown !== true) mockRootLookup(scope, w, model);
    return;
  }
  if (options.rootKnown !== true) mockRootLookup(scope, w, model);
  if (options.identityKnown !== true) mockAppId(scope);
  mockStateRuns(scope, w, model, options.state);
  const mark = typeof options.state === 'function' ? undefined : options.state?.highWater;
  if (mark !== undefined && mark !== model.tip) mockCompare(scope, w, model, mark);
  const index = commitIndexPath(commit);
  mockFile(scope, w, model, index);
  const named = (model.textAt(index) ?? '').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { flow: string; trail: string });
  for (const path of options.trails ?? named.map((ref) => trailPath(ref.flow, ref.trail))) mockFileWithHistory(scope, w, model, path);
}

export interface Written {
  /** path → the file's whole new text */
  files: Record<string, string>;
  author: { name: string; email: string };
  message: string;
  signature: string;
  sha: string;
}

/**
 * One append by the App on the model's tip: the tip, its commit, the files it touches (their
 * texts at the tip), then the tree, the signed commit (answered with the id git gives the signed
 * bytes) and the ref moved without force. The commit lands in the model. `afterRead`: a decision
 * recorded on the facts commit it was just read at: the tip and those files are not asked again.
 */
export function mockAppend(scope: nock.Scope, w: Where, model: FactsModel, paths: string[], written: Written[], options: { afterRead?: boolean } = {}): void {
  const base = repoPath(w);
  // the tip's tree comes with the tip ("Get a branch"): no commit is read
  if (options.afterRead !== true) mockTip(scope, w, model);
  if (options.afterRead !== true) for (const path of paths) mockFile(scope, w, model, path);
  const entry: Written = { files: {}, author: { name: '', email: '' }, message: '', signature: '', sha: '' };
  scope
    .post(`${base}/git/trees`, (b: { base_tree?: string; tree?: { path: string; content?: string }[] }) => {
      if (b.tree === undefined || b.base_tree !== model.treeOf(model.tip ?? '')) return false;
      for (const e of b.tree) entry.files[e.path] = e.content ?? '';
      return true;
    })
    .reply(201, async (request) => {
      const b = (await request.json()) as { base_tree?: string; tree: { path: string; content?: string }[] };
      return { sha: model.postTree(b.base_tree, b.tree) };
    });
  scope.post(`${base}/git/commits`, (b: { parents?: string[]; signature?: string }) => b.parents?.[0] === model.tip && typeof b.signature === 'string').reply(201, async (request) => {
    const b = (await request.json()) as Parameters<FactsModel['postCommit']>[0];
    entry.sha = model.postCommit(b);
    entry.author = { name: b.author.name, email: b.author.email };
    entry.message = b.message;
    entry.signature = b.signature ?? '';
    written.push(entry);
    return { sha: entry.sha };
  });
  scope
    .patch(`${base}/git/refs/heads%2Ffactstore`, (b: { sha?: string; force?: boolean }) => b.force === false && b.sha === entry.sha)
    .reply(() => (model.moveTip(entry.sha) ? [200, { object: { sha: entry.sha } }] : [422, { message: 'Update is not a fast forward' }]));
}

/** The facts of one written file. */
export function writtenFacts(commit: Written | undefined, path: string): { kind: string; [key: string]: unknown }[] {
  const text = commit?.files[path];
  if (text === undefined) throw new Error(`${path} was not written; written: ${Object.keys(commit?.files ?? {}).join(', ')}`);
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { kind: string });
}
