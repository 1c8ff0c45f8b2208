// The pieces of the deployment answer that need no GitHub: which callback addresses are accepted,
// how the payload becomes a request, and how the comment is kept within GitHub's limit.
import { describe, expect, it } from 'vitest';
import { checkCallbackUrl } from '../../app/src/deployment/callback-target.js';
import { deploymentOfPayload, type DeploymentProtectionPayload } from '../../app/src/deployment/deployment-request.js';
import { COMMENT_LIMIT, decisionComment, fitComment } from '../../app/src/deployment/protection-comment.js';
import type { GateResult } from '../../src/core/evaluate/types.js';
import { deploymentPayload } from './deployment-world.js';

const repo = { owner: 'octo-org', repo: 'octo-repo' };
const path = '/repos/octo-org/octo-repo/actions/runs/6886542001/deployment_protection_rule';

describe('checkCallbackUrl', () => {
  it('accepts the review endpoint of a run of the event repository, on github.com', () => {
    expect(checkCallbackUrl(`https://api.github.com${path}`, 'https://api.github.com', repo)).toEqual({ ok: true, target: { ...repo, runId: 6886542001 } });
  });

  it('accepts it under the /api/v3 prefix of GitHub Enterprise Server, and only there', () => {
    const base = 'https://ghe.acme.test/api/v3';
    expect(checkCallbackUrl(`https://ghe.acme.test/api/v3${path}`, base, repo)).toMatchObject({ ok: true, target: { runId: 6886542001 } });
    expect(checkCallbackUrl(`https://ghe.acme.test${path}`, base, repo)).toMatchObject({ ok: false });
    expect(checkCallbackUrl(`https://api.github.com${path}`, base, repo)).toMatchObject({ ok: false, why: expect.stringContaining('not the GitHub API the App uses') as string });
  });

  it('compares the repository case-insensitively, as GitHub does', () => {
    expect(checkCallbackUrl(`https://api.github.com${path.replace('octo-org', 'Octo-Org')}`, 'https://api.github.com', repo)).toMatchObject({ ok: true });
  });

  it.each([
    ['a port', `https://api.github.com:8443${path}`],
    ['a fragment', `https://api.github.com${path}#x`],
    ['a dot-dot walk', `https://api.github.com/repos/octo-org/octo-repo/actions/runs/1/deployment_protection_rule/../../../../../user`],
    ['an encoded slash', 'https://api.github.com/repos/octo-org%2Fx/octo-repo/actions/runs/1/deployment_protection_rule'],
    ['a run id that is not a number', 'https://api.github.com/repos/octo-org/octo-repo/actions/runs/latest/deployment_protection_rule'],
    ['a run id past 2^53', 'https://api.github.com/repos/octo-org/octo-repo/actions/runs/9999999999999999/deployment_protection_rule'],
    ['a trailing segment', `https://api.github.com${path}/x`],
  ])('refuses %s', (_, url) => {
    expect(checkCallbackUrl(url, 'https://api.github.com', repo)).toMatchObject({ ok: false });
  });
});

describe('deploymentOfPayload', () => {
  const of = (changes: Parameters<typeof deploymentPayload>[0]) => deploymentOfPayload(deploymentPayload(changes) as unknown as DeploymentProtectionPayload);

  it('reads the environment, the commit, the branch and the callback of the schema-built payload', () => {
    expect(of({})).toEqual({
      owner: 'octo-org',
      repo: 'octo-repo',
      defaultBranch: 'main',
      environment: 'production',
      sha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      branch: 'main',
      callbackUrl: `https://api.github.com${path}`,
    });
  });

  it('takes no branch from a ref that is a commit or a tag', () => {
    expect(of({ ref: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' }).branch).toBeUndefined();
    expect(of({ ref: 'refs/tags/v1.2.0' }).branch).toBeUndefined();
    expect(of({ ref: 'refs/heads/release/1.2' }).branch).toBe('release/1.2');
  });
});

describe('the review comment', () => {
  const commit = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
  const gate = (n: number, details: string): GateResult => ({
    commit,
    decision: 'GATE_BLOCKED',
    factsCommit: null,
    details: '',
    flows: Array.from({ length: n }, (_, i) => ({ flow: `flow-${i}`, decision: 'GATE_BLOCKED' as const, trail: null, details })),
  });

  it('keeps every flow when they fit', () => {
    expect(decisionComment(gate(2, 'no trail'), 'production')).toBe('Factstore: GATE_BLOCKED for production at 6113728.\nflow-0: GATE_BLOCKED: no trail\nflow-1: GATE_BLOCKED: no trail');
  });

  it('drops whole flows past the limit and says how many, with the command that shows them all', () => {
    const text = decisionComment(gate(40, 'Missing required attestations: unit-tests, vulnerability-scan, sbom'), 'production');
    expect(Array.from(text).length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const lines = text.split('\n');
    expect(lines.at(-1)).toMatch(/^… \d+ more flow\(s\): run `factstore gate --commit 6113728f27ae82c7b1a177c8d03f9e96e0adf246` for the whole decision\.$/);
    const kept = lines.slice(1, -1);
    expect(kept.every((l) => l.endsWith('sbom'))).toBe(true);
    expect(kept.length + Number(/(\d+) more/.exec(lines.at(-1) ?? '')?.[1])).toBe(40);
  });

  it('cuts an oversized first flow at a character boundary, never inside an emoji', () => {
    const text = fitComment('head', ['x'.repeat(990) + '🚀'.repeat(40), 'next']);
    expect(Array.from(text).length).toBe(COMMENT_LIMIT);
    expect(text).toMatch(/^head\nx{990}(🚀)+…\n… 1 more line\(s\)\.$/u);
    // a lone half of a surrogate pair would not survive a round trip through UTF-8
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });

  it('cuts a single long message to the limit', () => {
    const text = fitComment('y'.repeat(5000), []);
    expect(Array.from(text)).toHaveLength(COMMENT_LIMIT);
    expect(text.endsWith('…')).toBe(true);
  });
});
