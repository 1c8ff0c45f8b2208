import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, tempDir } from '../helpers/git.js';
import { root, run } from './scratch-package.js';

// Neither workflow can run here: the next best proof is GitHub's published schemas, through
// @action-validator/cli (a dev dependency).
const validator = path.join(root, 'node_modules', '.bin', 'action-validator');
// the project's own workflows, and the examples the README tells users to copy
const workflows = ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`),
);
const actions = git(root, 'ls-files', '--', '*action.yml', '*action.yaml').split('\n').filter(Boolean);

/** Validates FILE (named like the original, which tells the validator what it is) with TEXT. */
function validate(name: string, text: string) {
  const file = path.join(tempDir(), name);
  writeFileSync(file, text);
  return run(root, validator, [file]);
}

// The newest published validator (0.6.0) knows runs.using up to node20; GitHub runs node24 since
// 2025. The validator sees node20 in that one field only, and the test checks the field itself.
const forValidator = (text: string) => text.replace(/^(\s+using:\s*['"]?)node24(['"]?\s*)$/m, '$1node20$2');

describe('GitHub workflow and action files', () => {
  it('finds the validator, the workflows and the actions', () => {
    expect(existsSync(validator), 'npm ci installs @action-validator/cli (a devDependency)').toBe(true);
    expect(workflows).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml', 'examples/workflows/snapshot-production.yml']));
    expect(actions).toEqual(expect.arrayContaining(['action.yml', 'begin/action.yml', 'assert/action.yml', 'gate/action.yml', 'snapshot/action.yml']));
  });

  it.each(workflows)('%s is a valid workflow', (file) => {
    const r = validate(path.basename(file), readFileSync(path.join(root, file), 'utf8'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(actions)('%s is valid action metadata on a Node runtime GitHub runs', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(text).toMatch(/^\s+using:\s*['"]?node(20|24)['"]?\s*$/m);
    const r = validate('action.yml', forValidator(text));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the validator fails a workflow with an unknown key, naming it', () => {
    const text = readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8');
    const r = validate('release.yml', text.replace('\njobs:\n', '\nrelease-notes: from-changelog\njobs:\n'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Additional property 'release-notes' is not allowed");
  });

  it('the validator fails an action whose runs has an unknown key, and a Node runtime it does not know', () => {
    const text = forValidator(readFileSync(path.join(root, 'action.yml'), 'utf8'));
    const misspelt = validate('action.yml', text.replace(/^(\s+)main:/m, '$1mian:'));
    expect(misspelt.status).toBe(1);
    expect(misspelt.stderr).toContain('"path": "/runs');
    const runtime = validate('action.yml', text.replace(/node20/, 'node18'));
    expect(runtime.status).toBe(1);
    expect(runtime.stderr).toContain('"path": "/runs/using"');
  });
});
