// Pieces of the GitHub store read without a server: what a failed request becomes, the App's cache of
// listed commits, and the tamper alarm kept in a check run.
import { describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { AlarmFact } from '../../src/core/model/fact.js';
import { gitHubFailure, protectedBranch } from '../../src/core/store/github/github-errors.js';
import type { ListedCommit } from '../../src/core/store/github/github-file-history.js';
import { ListedCommitsCache, listedCommitsKey } from '../../src/core/store/github/listed-commits-cache.js';
import { messageOf, statusOf } from '../../src/core/store/github/github-request.js';
import { alarmOfRun, alarmRunText, NO_ALARM, TAMPER_ALARM_RUN } from '../../src/core/store/github/tamper-alarm-run.js';

const where = { owner: 'acme', repo: 'facts', branch: 'factstore' };
/** What Octokit throws: a RequestError with the status and GitHub's answer. */
const requestError = (status: number, message: string) => Object.assign(new Error(`${message} - https://docs.github.com`), { status, response: { data: { message } } });

describe('a failed GitHub request', () => {
  it('status and message: from the response when there is one, else from the error', () => {
    expect(statusOf(requestError(403, 'x'))).toBe(403);
    expect(statusOf({ status: '403' })).toBeUndefined();
    expect(statusOf(null)).toBeUndefined();
    expect(statusOf('403')).toBeUndefined();
    expect(messageOf(requestError(422, 'Update is not a fast forward'))).toBe('Update is not a fast forward');
    expect(messageOf(Object.assign(new Error('socket hang up'), { response: { data: 'html' } }))).toBe('socket hang up');
    expect(messageOf(Object.assign(new Error('e'), { response: { data: { message: 5 } } }))).toBe('e');
    expect(messageOf({ response: undefined })).toBe('[object Object]');
    expect(messageOf('plain')).toBe('plain');
  });

  it('says what to do for each status', () => {
    const said = (status: number, message = 'No') => gitHubFailure(requestError(status, message), where, 'writing facts');
    const head = (status: number | string, message = 'No') => `GitHub answered ${status} (${message}) while writing facts in acme/facts`;
    expect(said(401)).toMatchObject({ code: 'CONFIG', message: `${head(401)}: the token is missing, expired or revoked. Pass a valid token (the workflow's github.token, a GitHub App token, or a fine-grained token).` });
    expect(said(403, 'You have exceeded a secondary Rate Limit')).toMatchObject({
      code: 'CONFLICT',
      message: `${head(403, 'You have exceeded a secondary Rate Limit')}: GitHub's rate limit held the write back even after retries. Nothing was written; run the step again in a few minutes, or spread the jobs that write facts at once.`,
    });
    expect(said(403, 'Resource not accessible by integration')).toMatchObject({
      code: 'CONFIG',
      message: `${head(403, 'Resource not accessible by integration')}: the token may not do this. Grant \`permissions: contents: write\` to the job (or, for a dedicated facts repository, use a token with Contents read and write on acme/facts).`,
    });
    expect(said(404)).toMatchObject({ code: 'NOT_FOUND', message: `${head(404)}: the repository does not exist or the token cannot see it. Check the facts repository name and that the token has access to acme/facts.` });
    expect(said(422)).toMatchObject({ code: 'INTERNAL', message: `${head(422)}: report this, with the facts branch tip.` });
    expect(said(502)).toMatchObject({ code: 'INTERNAL', message: `${head(502)}: GitHub may be unavailable; nothing was written, try again.` });
    const offline = gitHubFailure(new Error('getaddrinfo ENOTFOUND'), where, 'reading facts');
    expect(offline.message).toBe('GitHub answered with an error (getaddrinfo ENOTFOUND) while reading facts in acme/facts: GitHub may be unavailable; nothing was written, try again.');
    const cause = requestError(401, 'Bad credentials');
    expect(gitHubFailure(cause, where, 'x').cause).toBe(cause);
  });

  it('a write refused by branch protection', () => {
    const cause = requestError(422, 'Changes must be made through a pull request.');
    const e = protectedBranch(cause, where, 'moving the facts branch');
    expect(e).toMatchObject({
      code: 'CONFIG',
      message:
        'GitHub answered 422 (Changes must be made through a pull request.) while moving the facts branch in acme/facts: branch protection refuses the write to factstore. ' +
        "Let the writer bypass the rule (add the Action's GitHub App or token to the bypass list), or keep the facts branch out of rules that require pull requests or status checks; " +
        'block force pushes and deletions instead. Facts commits are signed and append-only. Nothing was written.',
    });
    expect(e.cause).toBe(cause);
    expect(protectedBranch('x', where, 'y').message).toMatch(/^GitHub answered with an error \(x\) while y in acme\/facts: /);
  });
});

describe('ListedCommitsCache', () => {
  const commits = (n: number, tag: string): ListedCommit[] => Array.from({ length: n }, (_, i) => ({ sha: `${tag}${i}`, parents: [], commit: {} }));

  it('keys by repository, branch and path', () => {
    expect(listedCommitsKey(where, 'trails/p/00/t.ndjson')).toBe('acme/facts\u0000factstore\u0000trails/p/00/t.ndjson');
  });

  it('keeps at most its number of commits, forgetting the least recently used files first', () => {
    const cache = new ListedCommitsCache(10);
    cache.set('a', commits(4, 'a'));
    cache.set('b', commits(4, 'b'));
    expect(cache.size).toBe(8);
    // a is used: b is now the oldest
    expect(cache.get('a')).toEqual(commits(4, 'a'));
    cache.set('c', commits(3, 'c'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.size).toBe(7);
    // a file stored again replaces its list
    cache.set('a', commits(2, 'x'));
    expect(cache.size).toBe(5);
    expect(cache.get('a')).toEqual(commits(2, 'x'));
    // exactly full is kept
    cache.set('d', commits(5, 'd'));
    expect(cache.size).toBe(10);
    expect(cache.get('c')).toEqual(commits(3, 'c'));
    // a list longer than the whole cache is not kept, and the file's old list is gone
    cache.set('c', commits(11, 'c'));
    expect(cache.get('c')).toBeUndefined();
    expect(cache.size).toBe(7);
    expect(cache.get('zz')).toBeUndefined();
  });

  it('holds 20,000 commits by default', () => {
    const cache = new ListedCommitsCache();
    cache.set('a', commits(20_000, 'a'));
    expect(cache.size).toBe(20_000);
    cache.set('b', commits(1, 'b'));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});

describe('the tamper alarm check run', () => {
  const raised = (n: number, detail = 'the branch was force-pushed'): AlarmFact =>
    makeFact({ kind: 'alarm', event: 'TAMPER_ALARM_RAISED', branch: 'factstore', incidents: [{ kind: 'force-push', detail }], actor: 'factstore[bot]', ts: `2026-11-23T10:00:${String(n).padStart(2, '0')}.000Z` }) as AlarmFact;
  const run = (conclusion: string | null, text: string | null | undefined) => ({ id: 7, name: TAMPER_ALARM_RUN, conclusion, output: text === undefined ? null : { text } });

  it('no run, or a successful one: no alarm', () => {
    expect(TAMPER_ALARM_RUN).toBe('Factstore tamper alarm');
    expect(alarmOfRun(undefined)).toEqual({ open: false, raised: [], leftOut: 0 });
    expect(alarmOfRun(run('success', 'not json'))).toBe(NO_ALARM);
  });

  it('an open run: its RAISED facts and how many were left out', () => {
    const facts = [raised(1), raised(2)];
    expect(alarmOfRun(run('failure', alarmRunText(facts, 3)))).toEqual({ open: true, raised: facts, leftOut: 3 });
    expect(alarmOfRun(run('failure', JSON.stringify({ raised: facts, leftOut: -1 })))).toEqual({ open: true, raised: facts, leftOut: 0 });
    expect(alarmOfRun(run('failure', JSON.stringify({ raised: facts, leftOut: '3' })))).toEqual({ open: true, raised: facts, leftOut: 0 });
    // a run still in progress has no conclusion: open
    expect(alarmOfRun(run(null, alarmRunText(facts))).open).toBe(true);
  });

  it('an open run that cannot be read still blocks, and says why', () => {
    expect(alarmOfRun(run('failure', undefined))).toEqual({ open: true, raised: [], leftOut: 0, problem: 'the "Factstore tamper alarm" check run 7 holds no readable list of alarms' });
    expect(alarmOfRun(run('failure', 'null'))).toEqual({ open: true, raised: [], leftOut: 0, problem: 'the "Factstore tamper alarm" check run 7 holds 0 entries that are not TAMPER_ALARM_RAISED facts' });
    const cleared = makeFact({ kind: 'alarm', event: 'TAMPER_ALARM_CLEARED', branch: 'factstore', clears: raised(1).id, comment: 'restored', actor: 'alice', ts: '2026-11-23T11:00:00.000Z' });
    const mixed = alarmOfRun(run('failure', JSON.stringify({ raised: [raised(1), cleared, { kind: 'alarm' }] })));
    expect(mixed).toEqual({ open: true, raised: [raised(1)], leftOut: 0, problem: 'the "Factstore tamper alarm" check run 7 holds 2 entries that are not TAMPER_ALARM_RAISED facts' });
    expect(alarmOfRun(run('failure', JSON.stringify({ raised: [raised(1), cleared] }))).problem).toBe('the "Factstore tamper alarm" check run 7 holds 1 entry that is not TAMPER_ALARM_RAISED facts');
    const approval = makeFact({ kind: 'approval', flow: 'p', trail: 't', decision: 'APPROVED', actor: 'a', ts: '2026-11-23T11:00:00.000Z' });
    expect(alarmOfRun(run('failure', JSON.stringify({ raised: [approval] }))).raised).toEqual([]);
  });

  it('the run text keeps the newest alarms that fit GitHub limit of 65,535 characters', () => {
    expect(alarmRunText([])).toBe('{\n "raised": []\n}');
    expect(JSON.parse(alarmRunText([raised(1)], 2))).toEqual({ raised: [raised(1)], leftOut: 2 });
    const big = Array.from({ length: 40 }, (_, i) => raised(i, 'x'.repeat(3000)));
    const text = alarmRunText(big);
    expect(text.length).toBeLessThanOrEqual(65_535);
    const kept = JSON.parse(text) as { raised: AlarmFact[]; leftOut: number };
    expect(kept.raised.at(-1)).toEqual(big[39]);
    expect(kept.leftOut + kept.raised.length).toBe(40);
    expect(kept.leftOut).toBeGreaterThan(0);
    // one more would not fit
    expect(JSON.stringify({ raised: big.slice(kept.leftOut - 1), leftOut: kept.leftOut - 1 }, null, 1).length).toBeGreaterThan(65_535);
    // a single alarm too large to fit is counted, not kept
    expect(JSON.parse(alarmRunText([raised(1, 'y'.repeat(70_000))], 1))).toEqual({ raised: [], leftOut: 2 });
  });
});
