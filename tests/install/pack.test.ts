// Installing the CLI the way the README says, from the packed tarball into an empty prefix, with
// no network and an empty npm cache: the bundles in dist/ must be all the package needs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: Record<string, string> };

let dir: string;
let tarball: string;
let prefix: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'factstore-pack-'));
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
  tarball = path.join(dir, out);
  prefix = path.join(dir, 'prefix');
  // an empty cache and --offline: a dependency the tarball does not carry cannot be fetched
  const install = spawnSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, '--cache', path.join(dir, 'cache'), tarball], {
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function factstore(args: string[], home: string) {
  return spawnSync(path.join(prefix, 'bin', 'factstore'), args, {
    cwd: home,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: home, NO_COLOR: '1' },
    timeout: 120_000,
  });
}

describe('the packed CLI', () => {
  it('is named after the package and version, and declares no runtime dependency', () => {
    expect(path.basename(tarball)).toBe(`${pkg.name}-${pkg.version}.tgz`);
    expect(pkg.dependencies ?? {}).toEqual({});
    const installed = path.join(prefix, 'lib', 'node_modules', pkg.name);
    // nothing was installed beside it: the bundles carry their libraries
    expect(readdirSync(path.join(prefix, 'lib', 'node_modules'))).toEqual([pkg.name]);
    expect(statSync(path.join(installed, 'dist', 'cli', 'index.js')).isFile()).toBe(true);
  });

  it('leaves out the sources, tests and benchmarks', () => {
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter((l) => l !== '');
    expect(listed.filter((f) => /^package\/(src|tests|bench|scripts|app\/src)\//.test(f))).toEqual([]);
    expect(listed).toContain('package/bin/factstore.js');
    expect(listed).toContain('package/dist/jq-worker/index.js');
  });

  it('runs `factstore --version` from an empty prefix', () => {
    const home = mkdtempSync(path.join(dir, 'home-'));
    const r = factstore(['--version'], home);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`factstore ${pkg.version}`);
  });

  it('runs `factstore demo` from an empty prefix, to COMPLIANT', () => {
    const home = mkdtempSync(path.join(dir, 'home-'));
    const r = factstore(['demo'], home);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('COMPLIANT');
  }, 120_000);
});

/** The fenced `sh` blocks of the README section `## <title>`, in order. */
function shellBlocks(title: string): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section ${title}`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/\n```sh\n([\s\S]*?)\n```\n/g)].map((m) => m[1] ?? '');
}

describe("the README's Getting started, run word for word with the packed CLI", () => {
  it('reaches COMPLIANT and GATE_ALLOWED in a fresh repository and HOME', () => {
    const blocks = shellBlocks('Getting started');
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const home = mkdtempSync(path.join(dir, 'home-'));
    const r = spawnSync('bash', ['-euo', 'pipefail', '-c', blocks.join('\n')], {
      cwd: home,
      encoding: 'utf8',
      env: { PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`, HOME: home, NO_COLOR: '1' },
      timeout: 120_000,
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    // the assert before alice's approval, then the one after it, then the gate
    const verdicts = r.stdout.split('\n').filter((l) => /^(NON_COMPLIANT|COMPLIANT|GATE_ALLOWED|GATE_BLOCKED|not yet)\b/.test(l)).map((l) => l.split(/\s/)[0]);
    expect(verdicts).toEqual(['NON_COMPLIANT', 'not', 'COMPLIANT', 'GATE_ALLOWED']);
    expect(r.stderr).not.toMatch(/warning/i);
  }, 120_000);
});

describe('the CLI installed from the repository', () => {
  it('a clone of the committed tree, packed and installed, needs no network: dist/ is committed and nothing is built', () => {
    const clone = path.join(dir, 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${ROOT}`, clone]);
    const packed = execFileSync('npm', ['pack', '--silent'], { cwd: clone, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
    const gitPrefix = path.join(dir, 'git-prefix');
    const install = spawnSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', gitPrefix, '--cache', path.join(dir, 'git-cache'), packed], {
      cwd: clone,
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);
    // a real install, not a link back into the clone
    rmSync(clone, { recursive: true, force: true });
    const r = spawnSync(path.join(gitPrefix, 'bin', 'factstore'), ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir } });
    expect(r.error).toBeUndefined();
    expect(r.stdout.trim()).toBe(`factstore ${pkg.version}`);
  }, 120_000);
});
