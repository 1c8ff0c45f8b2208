import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { tempDir } from '../helpers/git.js';
import { cli } from './helpers.js';

describe('--help', () => {
  it.each(COMMANDS.map((c) => c.path.join(' ')))('factstore %s --help shows its usage, every option and the exit codes', async (name) => {
    const command = COMMANDS.find((c) => c.path.join(' ') === name);
    const words = name.split(' ');
    for (const args of [[...words, '--help'], ['-h', ...words], [...words, '--flow', 'x', '-h']]) {
      const r = await cli(args, { cwd: tempDir() });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`Usage: factstore ${command?.usage ?? ''}`);
      for (const option of command?.options ?? []) expect(r.stdout).toContain(`--${option.name}`);
      expect(r.stdout).toContain('3  integrity failure');
    }
  });

  it('factstore --help lists every command; a group lists its subcommands', async () => {
    const top = await cli(['--help'], { cwd: tempDir() });
    expect(top.code).toBe(0);
    for (const c of COMMANDS) expect(top.stdout).toContain(c.path.join(' '));
    const group = await cli(['trails', '--help'], { cwd: tempDir() });
    expect(group.stdout).toMatch(/trails begin[\s\S]*trails list[\s\S]*trails get/);
    expect(group.stdout).not.toContain('keygen');
  });

  it('the directory fingerprint rule is documented in artifacts create --help', async () => {
    const r = await cli(['artifacts', 'create', '--help'], { cwd: tempDir() });
    expect(r.stdout).toContain('<relative path>\\0<sha256 hex of the file>\\n');
    expect(r.stdout).toContain('not followed');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    { args: [], says: 'no command given' },
    { args: ['deploy'], says: 'unknown command "deploy"' },
    { args: ['trails'], says: 'trails needs a subcommand: begin, list, get' },
    { args: ['--flow', 'x', 'trails', 'list'], says: 'unknown option --flow before the command' },
    { args: ['flows', 'list', '--nope'], says: 'unknown option --nope: see factstore flows list --help' },
    { args: ['flows', 'get'], says: 'flows get needs NAME' },
    { args: ['--json=yes', 'flows', 'list'], says: 'option --json does not take a value' },
  ])('factstore $args', async ({ args, says }) => {
    const r = await cli(args, { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(says);
  });

  it('--version prints the package version', async () => {
    const r = await cli(['--version'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^factstore \d+\.\d+\.\d+/);
  });
});
