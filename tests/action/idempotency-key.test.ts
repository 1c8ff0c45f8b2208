// The Action's idempotency in-process (src/action/record/): the keys that make a re-run of a step
// record nothing new while the legs of a matrix job each record their own fact.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRunnerEnv } from '../../src/action/env/runner-env.js';
import { stepKey, trailKey } from '../../src/action/record/idempotency-key.js';
import { checkSameCommit, startedTrail, trailFact } from '../../src/action/record/start-trail.js';
import { setOutputs } from '../../src/action/record/step-outputs.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { tempDir } from '../helpers/git.js';
import { parseOutputs } from './runner.js';

const JOB = { GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '9000000001', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'test' };
const env = (vars: Record<string, string>) => readRunnerEnv(vars, '/work');
const without = (...names: string[]) => Object.fromEntries(Object.entries(JOB).filter(([name]) => !names.includes(name)));
/** The first 16 hex digits of the sha256 of `json`, worked out here rather than by the code under test. */
const digest16 = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

describe('stepKey', () => {
  const fact = { flow: 'payments', trail: 'build-1', what: 'unit-tests', content: { status: 'PASSED', evidence: ['sha256:aa'] } };
  // canonical JSON: keys sorted
  const digest = digest16('{"evidence":["sha256:aa"],"status":"PASSED"}');

  it('names the repository, run, attempt, job, flow, trail and type, then the digest of what is recorded', () => {
    expect(stepKey(env(JOB), fact)).toBe(`github-actions:acme/app:run/9000000001/attempt/2/job/test/payments/build-1/unit-tests/${digest}`);
  });

  it('tells the legs of a matrix job apart: same run, attempt and job, other evidence, other key', () => {
    const leg = (evidence: string) => stepKey(env(JOB), { ...fact, content: { status: 'FAILED', evidence: [evidence] } });
    expect(leg('sha256:bb')).not.toBe(leg('sha256:cc'));
    expect(leg('sha256:bb')).toBe(leg('sha256:bb'));
    expect(leg('sha256:bb')?.endsWith(`/${digest16('{"evidence":["sha256:bb"],"status":"FAILED"}')}`)).toBe(true);
  });

  it('is the same for the same content whatever the order of its keys', () => {
    expect(stepKey(env(JOB), { ...fact, content: { evidence: ['sha256:aa'], status: 'PASSED' } })).toBe(stepKey(env(JOB), fact));
  });

  it('counts a run without an attempt number as attempt 1, and a missing repository as empty', () => {
    expect(stepKey(env(without('GITHUB_RUN_ATTEMPT', 'GITHUB_REPOSITORY')), fact)).toBe(`github-actions::run/9000000001/attempt/1/job/test/payments/build-1/unit-tests/${digest}`);
  });

  it('is undefined outside a workflow run (no run id, or no job): every run then records its fact', () => {
    expect(stepKey(env(without('GITHUB_RUN_ID')), fact)).toBeUndefined();
    expect(stepKey(env(without('GITHUB_JOB')), fact)).toBeUndefined();
  });

  it('is at most 1024 characters, however long the names', () => {
    const long = { ...fact, trail: 't'.repeat(1000), what: 'w'.repeat(100) };
    const whole = `github-actions:acme/app:run/9000000001/attempt/2/job/test/payments/${'t'.repeat(1000)}/${'w'.repeat(100)}/${digest}`;
    expect(stepKey(env(JOB), long)).toBe(whole.slice(0, 1024));
  });
});

describe('trailKey and the trail fact', () => {
  const start = {
    flow: 'payments',
    trail: 'build-1',
    commit: 'a'.repeat(40),
    gitBranch: 'main',
    author: 'octocat',
    actor: 'github-actions',
    ts: '2026-11-23T10:00:00.000Z',
    context: { runId: '1' },
  };

  it('one key per flow and trail', () => {
    expect(trailKey('payments', 'build-1')).toBe('trail-started:payments/build-1');
  });

  it('the trail fact carries the key, so that jobs starting the same trail at once land one fact', () => {
    const fact = trailFact(start);
    expect(fact).toEqual({
      v: 1,
      // the id hashes the kind, flow, trail and key alone (canonical JSON, keys sorted)
      id: createHash('sha256').update('{"flow":"payments","key":"trail-started:payments/build-1","kind":"trail","trail":"build-1"}').digest('hex'),
      kind: 'trail',
      flow: 'payments',
      trail: 'build-1',
      actor: 'github-actions',
      ts: '2026-11-23T10:00:00.000Z',
      idempotencyKey: 'trail-started:payments/build-1',
      context: { runId: '1' },
      commit: 'a'.repeat(40),
      gitBranch: 'main',
      author: 'octocat',
    });
    // another job, another time, another context: the same fact id
    expect(trailFact({ ...start, ts: '2026-11-23T10:05:00.000Z', actor: 'someone', context: { runId: '2' } }).id).toBe(fact.id);
    expect(trailFact({ ...start, trail: 'build-2' }).id).not.toBe(fact.id);
  });

  it('leaves out the commit, branch and author it was not given', () => {
    const fact = trailFact({ ...start, commit: undefined, gitBranch: undefined, author: undefined });
    expect(Object.keys(fact).sort()).toEqual(['actor', 'context', 'flow', 'id', 'idempotencyKey', 'kind', 'trail', 'ts', 'v']);
  });

  it('startedTrail finds the trail fact among the trail\'s facts', () => {
    const trail = trailFact(start);
    const approval = makeFact({ kind: 'approval', flow: 'payments', trail: 'build-1', actor: 'alice', ts: '2026-11-23T10:01:00.000Z', decision: 'APPROVED' });
    expect(startedTrail([approval, trail])).toBe(trail);
    expect(startedTrail([approval])).toBeUndefined();
    expect(startedTrail([])).toBeUndefined();
  });

  it('checkSameCommit refuses to start for another commit a trail already started, and nothing else', () => {
    const trail = trailFact(start);
    expect(() => checkSameCommit(trail, 'b'.repeat(40))).toThrow(
      expect.objectContaining({
        code: 'BAD_INPUT',
        message: `trail build-1 of flow payments was already started for commit ${'a'.repeat(40)}: give another \`trail\` for commit ${'b'.repeat(40)}.`,
      }),
    );
    expect(() => checkSameCommit(trail, 'a'.repeat(40))).not.toThrow();
    expect(() => checkSameCommit(trail, undefined)).not.toThrow();
    expect(() => checkSameCommit(trailFact({ ...start, commit: undefined }), 'b'.repeat(40))).not.toThrow();
  });
});

describe('setOutputs', () => {
  let saved: string | undefined;
  let file = '';
  beforeEach(() => {
    saved = process.env.GITHUB_OUTPUT;
    file = path.join(tempDir('factstore-outputs-'), 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_OUTPUT;
    else process.env.GITHUB_OUTPUT = saved;
  });

  it('sets every output, an undefined one empty so that steps.x.outputs.y is always defined', () => {
    setOutputs({ status: 'FAILED', 'facts-commit': undefined });
    expect(parseOutputs(readFileSync(file, 'utf8'))).toEqual({ status: 'FAILED', 'facts-commit': '' });
  });
});
