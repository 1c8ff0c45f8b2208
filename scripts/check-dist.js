#!/usr/bin/env node
// Checks that a tag's committed dist/ is exactly what its own sources build: the Action runs dist/,
// so this is how a user knows the code they run is the code they can read.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HELP = `Usage: node scripts/check-dist.js TAG [--repo DIR|URL] [--offline] [--node-modules DIR] [--keep]

Clones TAG (a tag, branch or commit) into a temporary directory, installs with \`npm ci\`, runs
\`npm run build\` and compares the rebuilt dist/ with the committed one byte for byte.
Exit status: 0 when they are identical, 1 when they differ (each file is named),
2 when the check could not run (unknown tag, failed install or build).

Options:
  --repo DIR|URL       the repository to clone (default: the one the current directory is in;
                       fetch its tags first)
  --offline            npm ci --offline: install from the npm cache only
  --node-modules DIR   hard-link-copy DIR (cp -al) as node_modules instead of npm ci; for tests.
                       DIR must hold what the tag's package-lock.json installs. It becomes real
                       directories inside the clone: the bundler names chunks after the real path
                       of node_modules, so a symlink would change the output.
  --keep               keep the temporary clone and print where it is
  -h, --help           this text`;

class CannotCheck extends Error {}

function parseArgs(argv) {
  const opts = { ref: undefined, repo: undefined, offline: false, nodeModules: undefined, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (!v) throw new CannotCheck(`${a} needs a value (see --help)`);
      return v;
    };
    if (a === '-h' || a === '--help') {
      console.log(HELP);
      process.exit(0);
    } else if (a === '--repo') opts.repo = value();
    else if (a === '--node-modules') opts.nodeModules = value();
    else if (a === '--offline') opts.offline = true;
    else if (a === '--keep') opts.keep = true;
    else if (a.startsWith('-')) throw new CannotCheck(`unknown option ${a} (see --help)`);
    else if (opts.ref) throw new CannotCheck(`one tag only, got ${opts.ref} and ${a}`);
    else opts.ref = a;
  }
  if (!opts.ref) throw new CannotCheck('give the tag to check, e.g. `node scripts/check-dist.js v1.2.3` (see --help)');
  return opts;
}

/** Runs a command; its output goes to stderr so stdout carries only the verdict. */
function step(what, cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  } catch (e) {
    throw new CannotCheck(`${what} failed (${cmd} ${args.join(' ')})`, { cause: e });
  }
}

function files(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Every difference between two dist/ trees, as lines naming the file. */
function compare(committed, built) {
  const a = new Set(files(committed));
  const b = new Set(files(built));
  const out = [];
  for (const f of [...new Set([...a, ...b])].sort()) {
    if (!b.has(f)) out.push(`  committed, not built: dist/${f}`);
    else if (!a.has(f)) out.push(`  built, not committed: dist/${f}`);
    else if (!readFileSync(path.join(committed, f)).equals(readFileSync(path.join(built, f)))) out.push(`  differs: dist/${f}`);
  }
  return { differences: out, count: b.size };
}

function check(opts, work) {
  const repo = opts.repo ?? step('finding the repository', 'git', ['rev-parse', '--show-toplevel'], process.cwd());
  const clone = path.join(work, 'src');
  step('cloning', 'git', ['clone', '--quiet', '--no-checkout', repo, clone]);
  const sha = step(`finding ${opts.ref}`, 'git', ['rev-parse', '--verify', '--quiet', `${opts.ref}^{commit}`], clone);
  step('checking out', 'git', ['checkout', '--quiet', '--detach', sha], clone);
  const committed = path.join(work, 'committed-dist');
  if (existsSync(path.join(clone, 'dist'))) cpSync(path.join(clone, 'dist'), committed, { recursive: true });
  // built from nothing: a committed file the build no longer writes must not pass as built
  rmSync(path.join(clone, 'dist'), { recursive: true, force: true });
  if (opts.nodeModules) {
    const dir = realpathSync(opts.nodeModules);
    if (!statSync(dir).isDirectory()) throw new CannotCheck(`--node-modules ${opts.nodeModules} is not a directory`);
    step('copying node_modules', 'cp', ['-al', dir, path.join(clone, 'node_modules')]);
  } else {
    step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund', ...(opts.offline ? ['--offline'] : [])], clone);
  }
  step('npm run build', 'npm', ['run', 'build', '--silent'], clone);
  return { sha, ...compare(committed, path.join(clone, 'dist')) };
}

function main() {
  let opts;
  let work;
  try {
    opts = parseArgs(process.argv.slice(2));
    work = mkdtempSync(path.join(os.tmpdir(), 'check-dist-'));
    const { sha, differences, count } = check(opts, work);
    if (differences.length === 0) {
      console.log(`dist/ of ${opts.ref} (${sha.slice(0, 12)}) is what its sources build: ${count} files identical.`);
      return 0;
    }
    console.log(`dist/ of ${opts.ref} (${sha.slice(0, 12)}) is NOT what its sources build:\n${differences.join('\n')}`);
    return 1;
  } catch (e) {
    if (!(e instanceof CannotCheck)) throw e;
    console.error(`check-dist: ${e.message}`);
    return 2;
  } finally {
    if (work && opts?.keep) console.error(`check-dist: the clone is kept in ${work}`);
    else if (work) rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
