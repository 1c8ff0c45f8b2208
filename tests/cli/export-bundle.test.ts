// The audit bundle of one quarter of a store spanning two: exactly that quarter's facts, checked
// offline with no repository, byte-identical when made twice, and every flipped byte named.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { merkleRoot } from '../../src/core/export/merkle.js';
import { tempDir } from '../helpers/git.js';
import { cli, jsonOf } from './helpers.js';

let dir: string;
let signers: string;
let bundle: string;
const Q1 = ['--from', '2025-01-01', '--to', '2025-03-31'];

const run = (args: string[], cwd = dir) => cli(args, { cwd, env: {} });
const exportArgs = (out: string, extra: string[] = []) => ['--store', dir, '--config', `${dir}.config.yml`, 'export', 'bundle', ...Q1, '--out', out, ...extra];

/** Every fact line of the facts branch recorded in Q1, read with plain git (independently of the engine). */
function q1FactsByGit(): string[] {
  const files = execFileSync('git', ['-C', dir, 'ls-tree', '-r', '--name-only', 'factstore', '--', 'trails', 'loose'], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ndjson'));
  return files
    .flatMap((f) => execFileSync('git', ['-C', dir, 'show', `factstore:${f}`], { encoding: 'utf8' }).split('\n'))
    .filter((l) => l !== '' && (JSON.parse(l) as { ts: string }).ts >= '2025-01-01' && (JSON.parse(l) as { ts: string }).ts < '2025-04-01');
}

/** The bundle unpacked by the system's tar, one file changed, packed again by tar and gzip. */
function tampered(change: (root: string) => void): string {
  const root = tempDir('bundle-');
  execFileSync('tar', ['-xzf', bundle, '-C', root]);
  change(root);
  const out = path.join(tempDir('bundle-out-'), 'tampered.tar.gz');
  execFileSync('sh', ['-c', `cd "${root}" && tar -cf - * | gzip -n > "${out}"`]);
  return out;
}

const flipByte = (file: string, at: (b: Buffer) => number) => {
  const b = readFileSync(file);
  const i = at(b);
  b[i] = (b[i] ?? 0) ^ 0x01;
  writeFileSync(file, b);
};

beforeAll(async () => {
  const work = tempDir('bundle-store-');
  dir = path.join(work, 'store');
  execFileSync(process.execPath, ['scripts/bench/make-store.mjs', '--dir', dir, '--facts', '300', '--days', '200'], { stdio: 'ignore' });
  signers = `${dir}.allowed_signers`;
  bundle = path.join(work, 'q1.tar.gz');
  const r = await run(exportArgs(bundle, ['--framework', 'soc2', '--json']));
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
});

describe('factstore export bundle', () => {
  it("holds exactly the quarter's facts, with their evidence, transcript, README and manifest", async () => {
    const doc = jsonOf<{ facts: number; merkleRoot: string; sha256: string }>(await run(exportArgs(path.join(tempDir(), 'again.tar.gz'), ['--framework', 'soc2', '--json'])), 'export-bundle');
    const root = tempDir('bundle-list-');
    execFileSync('tar', ['-xzf', bundle, '-C', root]);
    const lines = readFileSync(path.join(root, 'facts.ndjson'), 'utf8').split('\n').filter((l) => l !== '');
    expect(lines.sort()).toEqual(q1FactsByGit().sort());
    expect(doc.facts).toBe(lines.length);
    expect(lines.length).toBeGreaterThan(50);
    // the Merkle root is RFC 9162's over the lines in the bundle's order
    const inOrder = readFileSync(path.join(root, 'facts.ndjson'), 'utf8').split('\n').filter((l) => l !== '');
    expect(doc.merkleRoot).toBe(merkleRoot(inOrder.map((l) => Buffer.from(l))));
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[]; facts: { controls: string[] }[] };
    for (const f of manifest.files) expect(createHash('sha256').update(readFileSync(path.join(root, f.path))).digest('hex'), f.path).toBe(f.sha256);
    expect(readdirSync(path.join(root, 'evidence')).length).toBeGreaterThan(0);
    expect(readdirSync(path.join(root, 'transcript', 'commits')).length).toBeGreaterThan(0);
    expect(manifest.facts.some((f) => f.controls.includes('CC8.1'))).toBe(true);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('### CC8.1');
  });

  it('makes the same bytes for the same window', async () => {
    const second = path.join(tempDir(), 'second.tar.gz');
    expect((await run(exportArgs(second, ['--framework', 'soc2']))).code).toBe(0);
    expect(readFileSync(second).equals(readFileSync(bundle))).toBe(true);
  });

  it('refuses a window that ends before it starts, and never replaces a file without --force', async () => {
    const bad = await run(['--store', dir, '--config', `${dir}.config.yml`, 'export', 'bundle', '--from', '2025-04-01', '--to', '2025-01-01', '--out', path.join(tempDir(), 'x.tar.gz')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not after --from');
    const exists = await run(exportArgs(bundle));
    expect(exists.code).toBe(2);
  });
});

describe('factstore export verify', () => {
  it('verifies offline in a folder with no repository, with the keys the auditor gives', async () => {
    const empty = tempDir('auditor-');
    const r = await run(['export', 'verify', bundle, '--allowed-signers', signers, '--json'], empty);
    const doc = jsonOf<{ ok: boolean; facts: number; signers: string[]; authorityChecked: boolean }>(r, 'export-verify');
    expect(doc).toMatchObject({ ok: true, authorityChecked: false });
    expect(doc.facts).toBe(q1FactsByGit().length);
    expect(r.code).toBe(0);
    // with the config, what each key may record is checked too
    const withConfig = await run(['--config', `${dir}.config.yml`, 'export', 'verify', bundle], empty);
    expect(withConfig.code).toBe(0);
    expect(withConfig.stdout).toMatch(/^VERIFIED /);
  });

  it('refuses keys the bundle was not signed with: a bundle never vouches for its own keys', async () => {
    const other = path.join(tempDir(), 'other');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'someone', '-f', other]);
    const file = path.join(tempDir(), 'allowed_signers');
    writeFileSync(file, `someone namespaces="git" ${readFileSync(`${other}.pub`, 'utf8')}`);
    const r = await run(['export', 'verify', bundle, '--allowed-signers', file], tempDir());
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/SIGNATURE +facts commit [0-9a-f]{12} is signed by key SHA256:/);
  });

  const flips: { what: string; change: (root: string) => void; named: RegExp }[] = [
    { what: 'a byte of a fact', change: (root) => flipByte(path.join(root, 'facts.ndjson'), (b) => b.indexOf('"actor"') + 9), named: /FILE_CHANGED +facts\.ndjson[\s\S]*(MERKLE_MISMATCH|FACT_MISMATCH)/ },
    { what: 'a byte of an evidence file', change: (root) => flipByte(path.join(root, 'evidence', readdirSync(path.join(root, 'evidence'))[0] ?? ''), (b) => Math.floor(b.length / 2)), named: /FILE_CHANGED +evidence\/[0-9a-f]{64}[\s\S]*EVIDENCE_MISMATCH/ },
    {
      what: 'a byte of a signature',
      change: (root) => {
        const commits = path.join(root, 'transcript', 'commits');
        flipByte(path.join(commits, readdirSync(commits)[0] ?? ''), (b) => b.indexOf('-----END SSH SIGNATURE-----') - 10);
      },
      named: /COMMIT_MISMATCH +transcript\/commits\/[0-9a-f]{40} does not hash/,
    },
    { what: 'a byte of the manifest', change: (root) => flipByte(path.join(root, 'manifest.json'), (b) => b.indexOf('"merkleRoot"') + 16), named: /MERKLE_MISMATCH/ },
    { what: 'a byte of the README', change: (root) => flipByte(path.join(root, 'README.md'), () => 3), named: /FILE_CHANGED +README\.md/ },
  ];
  for (const f of flips) {
    it(`names ${f.what}, and exits 3`, async () => {
      const r = await run(['export', 'verify', tampered(f.change), '--allowed-signers', signers], tempDir());
      expect(r.code).toBe(3);
      expect(r.stdout).toMatch(f.named);
    });
  }

  it('still fails when a changed fact comes with a manifest rebuilt to match: the signed transcript decides', async () => {
    const forged = tampered((root) => {
      const facts = path.join(root, 'facts.ndjson');
      const lines = readFileSync(facts, 'utf8').split('\n').filter((l) => l !== '');
      const i = lines.findIndex((l) => l.includes('"status":"FAILED"'));
      const at = i === -1 ? 0 : i;
      lines[at] = (lines[at] ?? '').replace('"status":"FAILED"', '"status":"PASSED"').replace('"actor":"', '"actor":"x');
      writeFileSync(facts, lines.map((l) => `${l}\n`).join(''));
      const manifestFile = path.join(root, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { merkleRoot: string; files: { path: string; sha256: string; size: number }[] };
      manifest.merkleRoot = merkleRoot(lines.map((l) => Buffer.from(l)));
      for (const entry of manifest.files) {
        const bytes = readFileSync(path.join(root, entry.path));
        Object.assign(entry, { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
      }
      writeFileSync(manifestFile, JSON.stringify(manifest));
    });
    const r = await run(['export', 'verify', forged, '--allowed-signers', signers], tempDir());
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/FACT_MISMATCH +fact [0-9a-f]{64} is not what facts commit/);
    expect(r.stdout).not.toMatch(/FILE_CHANGED|MERKLE_MISMATCH/);
  });

  it('says what is wrong with a file that is not a bundle, and with no keys given', async () => {
    const junk = path.join(tempDir(), 'junk.tar.gz');
    writeFileSync(junk, 'not gzip at all');
    const r = await run(['export', 'verify', junk, '--allowed-signers', signers], tempDir());
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('NOT_A_BUNDLE');
    const noKeys = await run(['export', 'verify', bundle], tempDir());
    expect(noKeys.code).toBe(2);
    expect(noKeys.stderr).toContain('pass --config FILE');
  });
});
