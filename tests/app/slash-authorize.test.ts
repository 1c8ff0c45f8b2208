// Who may run a slash command and what the App may record, one decision at a time: the lists of
// the config (bypass.actors, trust.admins) by login or team, team membership as GitHub answers
// it, a bypass's reason and TTL, and the App key's own authority to record the fact.
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../app/src/app-context.js';
import type { AppDeps } from '../../app/src/app-deps.js';
import { appWriter } from '../../app/src/slash/app-writer.js';
import { bypassVerdict } from '../../src/core/bypass/bypass-verdict.js';
import { listedAs } from '../../src/core/approvals/listed-actor.js';
import type { BypassCommand } from '../../app/src/slash/slash-command.js';
import { gitHubTeamCheck } from '../../app/src/slash/team-membership.js';
import type { TeamCheck } from '../../src/core/approvals/authorize-approver.js';
import type { BypassConfig } from '../../src/core/config/config.js';
import { parseConfig } from '../../src/core/config/load-config.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { generateKeyPair, sshSigner } from '../../src/core/signing/index.js';

/** A team check that answers from `members` ("login @org/team") and records every question. */
function teams(members: string[]): { check: TeamCheck; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    check: (actor, team) => {
      asked.push(`${actor} ${team}`);
      return Promise.resolve(members.includes(`${actor} ${team}`));
    },
  };
}

describe('listedAs', () => {
  it('finds a listed login in any case, without asking about teams', async () => {
    const t = teams([]);
    await expect(listedAs(['bob', '@acme/sre', 'Alice'], 'ALICE', t.check)).resolves.toStrictEqual({});
    expect(t.asked).toEqual([]);
  });

  it('asks the listed teams in order, never the logins, and names the first that has the actor', async () => {
    const t = teams(['sam @acme/b', 'sam @acme/c']);
    await expect(listedAs(['bob', '@acme/a', 'carol', '@acme/b', '@acme/c'], 'sam', t.check)).resolves.toStrictEqual({ team: '@acme/b' });
    expect(t.asked).toEqual(['sam @acme/a', 'sam @acme/b']);
  });

  it('answers undefined for anyone else, after asking every team', async () => {
    const t = teams([]);
    await expect(listedAs(['bob', '@acme/a', '@acme/b'], 'mallory', t.check)).resolves.toBeUndefined();
    expect(t.asked).toEqual(['mallory @acme/a', 'mallory @acme/b']);
    await expect(listedAs([], 'mallory', t.check)).resolves.toBeUndefined();
  });

  it('does not take a team entry for a login', async () => {
    await expect(listedAs(['@acme/sre'], '@acme/sre', teams([]).check)).resolves.toBeUndefined();
  });
});

describe('bypassVerdict', () => {
  const bypass: BypassConfig = { actors: ['alice', '@acme/sre'], reasons: { 'incident-hotfix': 'Sev1 fix', 'main-blocker': 'Failure also on main' }, maxTtl: '2d' };
  const DAY = 86_400_000;
  const command = (reason: string, ttl: string, ttlMs: number): BypassCommand => ({ name: 'bypass', flow: 'payments', reason, ttl, ttlMs });

  it('grants a listed login with nothing recorded about teams, up to max_ttl exactly', async () => {
    await expect(bypassVerdict(bypass, command('incident-hotfix', '2d', 2 * DAY), 'Alice', teams([]).check)).resolves.toStrictEqual({});
  });

  it('grants a member of a listed team, naming the team', async () => {
    await expect(bypassVerdict(bypass, command('main-blocker', '1d', DAY), 'sam', teams(['sam @acme/sre']).check)).resolves.toStrictEqual({ team: '@acme/sre' });
  });

  it('refuses a TTL one millisecond over max_ttl', async () => {
    await expect(bypassVerdict(bypass, command('incident-hotfix', '2d', 2 * DAY + 1), 'alice', teams([]).check)).resolves.toStrictEqual({
      refusal: '--ttl 2d is longer than bypass.max_ttl (2d): ask for 2d or less.',
    });
  });

  it('refuses anyone not listed, naming the list', async () => {
    await expect(bypassVerdict(bypass, command('incident-hotfix', '1d', DAY), 'mallory', teams([]).check)).resolves.toStrictEqual({
      refusal: 'mallory may not bypass the gate (bypass.actors: alice, @acme/sre): ask someone listed, or change the list through a reviewed pull request.',
    });
    await expect(bypassVerdict({ ...bypass, actors: [] }, command('incident-hotfix', '1d', DAY), 'alice', teams([]).check)).resolves.toStrictEqual({
      refusal: 'alice may not bypass the gate (bypass.actors: none): ask someone listed, or change the list through a reviewed pull request.',
    });
  });

  it('refuses a reason outside the taxonomy, naming the known ones, or saying there are none', async () => {
    await expect(bypassVerdict(bypass, command('because', '1d', DAY), 'alice', teams([]).check)).resolves.toStrictEqual({
      refusal: 'because is not a bypass reason of the config; known reasons: incident-hotfix, main-blocker.',
    });
    await expect(bypassVerdict({ ...bypass, reasons: {} }, command('because', '1d', DAY), 'alice', teams([]).check)).resolves.toStrictEqual({
      refusal: 'because is not a bypass reason of the config; known reasons: none (add some under bypass.reasons).',
    });
    // an inherited property of every object is no reason
    await expect(bypassVerdict(bypass, command('constructor', '1d', DAY), 'alice', teams([]).check)).resolves.toMatchObject({ refusal: expect.stringMatching(/^constructor is not a bypass reason/) as unknown });
  });

  it('refuses when the config has no bypass section', async () => {
    await expect(bypassVerdict(undefined, command('incident-hotfix', '1d', DAY), 'alice', teams([]).check)).resolves.toStrictEqual({
      refusal: 'the config has no bypass section, so no bypass can be granted: add bypass: { actors, reasons, max_ttl } to .github/factstore.yml through a reviewed pull request.',
    });
  });
});

