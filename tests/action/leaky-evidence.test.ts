// The attest step reads evidence from the workspace only, never through a link, and never stores a
// file that holds its signing key: each refusal fails the step before any write to the facts branch.
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttestationFact } from '../../src/core/model/fact.js';
import { tempDir } from '../helpers/git.js';
import { trailFacts } from './facts.js';
import { commands, type StepRun } from './runner.js';
import { FIXTURES, FLOW, REPO, putEvidence, world, type World } from './world.js';

const JUNIT = path.join(FIXTURES, 'junit/mocha-xunit__latex-utensils.xml');

/** A directory outside the workspace holding a real report, as another job or a cache would. */
function outsideReports(): string {
  const dir = tempDir('factstore-outside-');
  copyFileSync(JUNIT, path.join(dir, 'junit.xml'));
  return dir;
}

/** The step failed with one error annotation and sent nothing that writes; the message is returned. */
function refused(w: World, r: StepRun): string {
  expect(r.code).toBe(1);
  const errors = commands(r.stdout, 'error');
  expect(errors.length).toBe(1);
  expect(w.gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  expect(w.gh.ref(REPO, 'heads/factstore')).toBeUndefined();
  return errors[0]?.message ?? '';
}

/** Everything the step showed, without the `::add-mask::` commands the runner consumes. */
function shown(r: StepRun): string {
  const log = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return `${log}\n${r.stderr}\n${r.summary}\n${JSON.stringify(r.outputs)}`;
}

describe('the attest step refuses evidence from outside the workspace or through a link', () => {
  it('a link in the workspace to a report outside it', async () => {
    const w = await world();
    symlinkSync(path.join(outsideReports(), 'junit.xml'), path.join(w.workspace, 'junit.xml'));
    const message = refused(w, await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' }));
    expect(message).toMatch(/^factstore: the evidence .*\/junit\.xml is a symbolic link \(to .*factstore-outside-.*\/junit\.xml\): evidence is read only from the report file itself, never through a link\. Give `evidence:` the report file itself, inside the workspace\.$/);
  });

  it('a link to the process environment, matched by a glob', async () => {
    const w = await world();
    mkdirSync(path.join(w.workspace, 'reports'));
    symlinkSync('/proc/self/environ', path.join(w.workspace, 'reports', 'env.xml'));
    const message = refused(w, await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'reports/*.xml' }));
    expect(message).toContain('reports/env.xml is a symbolic link (to /proc/self/environ)');
  });

  it('a glob whose directory is a link out of the workspace: the link is not searched', async () => {
    const w = await world();
    symlinkSync(outsideReports(), path.join(w.workspace, 'reports'));
    const message = refused(w, await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'reports/*.xml' }));
    expect(message).toContain('the evidence pattern "reports/*.xml" matches no file');
    expect(message).toContain('reports on its path is a symbolic link, and evidence is never searched or read through a link');
  });

  it('a ** glob over a linked directory: the link itself is matched and refused', async () => {
    const w = await world();
    mkdirSync(path.join(w.workspace, 'reports'));
    symlinkSync(outsideReports(), path.join(w.workspace, 'reports', 'shared'));
    const message = refused(w, await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'reports/**' }));
    expect(message).toMatch(/reports\/shared is a symbolic link \(to .*factstore-outside-/);
  });

  it('a literal path through a linked directory', async () => {
    const w = await world();
    symlinkSync(outsideReports(), path.join(w.workspace, 'reports'));
    const message = refused(w, await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'reports/junit.xml' }));
    expect(message).toMatch(/reports\/junit\.xml is really .*factstore-outside-.*: .*reports on its path is a symbolic link/);
  });

  it('an absolute path outside the workspace', async () => {
    const w = await world();
    const message = refused(w, await w.step({ flow: FLOW, type: 'unit-tests', evidence: path.join(outsideReports(), 'junit.xml') }));
    expect(message).toContain('junit.xml is outside the workspace');
  });

  it('a ** glob in a workspace with a linked directory records only the reports that are really there', async () => {
    const w = await world();
    putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'test-results/junit.xml');
    symlinkSync(outsideReports(), path.join(w.workspace, 'elsewhere'));
    const r = await w.step({ flow: FLOW, type: 'unit-tests', evidence: '**/*.xml' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const attestation = trailFacts(w.gh, FLOW, w.sha).find((f) => f.kind === 'attestation') as AttestationFact;
    expect(attestation.evidence.map((e) => e.name)).toEqual(['junit.xml']);
    expect(attestation.evidence.length).toBe(1);
  });
});

describe('the attest step refuses evidence that holds its signing key', () => {
  const dump = (key: string) => `HOME=/home/runner\nINPUT_SIGNING-KEY=${key}\nRUNNER_OS=Linux\n`;

  it('the key of the `signing-key` input, in an environment dump', async () => {
    const w = await world();
    writeFileSync(path.join(w.workspace, 'env.log'), dump(w.key.privateKey));
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', evidence: 'env.log' });
    const message = refused(w, r);
    expect(message).toMatch(/env\.log contains the signing key's private key text \(one of its lines\): nothing was recorded/);
    expect(message).toContain('Give `evidence:` the report itself');
    for (const line of w.key.privateKey.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))) expect(shown(r)).not.toContain(line);
  });

  it('the key from FACTSTORE_SIGNING_KEY, one line of it', async () => {
    const w = await world();
    writeFileSync(path.join(w.workspace, 'debug.log'), `${w.key.privateKey.split('\n')[4] ?? ''}\n`);
    const r = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', evidence: 'debug.log', 'signing-key': '' }, { FACTSTORE_SIGNING_KEY: w.key.privateKey });
    expect(refused(w, r)).toContain("debug.log contains the signing key's");
  });

  it('a dry run checks the key when one is given, and sends nothing either way', async () => {
    const w = await world();
    writeFileSync(path.join(w.workspace, 'env.log'), dump(w.key.privateKey));
    const withKey = await w.step({ flow: FLOW, type: 'unit-tests', status: 'PASSED', evidence: 'env.log', 'dry-run': 'true' });
    expect(refused(w, withKey)).toContain("env.log contains the signing key's");
    expect(w.gh.requests).toEqual([]);
  });
});
