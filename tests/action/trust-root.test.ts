// The Action's assert and gate decide by the default branch's config, read at its tip through the
// API; the workspace (which a pull request controls) never loosens them. Writers refuse keys the
// config does not trust.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionFact } from '../../src/core/model/fact.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { testKey } from '../helpers/git.js';
import { trailFacts } from './facts.js';
import { ALLOWED, BLOCKED, config as gateConfig, gateStep, recorded } from './gate-world.js';
import { commands } from './runner.js';
import { configText, FLOW, REPO, putEvidence, world, type World } from './world.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;

/** The pull request's checkout: the workspace config edited to loosen the rules. */
function loosenWorkspace(w: World, text: string): void {
  mkdirSync(path.join(w.workspace, '.github'), { recursive: true });
  writeFileSync(path.join(w.workspace, '.github', 'factstore.yml'), text);
}

/** A later commit on the default branch: the config is read at the tip, not at GITHUB_SHA. */
function moveDefaultBranch(w: World): string {
  return w.gh.putFiles(REPO, 'main', { 'CHANGELOG.md': 'later\n' });
}

describe('the assert step decides by the default branch\'s config', () => {
  it('a workspace config that loosens the flow changes nothing, and the summary names the config commit', async () => {
    const w = await world();
    expect((await w.step({ flow: FLOW, artifact: DIGEST, 'artifact-name': 'app' }, {}, 'begin')).code).toBe(0);
    putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
    expect((await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' })).code).toBe(0);
    loosenWorkspace(w, configText(w.key).replace('require: [unit-tests, vulnerability-scan]', 'require: [unit-tests]'));
    const tip = moveDefaultBranch(w);

    const r = await w.step({ flow: FLOW, sha256: DIGEST, 'signing-key': '' }, {}, 'assert');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.result ?? '')).toMatchObject({ status: 'NON_COMPLIANT', missingAttestationTypes: ['vulnerability-scan'] });
    expect(r.stdout).toContain(`factstore: decided by .github/factstore.yml of ${REPO} at commit ${tip}, the tip of the default branch main`);
    expect(commands(r.stdout, 'notice').map((n) => n.message)).toContain(
      `factstore: .github/factstore.yml in the workspace differs from the default branch's (main, commit ${tip.slice(0, 12)}): this step decides by the default branch's, so a change to the config counts once it is merged there.`,
    );
    expect(r.summary).toContain(`Decided by [\`.github/factstore.yml\`](https://github.com/${REPO}/blob/${tip}/.github/factstore.yml) of the default branch \`main\` at commit [\`${tip.slice(0, 7)}\`](https://github.com/${REPO}/commit/${tip}).`);
    const read = w.gh.requests.find((q) => q.operation === 'repos.getContent' && q.path.endsWith('/.github/factstore.yml'));
    expect(read?.query).toEqual({ ref: tip });
  });

  it('a workspace facts branch and signer do not point it at forged facts', async () => {
    const w = await world();
    const intruder = testKey('mallory');
    const forged = configText(intruder).replace('require: [unit-tests, vulnerability-scan]', 'require: []');
    // the pull request's workspace names a forged branch, trusts its own key and requires nothing:
    // its writing steps accept that (they read the workspace), so the forged facts exist
    loosenWorkspace(w, `facts: { branch: forged }\n${forged}`);
    expect((await w.step({ flow: FLOW, artifact: DIGEST, 'artifact-name': 'app', 'signing-key': intruder.privateKey }, {}, 'begin')).code).toBe(0);
    expect(w.gh.ref(REPO, 'heads/forged')).toBeDefined();
    const r = await w.step({ flow: FLOW, sha256: DIGEST, 'signing-key': '' }, {}, 'assert');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.result ?? '')).toMatchObject({ status: 'NON_COMPLIANT', details: expect.stringMatching(/not found/) as unknown });
  });

  it('reads the config with `config-token`, so the facts `token` may be scoped to a facts repository elsewhere', async () => {
    const w = await world({ config: (key) => `facts: { repo: acme/compliance-facts }\n${configText(key)}` });
    w.gh.createRepo('acme/compliance-facts');
    w.gh.putFiles('acme/compliance-facts', 'main', { 'README.md': 'facts\n' });
    w.gh.addToken('ghs_factsOnly', { contents: 'write', repos: ['acme/compliance-facts'] });
    w.gh.addToken('ghs_appRead', { contents: 'read', repos: [REPO], login: 'config-reader' });
    expect((await w.step({ flow: FLOW, artifact: DIGEST, 'artifact-name': 'app', token: 'ghs_factsOnly' }, {}, 'begin')).code).toBe(0);

    w.gh.resetRequests();
    const r = await w.step({ flow: FLOW, sha256: DIGEST, token: 'ghs_factsOnly', 'config-token': 'ghs_appRead', 'signing-key': '' }, {}, 'assert');
    expect(commands(r.stdout, 'error').map((e) => e.message)).toEqual([`factstore: ${DIGEST} is NON_COMPLIANT for flow ${FLOW}: Missing required attestations: unit-tests, vulnerability-scan`]);
    expect(w.gh.requests.filter((q) => q.path.startsWith(`/repos/${REPO}/`)).map((q) => q.login)).toEqual(['config-reader', 'config-reader']);
    expect(w.gh.requests.filter((q) => q.path.startsWith('/repos/acme/compliance-facts/')).length).toBeGreaterThan(0);

    const without = await w.step({ flow: FLOW, sha256: DIGEST, token: 'ghs_factsOnly', 'signing-key': '' }, {}, 'assert');
    expect(commands(without.stdout, 'error')[0]?.message).toBe(
      'factstore: GitHub found no default branch main of acme/app (404): either it has no commit yet (push one holding the config), ' +
        'or the `token` token may not read acme/app: give the job `permissions: contents: read`, or a `config-token` that can read it.',
    );
  });
});