describe('gitHubTeamCheck', () => {
  /** The App's context with GitHub answering `answer` to every request; the requests are kept. */
  function github(answer: () => Promise<{ data: unknown }>): { context: AppContext; requests: unknown[][] } {
    const requests: unknown[][] = [];
    const request = ((route: string, params: unknown) => {
      requests.push([route, params]);
      return answer();
    }) as AppContext['request'];
    const log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    return { context: { request, configAt: () => Promise.resolve(null), log }, requests };
  }
  const failing = (status: number) => () => Promise.reject(Object.assign(new Error(`GitHub answered ${status}`), { status }));

  it('asks GitHub for the membership of the team as the config writes it, and takes only an active one', async () => {
    const active = github(() => Promise.resolve({ data: { state: 'active', role: 'member' } }));
    await expect(gitHubTeamCheck(active.context)('sam', '@acme/site-reliability')).resolves.toBe(true);
    expect(active.requests).toEqual([['GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org: 'acme', team_slug: 'site-reliability', username: 'sam' }]]);
    const pending = github(() => Promise.resolve({ data: { state: 'pending', role: 'member' } }));
    await expect(gitHubTeamCheck(pending.context)('sam', '@acme/sre')).resolves.toBe(false);
  });

  it('takes 404 for "not a member", and lets any other failure through', async () => {
    await expect(gitHubTeamCheck(github(failing(404)).context)('sam', '@acme/sre')).resolves.toBe(false);
    await expect(gitHubTeamCheck(github(failing(403)).context)('sam', '@acme/sre')).rejects.toThrow('GitHub answered 403');
    await expect(gitHubTeamCheck(github(failing(502)).context)('sam', '@acme/sre')).rejects.toThrow('GitHub answered 502');
  });

  it('asks nothing about an entry that is not @org/team', async () => {
    const g = github(() => Promise.resolve({ data: { state: 'active' } }));
    // only a whole entry of the form @org/team: not one with text before the @ or a second line
    for (const entry of ['acme/sre', '@acme', '@/sre', '@acme/', 'team@acme/sre', '@acme/sre\nmore']) await expect(gitHubTeamCheck(g.context)('sam', entry)).resolves.toBe(false);
    expect(g.requests).toEqual([]);
  });
});

describe('appWriter', () => {
  const app = sshSigner(generateKeyPair('factstore-app').privateKey);
  const config = (entry: string) =>
    parseConfig(`trust:\n  signers:\n    - ${entry}\n  admins: [alice]\nflows:\n  payments:\n    require: [unit-tests]\ntypes:\n  unit-tests: {}\n`, 'factstore.yml');
  const approval = makeFact({ kind: 'approval', flow: 'payments', trail: 'b1', commit: 'c'.repeat(40), decision: 'APPROVED', actor: 'alice', ts: '2026-11-23T10:00:00.000Z' });
  const deps = (signer: AppDeps['signer']): AppDeps => ({ signer, actor: 'factstore[bot]', serverUrl: 'https://github.com', clock: () => new Date(0), policyEvaluator: undefined as unknown as AppDeps['policyEvaluator'], identity: () => Promise.reject(new Error('not asked')) });

  it('gives the App\'s key when its entry has app: true', () => {
    expect(appWriter(deps(app), config(`{ principal: factstore-app, key: "${app.publicKey}", app: true }`), approval)).toStrictEqual({ signer: app });
  });

  it('records nothing without a key', () => {
    expect(appWriter(deps(undefined), config(`{ principal: factstore-app, key: "${app.publicKey}", app: true }`), approval)).toStrictEqual({
      problem: 'The Factstore App cannot record anything: it runs without a signing key. An admin must set `FACTSTORE_SIGNING_KEY` (made with `factstore keygen`) and list its public key under `trust.signers` of `.github/factstore.yml` with `app: true`. Nothing was recorded.',
    });
  });

  it('records nothing with a key the config does not list', () => {
    const other = sshSigner(generateKeyPair('someone-else').privateKey);
    expect(appWriter(deps(app), config(`{ principal: ci, key: "${other.publicKey}" }`), approval)).toStrictEqual({
      problem: `The Factstore App cannot record anything: its key ${app.fingerprint} is not under \`trust.signers\` of \`.github/factstore.yml\`, so its facts would never count. An admin must add \`{ principal: factstore-app, key: "${app.publicKey}", app: true }\` through a reviewed pull request. Nothing was recorded.`,
    });
  });

  it('records nothing its entry may not record: an approval by someone else without app: true', () => {
    expect(appWriter(deps(app), config(`{ principal: factstore-app, key: "${app.publicKey}", kinds: [approval], actors: [bob] }`), approval)).toStrictEqual({
      problem:
        "The Factstore App cannot record this approval fact: factstore-app's key may not record an approval by alice: only alice's own key (listed with actors: [alice]) or the App's key may, so it would never count. " +
        `An admin must add \`app: true\` to the App's entry under \`trust.signers\` of \`.github/factstore.yml\` (the key it signs with: \`${app.publicKey}\`) through a reviewed pull request. Nothing was recorded.`,
    });
  });
});
