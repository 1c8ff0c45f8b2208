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
});
