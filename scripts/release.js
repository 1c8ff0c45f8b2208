#!/usr/bin/env node
// Cuts a release from a clean checkout: every check runs before anything is written, so a refused
// release leaves no tag behind. Pushing is a separate, explicit step (--push, or the printed commands).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const HELP = `Usage: node scripts/release.js X.Y.Z [--push] [--out DIR] [--skip-build-check]

Run on a clean checkout of the commit to release, with package.json already at X.Y.Z.
  1. refuses a dirty tree, a version other than package.json's, an existing tag vX.Y.Z,
     a version older than the one vX points at, and a CHANGELOG.md without a [X.Y.Z] section;
  2. runs \`npm run build\` and refuses when dist/ changes (dist/ must be committed fresh);
  3. packs the CLI (npm pack) into DIR (default release/vX.Y.Z) with SHA256SUMS beside it,
     and writes the CHANGELOG section to RELEASE_NOTES.md there;
  4. creates the annotated tag vX.Y.Z and moves the major tag vX to the same commit;
  5. prints the two push commands, or runs them with --push.

Options:
  --push              push vX.Y.Z and (forced) vX to origin
  --out DIR           where the tarball and SHA256SUMS go (default release/vX.Y.Z)
  --skip-build-check  do not run the build: only for tests on a checkout without node_modules.
                      A real release always checks dist/.
  -h, --help          this text`;

const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

function parseArgs(argv) {
  const opts = { version: undefined, push: false, out: undefined, buildCheck: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      console.log(HELP);
      process.exit(0);
    } else if (a === '--push') opts.push = true;
    else if (a === '--skip-build-check') opts.buildCheck = false;
    else if (a === '--out') {
      opts.out = argv[++i];
      if (!opts.out) fail('--out needs a directory');
    } else if (a.startsWith('-')) fail(`unknown option ${a} (see --help)`);
    else if (opts.version) fail(`one version only, got ${opts.version} and ${a}`);
    else opts.version = a;
  }
  if (!opts.version) fail('give the version to release, e.g. `node scripts/release.js 1.2.3` (see --help)');
  if (!/^\d+\.\d+\.\d+$/.test(opts.version)) fail(`"${opts.version}" is not a version X.Y.Z (digits only, no leading v)`);
  return opts;
}

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const git = (cwd, ...args) => run('git', args, cwd);
const tagExists = (root, tag) => {
  try {
    git(root, 'rev-parse', '-q', '--verify', `refs/tags/${tag}`);
    return true;
  } catch {
    return false;
  }
};
const versionParts = (v) => v.split('.').map(Number);
const isOlder = (a, b) => {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return false;
};

/** The newest vMAJOR.y.z tag on the commit vMAJOR points at, if any. */
function majorTagVersion(root, major) {
  if (!tagExists(root, `v${major}`)) return undefined;
  const tags = git(root, 'tag', '--points-at', `v${major}^{commit}`, '--list', `v${major}.*.*`).split('\n');
  const versions = tags.map((t) => t.slice(1)).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  return versions.sort((a, b) => (isOlder(a, b) ? 1 : -1))[0];
}

function changelogSection(root, version) {
  const file = path.join(root, 'CHANGELOG.md');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

function check(root, version, buildCheck) {
  const dirty = git(root, 'status', '--porcelain', '--untracked-files=all');
  if (dirty) fail(`the working tree is not clean; commit or stash first:\n${dirty}`);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (pkg.version !== version) {
    fail(`package.json says ${pkg.version}, not ${version}: run \`npm version ${version} --no-git-tag-version\`, commit, and run again`);
  }
  if (tagExists(root, `v${version}`)) fail(`tag v${version} already exists: a released version is never re-tagged; release the next version`);
  const major = versionParts(version)[0];
  const current = majorTagVersion(root, major);
  if (current && isOlder(version, current)) fail(`v${major} points at v${current}, newer than ${version}: the major tag never moves back`);
  const notes = changelogSection(root, version);
  if (notes === null) fail(`CHANGELOG.md has no "## [${version}]" section: move the Unreleased entries under it, commit, and run again`);
  if (buildCheck) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    const stale = git(root, 'status', '--porcelain', '--untracked-files=all', '--', 'dist');
    if (stale) fail(`dist/ is not what the sources build; commit the rebuilt dist/ and run again:\n${stale}`);
  }
  return { name: pkg.name, notes };
}

function pack(root, outDir, notes) {
  mkdirSync(outDir, { recursive: true });
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', outDir], root));
  const tarball = path.join(outDir, packed.filename);
  const sum = createHash('sha256').update(readFileSync(tarball)).digest('hex');
  // sha256sum's format, so `sha256sum -c SHA256SUMS` checks a download
  writeFileSync(path.join(outDir, 'SHA256SUMS'), `${sum}  ${packed.filename}\n`);
  writeFileSync(path.join(outDir, 'RELEASE_NOTES.md'), `${notes ?? 'See CHANGELOG.md.'}\n`);
  return tarball;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const root = git(process.cwd(), 'rev-parse', '--show-toplevel');
  const { version } = opts;
  const { name, notes } = check(root, version, opts.buildCheck);
  const tag = `v${version}`;
  const major = `v${versionParts(version)[0]}`;
  const outDir = path.resolve(root, opts.out ?? path.join('release', tag));
  const tarball = pack(root, outDir, notes);
  git(root, 'tag', '-a', tag, '-m', `${name} ${version}`);
  git(root, 'tag', '-f', '-a', major, '-m', `${name} ${major}: latest ${major}.x.y release, now ${tag}`, `${tag}^{commit}`);
  console.log(`Tagged ${tag} and moved ${major} to ${git(root, 'rev-parse', '--short', `${tag}^{commit}`)}.`);
  console.log(`Packed ${path.relative(root, tarball)} with SHA256SUMS and RELEASE_NOTES.md in ${path.relative(root, outDir)}/.`);
  const pushes = [['push', 'origin', tag], ['push', '--force', 'origin', major]];
  if (!opts.push) {
    console.log('Push the tags with:');
    for (const p of pushes) console.log(`  git ${p.join(' ')}`);
    return;
  }
  for (const p of pushes) execFileSync('git', p, { cwd: root, stdio: 'inherit' });
}

main();
