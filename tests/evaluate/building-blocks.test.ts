// The small rules the engine is built from, each at its edges: summaries combined over evidence
// files, allow-lists, the order of facts and trails, branch and environment scope, the document a
// policy sees.
import { describe, expect, it } from 'vitest';
import { actorKey, allowListMatcher } from '../../src/core/evaluate/actor-match.js';
import { compareBest, pickBest, pickWorst } from '../../src/core/evaluate/best-trail.js';
import { chronological, compareTs, newestTs, tsValue } from '../../src/core/evaluate/chronology.js';
import { combinedSummary } from '../../src/core/evaluate/combined-summary.js';
import { flowGatesEnvironment } from '../../src/core/evaluate/environment-flows.js';
import { evaluateTrail } from '../../src/core/evaluate/evaluate-trail.js';
import { appliesToBranches } from '../../src/core/evaluate/flow-scope.js';
import { buildTrailDocument } from '../../src/core/evaluate/trail-document.js';
import type { TrailEvaluation } from '../../src/core/evaluate/types.js';
import type { EvidenceRef } from '../../src/core/model/fact.js';
import { commitOf, digestOf, flowConfig, minute, TrailBuilder } from './helpers.js';

const junit = (summary?: Record<string, unknown>): EvidenceRef => ({ name: 'junit.xml', sha256: digestOf(JSON.stringify(summary ?? {})), size: 1, format: 'junit', ...(summary !== undefined ? { summary } : {}) });

describe('combinedSummary', () => {
  it('one file: its summary as it is', () => {
    const summary = { tests: 3, failures: 1, suite: 'a' };
    expect(combinedSummary([junit(summary)])).toBe(summary);
  });

  it('several files of one format: every numeric count added up, other values left out', () => {
    expect(combinedSummary([junit({ tests: 3, failures: 1, suite: 'a' }), junit({ tests: 5, failures: 0, skipped: 2 }), junit({ tests: 1 })])).toEqual({
      tests: 9,
      failures: 1,
      skipped: 2,
    });
  });

  it('nothing to combine: no file, a file without a summary, formats that differ, no number at all', () => {
    expect(combinedSummary([])).toBeUndefined();
    expect(combinedSummary([junit({ tests: 1 }), junit()])).toBeUndefined();
    expect(combinedSummary([junit()])).toBeUndefined();
    expect(combinedSummary([junit({ tests: 1 }), { ...junit({ results: 2 }), format: 'sarif' }])).toBeUndefined();
    expect(combinedSummary([junit({ suite: 'a' }), junit({ suite: 'b' })])).toBeUndefined();
  });
});

describe('allowListMatcher', () => {
  it('matches logins without case, and teams only through the membership check, asked once per actor', () => {
    const asked: string[] = [];
    const isListed = allowListMatcher(['Alice', '@acme/sre'], (actor, team) => {
      asked.push(`${actor} ${team}`);
      return actor.toLowerCase() === 'sam';
    });
    expect([isListed('alice'), isListed('ALICE'), isListed('sam'), isListed('Sam'), isListed('bob'), isListed('bob')]).toEqual([true, true, true, true, false, false]);
    // alice is a listed login: no team question; sam and bob once each, by the login as written first
    expect(asked).toEqual(['sam @acme/sre', 'bob @acme/sre']);
  });

  it('a team entry is never a login, and a login is never asked about as a team', () => {
    const teamsAsked: string[] = [];
    const isListed = allowListMatcher(['@acme/sre', 'alice'], (_actor, team) => {
      teamsAsked.push(team);
      return false;
    });
    expect(isListed('@acme/sre')).toBe(false);
    expect(teamsAsked).toEqual(['@acme/sre']);
  });

  it('without a membership check no one is a team member', () => {
    expect(allowListMatcher(['@acme/sre'])('sam')).toBe(false);
  });

  it('actorKey is the login in lower case', () => {
    expect(actorKey('Alice-Smith')).toBe('alice-smith');
  });
});