describe('the gate step decides by the default branch\'s config', () => {
  it('ignores a loosened workspace config, and its recorded decisions name the config commit', async () => {
    const w = await world({ config: gateConfig });
    await recorded(w);
    loosenWorkspace(w, gateConfig(w.key).replace('require: [unit-tests, vulnerability-scan]', 'require: [unit-tests]'));
    const tip = moveDefaultBranch(w);
    const r = await gateStep(w, { commit: w.sha });
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.outputs.decision).toBe('GATE_BLOCKED');
    expect(r.summary).toContain(`at commit [\`${tip.slice(0, 7)}\`](https://github.com/${REPO}/commit/${tip})`);
    const decisions = [ALLOWED, BLOCKED].flatMap((flow) => trailFacts(w.gh, flow, w.sha).filter((f): f is DecisionFact => f.kind === 'decision'));
    expect(decisions.map((d) => [d.flow, d.event, d.configCommit])).toEqual([
      [ALLOWED, 'GATE_ALLOWED', tip],
      [BLOCKED, 'GATE_BLOCKED', tip],
    ]);
  });
});

describe('writing steps refuse a key trust.signers does not list', () => {
  const stranger = testKey('stranger@acme');
  const refusal = (message: string | undefined) => {
    const fingerprint = sshSigner(stranger.privateKey).fingerprint;
    expect(message).toContain(`the signing key ${fingerprint} (${stranger.publicKey}) is not in trust.signers of `);
    expect(message).toContain('nothing was written');
    expect(message).toContain(`through a reviewed pull request:  - { principal: stranger@acme, key: "${stranger.publicKey}" }`);
  };

  it('attest, begin and gate (recording) fail before sending a write', async () => {
    const w = await world({ config: gateConfig });
    putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
    const key = { 'signing-key': stranger.privateKey };
    const attest = await w.step({ flow: ALLOWED, type: 'unit-tests', evidence: 'junit.xml', ...key });
    refusal(commands(attest.stdout, 'error')[0]?.message);
    const begin = await w.step({ flow: ALLOWED, ...key }, {}, 'begin');
    refusal(commands(begin.stdout, 'error')[0]?.message);
    expect([attest.code, begin.code]).toEqual([1, 1]);
    expect(w.gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBeUndefined();

    await recorded(w);
    const tip = w.gh.ref(REPO, 'heads/factstore');
    w.gh.resetRequests();
    const gate = await gateStep(w, key);
    expect(gate.code).toBe(1);
    const message = commands(gate.stdout, 'error')[0]?.message;
    refusal(message);
    expect(message).toContain(`trust.signers of ${REPO}@${w.sha.slice(0, 12)}:.github/factstore.yml`);
    expect(w.gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(tip);
    // a dry run refuses it too, as the real run would
    const dry = await w.step({ flow: ALLOWED, type: 'unit-tests', evidence: 'junit.xml', 'dry-run': 'true', ...key });
    refusal(commands(dry.stdout, 'error')[0]?.message);
  });

  it('with no signers at all (bootstrap) the write goes ahead with a warning', async () => {
    const w = await world({ config: (k) => configText(k).replace(/trust:\n {2}signers:\n.*\n/, 'trust:\n  signers: []\n') });
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED' });
    expect(r.code).toBe(0);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBeDefined();
    expect(commands(r.stdout, 'warning').map((x) => x.message)).toEqual([
      `factstore: trust.signers of .github/factstore.yml is empty, so no facts count yet: this step signs with the key ${sshSigner(w.key.privateKey).fingerprint}, ` +
        `and its facts will not count until that key is added under trust.signers through a reviewed pull request:  - { principal: ci@acme, key: "${w.key.publicKey}" }`,
    ]);
  });
});
