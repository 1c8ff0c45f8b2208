import { describe, expect, it } from 'vitest';
import { evaluateTrail } from '../../src/core/evaluate/evaluate-trail.js';
import type { ApprovalEvaluation } from '../../src/core/evaluate/types.js';
import type { ApprovalRule } from '../../src/core/config/config.js';
import { flowConfig, TrailBuilder } from './helpers.js';

/** A trail whose attestations all passed, so only the approval decides. */
function evaluate(rule: ApprovalRule, build: (t: TrailBuilder) => void, isTeamMember?: (a: string, t: string) => boolean) {
  const t = new TrailBuilder('release').passAll();
  build(t);
  return evaluateTrail({
    flow: flowConfig({ approval: rule }),
    trail: 'release',
    facts: t.facts,
    ...(isTeamMember ? { isTeamMember } : {}),
  });
}

const rule = (min: number, approvers = ['alice', 'bob', 'carol']): ApprovalRule => ({ required: true, approvers, min, forbidSelf: true });

describe('evaluateTrail: approvals (rule 3)', () => {
  it('needs min distinct allowed approvers and ignores anyone not listed', () => {
    const one = evaluate(rule(2), (t) => {
      t.approve('alice');
      t.approve('mallory'); // not an approver
      t.approve('alice', 'APPROVED', 'again'); // same approver twice counts once
    });
    expect(one.approval).toEqual<ApprovalEvaluation>({
      required: true,
      granted: 1,
      min: 2,
      rejected: false,
      approvedBy: ['alice'],
      rejectedBy: [],
      ignored: ['mallory'],
      selfApproved: [],
      author: null,
      authorUnknown: true,
    });
    expect([one.status, one.problems, one.details]).toEqual(['NON_COMPLIANT', 1, 'Approval 1/2']);

    const two = evaluate(rule(2), (t) => {
      t.approve('alice');
      t.approve('Bob'); // logins compare case-insensitively
    });
    expect(two.approval).toEqual<ApprovalEvaluation>({
      required: true,
      granted: 2,
      min: 2,
      rejected: false,
      approvedBy: ['alice', 'Bob'],
      rejectedBy: [],
      ignored: [],
      selfApproved: [],
      author: null,
      authorUnknown: true,
    });
    expect(two.status).toBe('COMPLIANT');
  });

  it('blocks on a REJECTED after an APPROVED, even with enough approvals', () => {
    const result = evaluate(rule(1), (t) => {
      t.approve('alice');
      t.approve('bob');
      t.approve('bob', 'REJECTED', 'not this one');
    });
    expect(result.approval).toEqual<ApprovalEvaluation>({
      required: true,
      granted: 1,
      min: 1,
      rejected: true,
      approvedBy: ['alice'],
      rejectedBy: ['bob'],
      ignored: [],
      selfApproved: [],
      author: null,
      authorUnknown: true,
    });
    expect([result.status, result.details]).toEqual(['NON_COMPLIANT', 'Approval 1/1, rejected by bob']);
  });

  it('lets the same approver lift their rejection by approving again', () => {
    const result = evaluate(rule(1), (t) => {
      t.approve('carol', 'REJECTED', 'fix the changelog');
      t.approve('carol', 'APPROVED', 'changelog fixed');
    });
    expect(result.approval).toMatchObject({ granted: 1, rejected: false, approvedBy: ['carol'], rejectedBy: [] });
    expect(result.status).toBe('COMPLIANT');
  });

  it('ignores a rejection by someone who is not an approver', () => {
    const result = evaluate(rule(1), (t) => {
      t.approve('alice');
      t.approve('mallory', 'REJECTED');
    });
    expect(result.approval).toMatchObject({ rejected: false, ignored: ['mallory'] });
    expect(result.status).toBe('COMPLIANT');
  });

  it('matches a team entry only through isTeamMember', () => {
    const teamRule = rule(1, ['@acme/release-managers']);
    const approveByDave = (t: TrailBuilder) => void t.approve('dave');

    const withoutLookup = evaluate(teamRule, approveByDave);
    expect(withoutLookup.approval).toMatchObject({ granted: 0, ignored: ['dave'] });
    expect(withoutLookup.status).toBe('NON_COMPLIANT');

    const asked: [string, string][] = [];
    const withLookup = evaluate(teamRule, approveByDave, (actor, team) => {
      asked.push([actor, team]);
      return actor === 'dave' && team === '@acme/release-managers';
    });
    expect(withLookup.approval).toMatchObject({ granted: 1, approvedBy: ['dave'], ignored: [] });
    expect(withLookup.status).toBe('COMPLIANT');
    expect(asked).toEqual([['dave', '@acme/release-managers']]);
  });

  it('counts an approval recorded as a listed team (membership checked at write time), offline', () => {
    const teamRule = rule(1, ['alice', '@acme/release-managers']);
    const viaTeam = evaluate(teamRule, (t) => void t.approve('dave', 'APPROVED', undefined, '@Acme/Release-Managers'));
    expect(viaTeam.approval).toMatchObject({ granted: 1, approvedBy: ['dave'], ignored: [] });
    expect(viaTeam.status).toBe('COMPLIANT');
    // a team that is no longer (or never was) listed does not count
    const otherTeam = evaluate(teamRule, (t) => void t.approve('erin', 'APPROVED', undefined, '@acme/interns'));
    expect(otherTeam.approval).toMatchObject({ granted: 0, ignored: ['erin'] });
  });

  it('does not count approvals against compliance when approval is not required', () => {
    const result = evaluate({ required: false, approvers: ['alice'], min: 1, forbidSelf: true }, () => undefined);
    expect(result.approval).toMatchObject({ required: false, granted: 0, min: 1 });
    expect(result.status).toBe('COMPLIANT');
  });

  it("does not count the change's author's own approval (forbid_self, the default), names it, and still counts their rejection", () => {
    const selfApproved = evaluate(rule(1), (t) => {
      t.facts.splice(0, 0, t.begin('a'.repeat(40), { author: 'Alice' }));
      t.approve('alice');
    });
    expect(selfApproved.approval).toMatchObject({ granted: 0, selfApproved: ['alice'], author: 'Alice', authorUnknown: false });
    expect(selfApproved.status).toBe('NON_COMPLIANT');
    const byOther = evaluate(rule(1), (t) => {
      t.begin('a'.repeat(40), { author: 'alice' });
      t.approve('bob');
      t.approve('alice', 'REJECTED', 'my own change is not ready');
    });
    expect(byOther.approval).toMatchObject({ granted: 1, rejected: true, rejectedBy: ['alice'], selfApproved: [] });
  });

  it('counts the author\'s approval when the flow sets forbid_self: false, and says when the author is unknown', () => {
    const allowed = evaluate({ ...rule(1), forbidSelf: false }, (t) => {
      t.begin('a'.repeat(40), { author: 'alice' });
      t.approve('alice');
    });
    expect(allowed.approval).toMatchObject({ granted: 1, selfApproved: [], author: null, authorUnknown: false });
    const unknown = evaluate(rule(1), (t) => t.approve('alice'));
    expect(unknown.approval).toMatchObject({ granted: 1, authorUnknown: true });
  });
});