describe('the order of facts and trails', () => {
  it('tsValue: milliseconds, and an unparsable time sorts first', () => {
    expect(tsValue('2026-01-01T00:00:00.000Z')).toBe(Date.UTC(2026, 0, 1));
    expect(tsValue('yesterday')).toBe(Number.NEGATIVE_INFINITY);
  });

  it('compareTs is -1, 0 or 1 by time, not by text', () => {
    expect(compareTs('2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z')).toBe(0);
    expect(compareTs('2026-01-01T00:00:00+01:00', '2026-01-01T00:00:00Z')).toBe(-1);
    expect(compareTs('2026-01-01T00:00:01Z', '2026-01-01T00:00:00Z')).toBe(1);
  });

  it('chronological: oldest first, file order among equal times', () => {
    const facts = [
      { ts: minute(2), n: 'c' },
      { ts: minute(1), n: 'a' },
      { ts: minute(2), n: 'd' },
      { ts: minute(1), n: 'b' },
    ];
    expect(chronological(facts).map((f) => f.n)).toEqual(['a', 'b', 'c', 'd']);
    expect(facts.map((f) => f.n)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('newestTs: the newest time as written, the last one written among equals, \'\' for none', () => {
    expect(newestTs([])).toBe('');
    expect(newestTs([{ ts: minute(3) }, { ts: minute(9) }, { ts: minute(5) }])).toBe(minute(9));
    expect(newestTs([{ ts: '2026-01-01T00:00:00Z' }, { ts: '2026-01-01T00:00:00.000Z' }])).toBe('2026-01-01T00:00:00.000Z');
    // an unparsable time first still gives way to a real one
    expect(newestTs([{ ts: 'garbled' }, { ts: minute(1) }])).toBe(minute(1));
  });

  const evaluation = (trail: string, problems: number, newest: string) => ({ trail, problems, newest }) as TrailEvaluation;

  it('the best trail: fewest problems, then newest, then by name', () => {
    const a = evaluation('a', 1, minute(5));
    const b = evaluation('b', 0, minute(1));
    const c = evaluation('c', 1, minute(9));
    const d = evaluation('d', 1, minute(9));
    expect(pickBest([a, c, d, b])).toBe(b);
    expect(pickBest([a, d, c])).toBe(c);
    expect(pickBest([])).toBeUndefined();
    expect([compareBest(c, d), compareBest(d, c), compareBest(c, c), compareBest(c, a), compareBest(a, c)]).toEqual([-1, 1, 0, -1, 1]);
    expect(compareBest(b, a)).toBeLessThan(0);
  });

  it('the worst of a trail\'s artifacts: most problems, the first recorded on ties', () => {
    const first = evaluation('t', 2, minute(1));
    const tie = evaluation('t', 2, minute(2));
    expect(pickWorst([evaluation('t', 1, minute(0)), first, tie, evaluation('t', 0, minute(3))])).toBe(first);
    expect(pickWorst([])).toBeUndefined();
  });
});

describe('scope', () => {
  it('a flow with branches applies to a commit judged for one of them, with or without refs/heads/', () => {
    const main = flowConfig({ branches: ['main', 'release'] });
    expect(appliesToBranches(main, ['feature', 'refs/heads/release'])).toBe(true);
    expect(appliesToBranches(main, ['feature'])).toBe(false);
    expect(appliesToBranches(main, [])).toBe(false);
    // only a leading refs/heads/ is dropped: a/refs/heads/b is a branch of its own, not a/b
    expect(appliesToBranches(flowConfig({ branches: ['a/b'] }), ['a/refs/heads/b'])).toBe(false);
    expect(appliesToBranches(main, undefined)).toBe(true);
    expect(appliesToBranches(flowConfig(), ['anything'])).toBe(true);
  });

  it('a flow gates an environment one of its entries names, directly or as a member', () => {
    const flow = flowConfig({ environments: ['staging', 'production'] });
    const groups = { production: { members: ['production-eu'] } };
    expect(flowGatesEnvironment(flow, 'staging', groups)).toBe(true);
    expect(flowGatesEnvironment(flow, 'production-eu', groups)).toBe(true);
    expect(flowGatesEnvironment(flow, 'production-eu', {})).toBe(false);
    expect(flowGatesEnvironment(flow, 'qa', groups)).toBe(false);
  });
});

describe('the trail document a policy sees', () => {
  it('copies the flow and the trail as plain JSON: approval rule, branches, environments, the trail\'s start', () => {
    const flow = flowConfig({
      description: 'payments',
      approval: { required: true, approvers: ['alice', '@acme/leads'], min: 2, forbidSelf: true },
      branches: ['main'],
      environments: ['production'],
      policies: ['p'],
    });
    const t = new TrailBuilder('build-1');
    t.attest('unit-tests', 'PASSED');
    t.begin(commitOf('c'), { gitBranch: 'main', author: 'bob' });
    t.approve('alice', 'APPROVED', 'lgtm', '@acme/leads');
    const doc = buildTrailDocument({ flow, trail: 'build-1', facts: t.facts });
    expect(doc.flow).toEqual({
      name: flow.name,
      description: 'payments',
      require: flow.require,
      approval: { required: true, approvers: ['alice', '@acme/leads'], min: 2 },
      policies: ['p'],
      branches: ['main'],
      environments: ['production'],
      retries: 'sticky',
    });
    // the trail fact, wherever it is among the facts
    expect(doc.trail).toEqual({ name: 'build-1', commit: commitOf('c'), gitBranch: 'main', author: 'bob' });
    expect(doc.approvals).toEqual([{ actor: 'alice', decision: 'APPROVED', team: '@acme/leads', comment: 'lgtm', ts: minute(2) }]);
    expect(doc.attestations.map((a) => a.type)).toEqual(['unit-tests']);
    // a copy: the config is not shared with whoever reads the document
    expect(doc.flow.approval?.approvers).not.toBe(flow.approval?.approvers);
    expect(buildTrailDocument({ flow: flowConfig(), trail: 'x', facts: [] })).toEqual({
      flow: { name: flow.name, require: flow.require, policies: [], branches: [], environments: [], retries: 'sticky' },
      trail: { name: 'x' },
      attestations: [],
      artifacts: [],
      approvals: [],
    });
  });
});

describe('evaluateTrail at its edges', () => {
  it('the author is the first trail fact that names one', () => {
    const flow = flowConfig({ approval: { required: true, approvers: ['alice', 'bob'], min: 1, forbidSelf: true } });
    const t = new TrailBuilder('build-1');
    t.begin(commitOf('c'));
    t.begin(commitOf('c'), { author: 'bob' });
    t.approve('bob');
    t.approve('alice', 'APPROVED', 'second start, other author');
    const e = evaluateTrail({ flow, trail: 'build-1', facts: t.facts });
    expect([e.approval.author, e.approval.selfApproved, e.approval.approvedBy]).toEqual(['bob', ['bob'], ['alice']]);
    // a trail fact without an author does not stop the search; another kind of fact never names the author
    const approvalOnly = new TrailBuilder('build-2');
    approvalOnly.approve('carol');
    expect(evaluateTrail({ flow, trail: 'build-2', facts: approvalOnly.facts }).approval.author).toBeNull();
  });

  it('without an artifact, the evaluation names none', () => {
    const t = new TrailBuilder('build-1');
    t.passAll();
    expect(evaluateTrail({ flow: flowConfig(), trail: 'build-1', facts: t.facts })).not.toHaveProperty('artifact');
  });
});
