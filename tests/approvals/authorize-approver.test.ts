import { describe, expect, it } from 'vitest';
import { authorizeApprover } from '../../src/core/approvals/authorize-approver.js';
import { flowConfig } from '../evaluate/helpers.js';

const flow = flowConfig({ approval: { required: true, approvers: ['alice', '@acme/release-managers'], min: 1, forbidSelf: true } });

describe('authorizeApprover', () => {
  it('lets a listed login through, case-insensitively, with no team recorded', async () => {
    await expect(authorizeApprover(flow, 'Alice')).resolves.toEqual({});
  });

  it('records the team a member approves as, asking the check once per listed team', async () => {
    const asked: string[] = [];
    const result = await authorizeApprover(flow, 'dave', (actor, team) => {
      asked.push(`${actor} ${team}`);
      return Promise.resolve(team === '@acme/release-managers');
    });
    expect(result).toEqual({ team: '@acme/release-managers' });
    expect(asked).toEqual(['dave @acme/release-managers']);
  });

  it('refuses anyone else, saying who may approve and what to do', async () => {
    await expect(authorizeApprover(flow, 'mallory', () => Promise.resolve(false))).rejects.toThrow(
      /mallory is not an approver of flow payment-service \(approval\.approvers: alice, @acme\/release-managers\): nothing was recorded\. mallory is not a member of @acme\/release-managers\./,
    );
  });

  it('offline (no team check), a team entry cannot be used and the message says so', async () => {
    await expect(authorizeApprover(flow, 'dave')).rejects.toThrow(/Team membership \(@acme\/release-managers\) cannot be checked here: approve through the GitHub App/);
  });

  it('refuses on a flow that asks for no approval', async () => {
    await expect(authorizeApprover(flowConfig({}), 'alice')).rejects.toThrow(/asks for no approval/);
  });

  it('refuses with the whole message: who may approve, and no team note when no team is listed', async () => {
    const byName = flowConfig({ approval: { required: true, approvers: ['alice', 'Bob'], min: 1, forbidSelf: true } });
    await expect(authorizeApprover(byName, 'mallory', () => Promise.reject(new Error('no team is listed: nothing to ask')))).rejects.toThrow(
      'mallory is not an approver of flow payment-service (approval.approvers: alice, Bob): nothing was recorded. Ask a listed approver, or change the list through a reviewed pull request.',
    );
    await expect(authorizeApprover(byName, 'mallory')).rejects.toThrow(
      'mallory is not an approver of flow payment-service (approval.approvers: alice, Bob): nothing was recorded. Ask a listed approver, or change the list through a reviewed pull request.',
    );
    await expect(authorizeApprover(byName, 'BOB')).resolves.toStrictEqual({});
  });

  it('does not take a team entry for a login', async () => {
    await expect(authorizeApprover(flow, '@acme/release-managers', () => Promise.resolve(false))).rejects.toThrow(/^@acme\/release-managers is not an approver of flow payment-service/);
  });

  it('offline, says which teams cannot be checked and how to approve instead, in full', async () => {
    const twoTeams = flowConfig({ approval: { required: true, approvers: ['alice', '@acme/a', '@acme/b'], min: 1, forbidSelf: true } });
    await expect(authorizeApprover(twoTeams, 'dave')).rejects.toThrow(
      'dave is not an approver of flow payment-service (approval.approvers: alice, @acme/a, @acme/b): nothing was recorded. Team membership (@acme/a, @acme/b) cannot be checked here: approve through the GitHub App (/factstore approve payment-service), or be listed by name. Ask a listed approver, or change the list through a reviewed pull request.',
    );
    await expect(authorizeApprover(twoTeams, 'dave', () => Promise.resolve(false))).rejects.toThrow(
      'dave is not an approver of flow payment-service (approval.approvers: alice, @acme/a, @acme/b): nothing was recorded. dave is not a member of @acme/a, @acme/b. Ask a listed approver, or change the list through a reviewed pull request.',
    );
  });

  it('refuses a flow without approval with a BAD_INPUT error that says what to add', async () => {
    await expect(authorizeApprover(flowConfig({}), 'alice')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'flow payment-service asks for no approval, so there is no approver list to record a decision against: add approval: { approvers: [...] } to the flow in the config.',
    });
  });
});
