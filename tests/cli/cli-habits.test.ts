// What people type first: version and help spelled as words, typos answered with the command or
// option they meant, and errors a script can read when it asked for --json.
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/core/text/did-you-mean.js';
import { packageVersion } from '../../src/cli/version.js';
import { tempDir } from '../helpers/git.js';
import { cli, DIGEST_A, FLOW, jsonOf, workspace } from './helpers.js';

const inDir = (args: string[]) => cli(args, { cwd: tempDir() });

describe('version and help as words', () => {
  it.each([['-v'], ['version'], ['--version']])('%s prints the version', async (arg) => {
    const r = await inDir([arg]);
    expect(r).toEqual({ code: 0, stdout: `factstore ${packageVersion()}\n`, stderr: '' });
  });

  it('help prints the overview, help <command> that command\'s help, both exit 0', async () => {
    const all = await inDir(['help']);
    expect(all.code).toBe(0);
    expect(all.stdout).toBe((await inDir(['--help'])).stdout);
    const gate = await inDir(['help', 'gate']);
    expect(gate.code).toBe(0);
    expect(gate.stdout).toBe((await inDir(['gate', '--help'])).stdout);
    expect(gate.stdout).toMatch(/^Usage: factstore gate/);
  });

  it('help of a command that does not exist says so (exit 2)', async () => {
    const r = await inDir(['help', 'deploy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "deploy"');
  });

  it('version with more words is refused, not ignored', async () => {
    const r = await inDir(['version', 'gate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('run factstore --version');
  });
});

describe('did you mean', () => {
  it.each([
    [['trial', 'list'], 'Did you mean trails list?'],
    [['trails', 'lst'], 'Did you mean trails list?'],
    [['atest'], 'Did you mean attest?'],
    [['verfiy'], 'Did you mean verify?'],
    [['complience', 'artifact'], 'Did you mean compliance artifact?'],
  ])('%j', async (args, says) => {
    const r = await inDir(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
  });

  it('an unrelated word gets no suggestion', async () => {
    const r = await inDir(['deploy']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('Did you mean');
  });

  it('a mistyped option of a command gets the option it meant', async () => {
    const w = await workspace();
    const r = await w.fs(['attest', '--flow', FLOW, '--type', 'unit-tests', '--statsu', 'PASSED']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --statsu: did you mean --status? See factstore attest --help.');
    const global = await inDir(['--jsno', 'flows', 'list']);
    expect(global.stderr).toContain('unknown option --jsno before the command. Did you mean --json?');
  });

  it('edit distance counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('gate', 'gate')).toBe(0);
    expect(editDistance('gaet', 'gate')).toBe(1);
    expect(editDistance('gat', 'gate')).toBe(1);
    expect(editDistance('gates', 'gate')).toBe(1);
    expect(editDistance('gxte', 'gate')).toBe(1);
    expect(editDistance('', 'gate')).toBe(4);
    expect(didYouMean('xyz', ['gate', 'log'])).toBeUndefined();
    expect(didYouMean('compl', ['compliance artifact', 'log'])).toBe('compliance artifact');
  });
});

describe('--json errors', () => {
  it('a failing command with --json prints one error document on stdout, exit code unchanged', async () => {
    const w = await workspace();
    const r = await w.fs(['assert', '--flow', 'no-such-flow', '--sha256', DIGEST_A, '--json']);
    expect(r.code).toBe(2);
    const doc = jsonOf<{ error: { code: string; message: string; exitCode: number } }>(r, 'error');
    expect(doc.error.code).toBe('NOT_FOUND');
    expect(doc.error.exitCode).toBe(2);
    expect(doc.error.message).toContain('no-such-flow');
    expect(r.stderr).toContain(doc.error.message);
  });

  it('a usage error with --json is a document too', async () => {
    const r = await inDir(['gate', '--json', '--nope']);
    expect(jsonOf<{ error: { message: string } }>(r, 'error').error.message).toContain('unknown option --nope');
  });

  it('without --json, stdout stays empty', async () => {
    const r = await inDir(['gate', '--nope']);
    expect(r.stdout).toBe('');
  });
});
