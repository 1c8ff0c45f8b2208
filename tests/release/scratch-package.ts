import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, tempDir } from '../helpers/git.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Like ncc, the build writes where node_modules really is into its output: a node_modules that is a
// symlink instead of real directories changes dist/.
const BUILD = `import { cpSync, existsSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
cpSync('src', 'dist', { recursive: true });
if (existsSync('node_modules/banner')) writeFileSync('dist/banner.txt', path.relative('.', realpathSync('node_modules/banner/index.txt')) + '\\n');
`;

/**
 * A tiny npm package in its own git repository, laid out like the project: sources, a build script
 * that writes dist/, dist/ committed, release/ ignored. Its build needs no node_modules, so the
 * release script's build check and check-dist's npm ci both run for real on it.
 */
export function scratchPackage(version = '1.2.3'): string {
  const dir = tempDir('factstore-release-');
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name: 'scratch-cli', version, type: 'module', bin: { 'scratch-cli': 'bin/cli.js' }, files: ['bin', 'dist'], scripts: { build: 'node build.js' } }, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify({ name: 'scratch-cli', version, lockfileVersion: 3, requires: true, packages: { '': { name: 'scratch-cli', version, bin: { 'scratch-cli': 'bin/cli.js' } } } }, null, 2)}\n`,
    '.gitignore': 'node_modules/\n/release/\n',
    'build.js': BUILD,
    'src/index.js': "console.log('scratch');\n",
    'src/lib/util.js': 'export const answer = 42;\n',
    'bin/cli.js': "#!/usr/bin/env node\nimport '../dist/index.js';\n",
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'release bot');
  git(dir, 'config', 'user.email', 'release@example.com');
  run(dir, 'node', ['build.js']);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', `scratch ${version}`);
  return dir;
}

/** Commits a new version of the scratch package (package.json, lock and a source change). */
export function bumpScratch(dir: string, version: string): void {
  for (const name of ['package.json', 'package-lock.json']) {
    run(dir, 'node', ['-e', `const f=${JSON.stringify(name)},fs=require('fs'),j=JSON.parse(fs.readFileSync(f));j.version=${JSON.stringify(version)};if(j.packages)j.packages[''].version=j.version;fs.writeFileSync(f,JSON.stringify(j,null,2)+'\\n')`]);
  }
  writeFileSync(path.join(dir, 'src/index.js'), `console.log('scratch ${version}');\n`);
  run(dir, 'node', ['build.js']);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', `scratch ${version}`);
}

export interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

export function run(cwd: string, cmd: string, args: string[]): Result {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

export const script = (name: string): string => path.join(root, 'scripts', name);
