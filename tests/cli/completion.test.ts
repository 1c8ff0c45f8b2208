// Shell completion made from the command table: the bash script is loaded into a real bash and
// asked what it completes, as bash asks it at a <Tab>.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { tempDir } from '../helpers/git.js';
import { cli, jsonOf } from './helpers.js';

async function script(shell: string): Promise<string> {
  const r = await cli(['completion', shell], { cwd: tempDir() });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** What the bash completion offers for the words typed so far (the last one is being completed). */
function complete(file: string, typed: string[]): string[] {
  const words = ['factstore', ...typed].map((w) => `'${w}'`).join(' ');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `source '${file}'; COMP_WORDS=(${words}); COMP_CWORD=${typed.length}; _factstore; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter((l) => l !== '').sort();
}

describe('factstore completion', () => {
  it('bash: commands, subcommands and each command\'s own options, as bash completes them', async () => {
    const file = path.join(tempDir(), 'factstore.bash');
    writeFileSync(file, await script('bash'));
    expect(complete(file, ['tr'])).toEqual(['trails']);
    expect(complete(file, ['t'])).toEqual(['trails', 'types']);
    expect(complete(file, ['trails', ''])).toEqual(['begin', 'get', 'list']);
    expect(complete(file, ['attest', '--sta'])).toEqual(['--status']);
    expect(complete(file, ['trails', 'begin', '--fl'])).toEqual(['--flow']);
    expect(complete(file, ['gate', '--dry'])).toEqual(['--dry-run']);
    // options of another command are not offered
    expect(complete(file, ['gate', '--evid'])).toEqual([]);
  });

  it('every command and option of the table is in each script', async () => {
    const [bash, zsh, fish] = [await script('bash'), await script('zsh'), await script('fish')];
    expect(zsh.startsWith('autoload -U +X bashcompinit && bashcompinit\n')).toBe(true);
    for (const c of COMMANDS) {
      for (const word of c.path) {
        expect(bash).toContain(word);
        expect(fish).toContain(word);
      }
      for (const o of c.options) expect(fish).toContain(`-l ${o.name}`);
    }
  });

  it('refuses a shell it does not know (exit 2), and --json gives the script in a document', async () => {
    const r = await cli(['completion', 'powershell'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('one of bash, zsh, fish');
    const doc = jsonOf<{ shell: string; script: string }>(await cli(['completion', 'fish', '--json'], { cwd: tempDir() }), 'completion');
    expect(doc.shell).toBe('fish');
    expect(doc.script).toBe(await script('fish'));
  });
});
