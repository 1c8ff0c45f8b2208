import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, tempDir } from '../helpers/git.js';
import { run, scratchPackage, script } from './scratch-package.js';

// The project's own tags are checked the same way, but its build takes minutes on a small machine;
// these tests check the script on a scratch package whose build takes milliseconds.
const checkDist = (dir: string, ...args: string[]) => run(dir, 'node', [script('check-dist.js'), ...args]);

describe('scripts/check-dist.js', () => {
  it('passes a tag whose dist/ is what its sources build, installing with npm ci', () => {
    const dir = scratchPackage();
    git(dir, 'tag', 'v1.2.3');
    const r = checkDist(dir, 'v1.2.3');
    expect(r.stdout).toMatch(/^dist\/ of v1\.2\.3 \([0-9a-f]{12}\) is what its sources build: 2 files identical\.\n$/);
    expect(r.status).toBe(0);
  });

  it('fails a tag whose dist/ was edited or has an extra file, and names each file', () => {
    const dir = scratchPackage();
    writeFileSync(path.join(dir, 'dist/lib/util.js'), 'export const answer = 41;\n');
    writeFileSync(path.join(dir, 'dist/extra.js'), 'hand-written\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'hand-edited dist');
    git(dir, 'tag', 'v1.2.4');
    const r = checkDist(dir, 'v1.2.4');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('is NOT what its sources build');
    expect(r.stdout).toContain('  committed, not built: dist/extra.js\n');
    expect(r.stdout).toContain('  differs: dist/lib/util.js\n');
    expect(r.stdout).not.toContain('dist/index.js');
  });

  it('checks the tag, not the working tree or the branch tip', () => {
    const dir = scratchPackage();
    git(dir, 'tag', 'v1.2.3');
    writeFileSync(path.join(dir, 'dist/index.js'), 'edited after the tag\n');
    git(dir, 'commit', '-qam', 'later');
    expect(checkDist(dir, 'v1.2.3').status).toBe(0);
    expect(checkDist(dir, 'HEAD').stdout).toContain('  differs: dist/index.js\n');
  });

  it('--node-modules copies real directories into the clone, even from a symlink', () => {
    const modules = tempDir();
    mkdirSync(path.join(modules, 'banner'));
    writeFileSync(path.join(modules, 'banner/index.txt'), 'banner\n');
    const dir = scratchPackage();
    cpSync(modules, path.join(dir, 'node_modules'), { recursive: true });
    run(dir, 'node', ['build.js']);
    git(dir, 'add', 'dist');
    git(dir, 'commit', '-qm', 'built with node_modules');
    git(dir, 'tag', 'v1.2.3');
    const link = path.join(tempDir(), 'node_modules');
    symlinkSync(modules, link);
    const r = checkDist(dir, 'v1.2.3', '--node-modules', link);
    expect(r.stdout).toContain('3 files identical');
    expect(r.status).toBe(0);
  });

  it('exits 2 with a clear message when the tag does not exist', () => {
    const dir = scratchPackage();
    const r = checkDist(dir, 'v9.9.9');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('check-dist: finding v9.9.9 failed');
  });
});
