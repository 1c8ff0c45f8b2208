import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { bumpScratch, run, scratchPackage, script } from './scratch-package.js';

const release = (dir: string, ...args: string[]) => run(dir, 'node', [script('release.js'), ...args]);
const tags = (dir: string) => git(dir, 'tag', '--list').split('\n').filter(Boolean);
const commitOf = (dir: string, ref: string) => git(dir, 'rev-parse', `${ref}^{commit}`).trim();

describe('scripts/release.js on a scratch repository', () => {
  it('tags vX.Y.Z (annotated), moves vX to it, packs the tarball with matching SHA256SUMS', () => {
    const dir = scratchPackage('1.2.3');
    const r = release(dir, '1.2.3');
    expect(r.stderr).not.toContain('release:');
    expect(r.status).toBe(0);
    expect(git(dir, 'cat-file', '-t', 'v1.2.3').trim()).toBe('tag');
    expect(commitOf(dir, 'v1.2.3')).toBe(commitOf(dir, 'HEAD'));
    expect(commitOf(dir, 'v1')).toBe(commitOf(dir, 'v1.2.3'));
    expect(r.stdout).toContain('git push origin v1.2.3');
    expect(r.stdout).toContain('git push --force origin v1');

    const out = path.join(dir, 'release', 'v1.2.3');
    expect(existsSync(path.join(out, 'scratch-cli-1.2.3.tgz'))).toBe(true);
    const sums = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8');
    const real = run(out, 'sha256sum', ['scratch-cli-1.2.3.tgz']).stdout;
    expect(sums).toBe(real);
    expect(run(out, 'sha256sum', ['-c', 'SHA256SUMS']).status).toBe(0);
    const listed = run(out, 'tar', ['-tzf', 'scratch-cli-1.2.3.tgz']).stdout;
    expect(listed).toContain('package/dist/index.js');
    expect(listed).toContain('package/bin/cli.js');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('moves vX to the next minor release, and vX.Y.Z stays where it was', () => {
    const dir = scratchPackage('1.2.3');
    expect(release(dir, '1.2.3').status).toBe(0);
    const first = commitOf(dir, 'v1.2.3');
    bumpScratch(dir, '1.3.0');
    const r = release(dir, '1.3.0');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(commitOf(dir, 'v1')).toBe(commitOf(dir, 'HEAD'));
    expect(commitOf(dir, 'v1.3.0')).toBe(commitOf(dir, 'HEAD'));
    expect(commitOf(dir, 'v1.2.3')).toBe(first);
    expect(first).not.toBe(commitOf(dir, 'HEAD'));
  });

  const refused: [string, (dir: string) => string[], RegExp][] = [
    ['a dirty tree', (dir) => (writeFileSync(path.join(dir, 'src/index.js'), 'edited\n'), ['1.2.3']), /working tree is not clean.*\n.*src\/index\.js/],
    ['an untracked file', (dir) => (writeFileSync(path.join(dir, 'notes.txt'), 'x\n'), ['1.2.3']), /working tree is not clean.*\n.*notes\.txt/],
    ['a version other than package.json', () => ['1.2.4'], /package\.json says 1\.2\.3, not 1\.2\.4: run `npm version 1\.2\.4/],
    ['a version that is not X.Y.Z', () => ['v1.2.3'], /"v1\.2\.3" is not a version X\.Y\.Z/],
    ['a stale dist/', (dir) => (writeFileSync(path.join(dir, 'dist/index.js'), 'stale\n'), git(dir, 'commit', '-qam', 'stale'), ['1.2.3']), /dist\/ is not what the sources build.*\n.*dist\/index\.js/],
    ['a CHANGELOG without the version', (dir) => (writeFileSync(path.join(dir, 'CHANGELOG.md'), '## [Unreleased]\n'), git(dir, 'add', '.'), git(dir, 'commit', '-qm', 'cl'), ['1.2.3']), /CHANGELOG\.md has no "## \[1\.2\.3\]" section/],
  ];
  it.each(refused)('refuses %s and tags nothing', (_what, setUp, message) => {
    const dir = scratchPackage('1.2.3');
    const args = setUp(dir);
    const r = release(dir, ...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(tags(dir)).toEqual([]);
    expect(existsSync(path.join(dir, 'release'))).toBe(false);
  });

  it('refuses an existing tag and leaves the tags as they were', () => {
    const dir = scratchPackage('1.2.3');
    expect(release(dir, '1.2.3').status).toBe(0);
    writeFileSync(path.join(dir, 'src/lib/util.js'), 'export const answer = 43;\n');
    run(dir, 'node', ['build.js']);
    git(dir, 'commit', '-qam', 'after the release');
    const r = release(dir, '1.2.3');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tag v1\.2\.3 already exists/);
    expect(tags(dir)).toEqual(['v1', 'v1.2.3']);
    expect(commitOf(dir, 'v1')).toBe(commitOf(dir, 'HEAD~1'));
  });

  it('refuses to move the major tag back to an older version', () => {
    const dir = scratchPackage('1.3.0');
    expect(release(dir, '1.3.0').status).toBe(0);
    bumpScratch(dir, '1.2.9');
    const r = release(dir, '1.2.9');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/v1 points at v1\.3\.0, newer than 1\.2\.9/);
    expect(tags(dir)).toEqual(['v1', 'v1.3.0']);
  });

  it('takes the release notes from the CHANGELOG section of the version', () => {
    const dir = scratchPackage('1.2.3');
    writeFileSync(path.join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [1.2.3] - 2026-01-02\n\n### Added\n- the scratch CLI\n\n## [1.2.2]\n- older\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'changelog');
    expect(release(dir, '1.2.3').status).toBe(0);
    expect(readFileSync(path.join(dir, 'release/v1.2.3/RELEASE_NOTES.md'), 'utf8')).toBe('### Added\n- the scratch CLI\n');
  });

  it('says in --help that --skip-build-check is for tests only', () => {
    const r = release(process.cwd(), '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--skip-build-check +do not run the build: only for tests/);
  });
});
