import { describe, expect, it } from 'vitest';
import { commands, type StepRun } from './runner.js';
import { FLOW, REPO, putEvidence, world, type World } from './world.js';

/** The step failed with one error annotation, which is returned. */
function failure(r: StepRun): string {
  expect(r.code).toBe(1);
  const errors = commands(r.stdout, 'error');
  expect(errors.length).toBe(1);
  return errors[0]?.message ?? '';
}

/** Stdout without the `::add-mask::` commands (the runner consumes them; they never reach the log). */
function logOf(r: StepRun): string {
  return r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

function writes(w: World) {
  return w.gh.requests.filter((q) => q.method !== 'GET');
}

describe('the attest step fails with a message that says what to do', () => {
  it('a token without contents: write', async () => {
    const w = await world();
    w.gh.addToken('ghs_readOnlyToken0001', { contents: 'read' });
    putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
    const r = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml', token: 'ghs_readOnlyToken0001' });
    const message = failure(r);
    expect(message).toContain('GitHub answered 403 (Resource not accessible by integration)');
    expect(message).toContain('`permissions: contents: write`');
    expect(w.gh.ref(REPO, 'heads/factstore')).toBeUndefined();
  });

  it('a facts branch that branch protection refuses to move', async () => {
    const w = await world();
    const first = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED' });
    expect(first.code).toBe(0);
    const tip = w.gh.ref(REPO, 'heads/factstore');
    w.gh.protectBranch(REPO, 'factstore', 'Protected branch update failed for refs/heads/factstore.');
    const r = await w.step({ flow: FLOW, type: 'vulnerability-scan', status: 'PASSED' });
    const message = failure(r);
    expect(message).toContain('branch protection refuses the write to factstore');
    expect(message).toContain('Let the writer bypass the rule');
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(tip);
  });

  it('a malformed signing key, before any request', async () => {
    const w = await world();
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', 'signing-key': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOnly+a+public+key' });
    expect(failure(r)).toMatch(/^factstore: the `signing-key` input is not a usable key: /);
    expect(w.gh.requests).toEqual([]);
  });

  it('no signing key at all', async () => {
    const w = await world();
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', 'signing-key': '' });
    expect(failure(r)).toContain('no signing key: add `signing-key: ${{ secrets.FACTSTORE_SIGNING_KEY }}` to the step');
    expect(w.gh.requests).toEqual([]);
  });

  it('takes the key from FACTSTORE_SIGNING_KEY when the input is empty', async () => {
    const w = await world();
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', 'signing-key': '' }, { FACTSTORE_SIGNING_KEY: w.key.privateKey });
    expect(r.code).toBe(0);
    expect(logOf(r)).not.toContain(w.key.privateKey.split('\n')[1]);
  });

  it('an unknown flow, naming the flows there are', async () => {
    const w = await world();
    const r = await w.step({ flow: 'no-such-flow', type: 'unit-tests', status: 'PASSED' });
    expect(failure(r)).toBe(
      'factstore: flow no-such-flow is not in .github/factstore.yml; known flows: payment-service. Fix the `flow` input or add the flow to the config.',
    );
    expect(writes(w)).toEqual([]);
  });

  it('a type the config does not know, as the CLI refuses it: "did you mean", nothing sent; new-type: true records it', async () => {
    const w = await world();
    const r = await w.step({ flow: FLOW, type: 'unit-test', status: 'PASSED' });
    const message = failure(r);
    expect(message).toContain('type "unit-test" is not in the type registry (types:) and no flow requires it');
    expect(message).toContain('Did you mean unit-tests?');
    expect(message).toContain('`new-type: true`');
    expect(writes(w)).toEqual([]);
    const meant = await w.step({ flow: FLOW, type: 'pen-test', status: 'PASSED', 'new-type': 'true' });
    expect(meant.code, meant.stdout).toBe(0);
    expect(meant.stdout).toContain(`flow ${FLOW} does not require pen-test`);
  });

  it('an evidence pattern that matches nothing', async () => {
    const w = await world();
    const r = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'reports/*.xml' });
    expect(failure(r)).toContain('the evidence pattern "reports/*.xml" matches no file');
    expect(w.gh.requests).toEqual([]);
  });

  it('neither a status nor a report to compute it from, in the Action\'s own terms', async () => {
    const w = await world();
    const r = await w.step({ flow: FLOW, type: 'unit-tests' });
    expect(failure(r)).toContain('attest needs `status:` PASSED, FAILED or PENDING, or `evidence:` with a report in a known format');
  });

  it('a bad input value', async () => {
    const w = await world();
    expect(failure(await w.step({ flow: FLOW, type: 'unit-tests', status: 'GREEN' }))).toBe(
      'factstore: `status:` "GREEN" is not a status: use PASSED, FAILED or PENDING.',
    );
    expect(failure(await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', 'dry-run': 'yes please' }))).toBe(
      'factstore: the `dry-run` input is "yes please": give true or false.',
    );
    expect(failure(await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', 'facts-repo': 'not a repo' }))).toContain(
      '`facts-repo` "not a repo" is not a repository: give owner/name',
    );
    expect(w.gh.requests).toEqual([]);
  });

  it('never prints the signing key or the token, even when failing', async () => {
    const w = await world();
    w.gh.addToken('ghs_readOnlyToken0002', { contents: 'read' });
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', token: 'ghs_readOnlyToken0002' });
    expect(r.code).toBe(1);
    const everything = `${logOf(r)}\n${r.stderr}\n${r.summary}\n${JSON.stringify(r.outputs)}`;
    expect(everything).not.toContain('ghs_readOnlyToken0002');
    for (const line of w.key.privateKey.split('\n').filter((l) => l.length > 20)) expect(everything).not.toContain(line);
    // both are registered as masks, the key line by line
    expect(r.stdout).toContain('::add-mask::ghs_readOnlyToken0002');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).length).toBeGreaterThan(2);
  });
});
