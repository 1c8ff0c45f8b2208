// The Action's doctor mode (`command: doctor`): the same checks as `factstore doctor` with the
// workflow's token, one line each in the job summary; a PROBLEM fails the step, and nothing is written.
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setBranchRules, setClassicProtection } from '../helpers/fake-github/routes-protection.js';
import { testKey } from '../helpers/git.js';
import { REPO, world, type World } from './world.js';

let w: World;

beforeAll(async () => {
  w = await world();
  w.gh.putFiles(REPO, 'factstore', { 'README.md': 'facts\n' });
  setBranchRules(w.gh.repository(REPO), 'factstore', ['non_fast_forward', 'deletion']);
});

/** What the log shows: `::add-mask::` lines are the runner's masking commands, never printed. */
const shown = (stdout: string): string => stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');

const rows = (summary: string): string[][] =>
  summary.split('\n').filter((l) => /^\| (OK|PROBLEM|SKIPPED) \|/.test(l)).map((l) => l.split(' | ').slice(0, 2).map((c) => c.replace(/^\| /, '')));

describe('the doctor mode of the Action', () => {
  it('a healthy set-up: every check OK (no App credentials: SKIPPED), the step passes and writes nothing', async () => {
    const refs = w.gh.ref(REPO, 'heads/factstore');
    w.gh.resetRequests();
    const r = await w.step({ command: 'doctor' });
    expect(r.code).toBe(0);
    expect(rows(r.summary)).toEqual([['OK', 'config'], ['OK', 'signing-key'], ['OK', 'facts-branch'], ['OK', 'branch-protection'], ['OK', 'token-permissions'], ['SKIPPED', 'app-installation']]);
    expect(r.summary).toContain('## factstore doctor: healthy');
    expect(r.summary).toContain('is protected against force push and deletion by a ruleset');
    expect(w.gh.requests.every((q) => q.method === 'GET')).toBe(true);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(refs);
    expect(shown(r.stdout) + r.summary).not.toContain(w.key.privateKey.split('\n')[1]);
  });

  it('fails the step on a problem: an untrusted key, a workspace config that differs, an unprotected branch', async () => {
    writeFileSync(path.join(w.workspace, '.github', 'factstore.yml'), 'trust: { signers: [] }\nflows: {}\n');
    setBranchRules(w.gh.repository(REPO), 'factstore', ['deletion']);
    const r = await w.step({ command: 'doctor', 'signing-key': testKey('mallory').privateKey });
    expect(r.code).toBe(1);
    expect(rows(r.summary).filter(([status]) => status === 'PROBLEM').map(([, id]) => id)).toEqual(['config', 'signing-key', 'branch-protection']);
    expect(r.summary).toContain('differs from the config committed at main (');
    expect(r.summary).toContain('acme/app:factstore has no protection against force push (Branch not protected)');
    expect(r.stdout).toMatch(/::error::factstore doctor: 3 problem\(s\)/);
  });

  it("a workflow's GITHUB_TOKEN on a branch with classic protection: OK, saying the settings are not readable with it", async () => {
    const classic = await world();
    // GITHUB_TOKEN acts as github-actions[bot]: contents write, but never administration
    classic.gh.addToken('ghs_workflowToken', { contents: 'write', bot: true, login: 'github-actions[bot]' });
    setClassicProtection(classic.gh.repository(REPO), 'factstore');
    const first = await classic.step({ flow: 'payment-service', type: 'unit-tests', status: 'PASSED' });
    expect(first.code, first.stdout).toBe(0);
    const r = await classic.step({ command: 'doctor', token: 'ghs_workflowToken' });
    expect(rows(r.summary), r.summary).toContainEqual(['OK', 'branch-protection']);
    expect(r.summary).toContain('acme/app:factstore has classic branch protection, which blocks force push and deletion unless');
    expect(r.summary).toContain('this token cannot read those settings (403: Resource not accessible by integration)');
  });

  it("with the App's id and key, says whether the App is installed on the facts repository; the key never shows", async () => {
    const apps = await world();
    const appKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    apps.gh.addAppInstallation({ appId: 777, key: appKey, installationId: 70, repos: ['acme/elsewhere'] });
    apps.gh.addAppInstallation({ appId: 778, key: appKey, installationId: 71, repos: [REPO] });
    const absent = await apps.step({ command: 'doctor', 'app-id': '777', 'app-private-key': appKey });
    expect(rows(absent.summary)).toContainEqual(['PROBLEM', 'app-installation']);
    const present = await apps.step({ command: 'doctor', 'app-id': '778', 'app-private-key': appKey });
    expect(rows(present.summary)).toContainEqual(['OK', 'app-installation']);
    const keyLine = appKey.split('\n')[1] ?? '';
    expect(shown(absent.stdout) + absent.summary + shown(present.stdout) + present.summary).not.toContain(keyLine);
    const half = await apps.step({ command: 'doctor', 'app-id': '778' });
    expect(half.code).toBe(1);
    expect(half.stdout).toContain('give `app-id` and `app-private-key` together');
    const bad = await apps.step({ command: 'doctor', 'app-id': 'abc', 'app-private-key': appKey });
    expect(bad.stdout).toContain('the `app-id` input "abc" is not an App id');
  });

  it('a read-only token, and no facts branch', async () => {
    const bare = await world();
    bare.gh.addToken('ghp_readOnly', { contents: 'read' });
    const r = await bare.step({ command: 'doctor', token: 'ghp_readOnly' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('the token can read acme/app but not write to it');
    expect(r.summary).toMatch(/acme\/app has no facts branch factstore \(404/);
    expect(shown(r.stdout) + r.summary).not.toContain('ghp_readOnly');
    expect(r.stdout).toContain('::add-mask::ghp_readOnly');
  });
});
