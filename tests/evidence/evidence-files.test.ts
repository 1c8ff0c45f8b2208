// Evidence files on disk, end to end through the shared code the CLI and the Action use: which
// format is asked for, what is stored raw, the size and count limits, what is refused instead of a
// report (a directory, a link, a pipe, a device, /proc, a file outside the workspace), the whole
// message each time, and the digest of a build output (`--file`) against sha256sum.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEvidenceFiles, readEvidenceFiles, type EvidencePlace } from '../../src/core/evidence/files/evidence-files.js';
import { DIRECTORY_RULE, fingerprintPath } from '../../src/core/evidence/files/fingerprint.js';
import { CLI_INPUT_NAMES, type InputNames } from '../../src/core/evidence/files/input-names.js';
import { openEvidenceFile } from '../../src/core/evidence/files/open-evidence-file.js';
import { parseWith, requestedFormat } from '../../src/core/evidence/files/parse-evidence-file.js';
import { refuseSecretEvidence } from '../../src/core/evidence/files/refuse-secret-evidence.js';
import { tempDir } from '../helpers/git.js';
import { FIXTURE_ROOT, fixtureText, readFixture } from './fixtures.js';

const ACTION: InputNames = { evidence: 'evidence', format: 'format', status: 'status', overrideReason: 'override-reason', file: 'file', help: 'See the action.' };
const sha256sum = (file: string) => execFileSync('sha256sum', [file]).toString().split(' ')[0] ?? '';

function workspace(): { dir: string; place: EvidencePlace; confined: EvidencePlace } {
  const dir = tempDir('factstore-evidence-');
  return { dir, place: { base: dir, baseName: 'the current directory', confined: false }, confined: { base: dir, baseName: 'the workspace', confined: true } };
}

/** A Unix socket at `file`, listening until the returned server is closed. */
async function socketAt(file: string): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(file, resolve));
  return server;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const e = await promise.then(() => undefined, (err: unknown) => err);
  expect(e).toMatchObject({ code: 'BAD_INPUT' });
  return (e as Error).message;
}

describe('the format asked for', () => {
  it('given, else the type\'s configured format, else none (detect)', () => {
    expect(requestedFormat('junit', { format: 'sarif' })).toBe('junit');
    expect(requestedFormat('raw', undefined)).toBe('raw');
    expect(requestedFormat(undefined, { format: 'sarif' })).toBe('sarif');
    expect(requestedFormat(undefined, { format: 'raw' })).toBe('raw');
    expect(requestedFormat(undefined, {})).toBeUndefined();
    expect(requestedFormat(undefined, undefined)).toBeUndefined();
  });

  it('an unknown one is refused in the words of whoever asked', () => {
    expect(() => requestedFormat('pdf', undefined)).toThrow(
      '--format "pdf" is not an evidence format: use one of junit, sarif, cyclonedx, spdx, snyk, trivy, json, or raw to store the files unparsed.',
    );
    expect(() => requestedFormat('pdf', undefined, ACTION)).toThrow('format "pdf" is not an evidence format:');
    expect(() => requestedFormat(undefined, { format: 'pdf' })).toThrow(
      'the type\'s configured format "pdf" is not an evidence format: set it to one of junit, sarif, cyclonedx, spdx, snyk, trivy, json in the config.',
    );
  });

  it('the CLI names its flags', () => {
    expect(CLI_INPUT_NAMES).toEqual({ evidence: '--evidence', format: '--format', status: '--status', overrideReason: '--override-reason', file: '--file', help: 'See factstore attest --help.' });
  });
});

describe('parsing a file, or storing it raw', () => {
  const junit = readFixture('junit', 'catch2__report.xml');

  it('raw: nothing parsed; a format: that parser; none: the detected one', () => {
    expect(parseWith(junit, 'r.xml', 'raw', 1 << 20)).toBeUndefined();
    expect(parseWith(junit, 'r.xml', 'junit', 1 << 20)?.summary).toEqual({ tests: 1, passed: 0, failures: 1, errors: 0, skipped: 0 });
    expect(parseWith(junit, 'r.xml', undefined, 1 << 20)?.format).toBe('junit');
    expect(() => parseWith(junit, 'r.xml', 'sarif', 1 << 20)).toThrow('evidence r.xml looks like junit, not sarif: drop --format or pass --format junit');
  });

  it('detecting: an empty file, a log, a binary file are stored raw; a recognised report that does not parse is refused', () => {
    expect(parseWith(Buffer.from('  \n'), 'empty.txt', undefined, 100)).toBeUndefined();
    expect(parseWith(Buffer.from('build ok\n'), 'build.log', undefined, 100)).toBeUndefined();
    expect(parseWith(Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'app.bin', undefined, 100)).toBeUndefined();
    expect(() => parseWith(junit, 'r.xml', undefined, 100)).toThrow(/^evidence r\.xml is \d+ bytes, over the limit of 100 bytes/);
  });
});

describe('reading evidence files', () => {
  it('each with its reference, its bytes and what its parser made of it, in the order given', async () => {
    const { dir, place } = workspace();
    writeFileSync(path.join(dir, 'junit.xml'), fixtureText('junit', 'catch2__report.xml'));
    writeFileSync(path.join(dir, 'build.log'), 'build ok\n');
    const read = await readEvidenceFiles([path.join(dir, 'build.log'), path.join(dir, 'junit.xml')], { maxBytes: 1 << 20, place, format: undefined, secretMarkers: [] });
    const junitPath = path.join(FIXTURE_ROOT, 'junit', 'catch2__report.xml');
    expect(read.refs).toEqual([
      { name: 'build.log', sha256: `sha256:${sha256sum(path.join(dir, 'build.log'))}`, size: 9, format: 'raw' },
      { name: 'junit.xml', sha256: `sha256:${sha256sum(junitPath)}`, size: readFileSync(junitPath).length, format: 'junit', summary: { tests: 1, passed: 0, failures: 1, errors: 0, skipped: 0 } },
    ]);
    expect(read.blobs.map((b) => [b.sha256, Buffer.from(b.bytes).toString()])).toEqual([
      [`sha256:${sha256sum(path.join(dir, 'build.log'))}`, 'build ok\n'],
      [`sha256:${sha256sum(junitPath)}`, fixtureText('junit', 'catch2__report.xml')],
    ]);
    expect(read.parsed.map((p) => [p.name, p.format, p.defaultStatus])).toEqual([['junit.xml', 'junit', 'FAILED']]);
  });

  it('a file of exactly the limit is read whole; one byte more is refused from its size', async () => {
    const { dir, place } = workspace();
    writeFileSync(path.join(dir, 'a.log'), 'x'.repeat(100));
    const read = await readEvidenceFiles([path.join(dir, 'a.log')], { maxBytes: 100, place, format: 'raw', secretMarkers: [] });
    expect(read.blobs[0]?.bytes.length).toBe(100);
    writeFileSync(path.join(dir, 'b.log'), 'x'.repeat(101));
    expect(await refusal(checkEvidenceFiles([path.join(dir, 'b.log')], { maxBytes: 100, place }))).toBe(
      `the evidence file ${path.join(dir, 'b.log')} is 101 bytes, over the 100-byte limit: attach a smaller report, or raise evidence.max_bytes in the config (at most 104857600).`,
    );
  });

  it('a file larger than one read chunk is read whole, byte for byte', async () => {
    const { dir, place } = workspace();
    const big = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7) % 251;
    writeFileSync(path.join(dir, 'big.bin'), big);
    const read = await readEvidenceFiles([path.join(dir, 'big.bin')], { maxBytes: 4 * 1024 * 1024, place, format: 'raw', secretMarkers: [] });
    expect(Buffer.from(read.blobs[0]?.bytes ?? []).equals(big)).toBe(true);
    expect(read.refs[0]?.size).toBe(big.length);
  });

  it('an empty file is read as zero bytes and stored raw', async () => {
    const { dir, place } = workspace();
    writeFileSync(path.join(dir, 'empty.log'), '');
    const read = await readEvidenceFiles([path.join(dir, 'empty.log')], { maxBytes: 100, place, format: undefined, secretMarkers: [] });
    expect(read.refs).toEqual([{ name: 'empty.log', sha256: `sha256:${sha256sum(path.join(dir, 'empty.log'))}`, size: 0, format: 'raw' }]);
    expect(read.blobs[0]?.bytes.length).toBe(0);
  });

  it('every file opened is closed again, read or only checked', async () => {
    const { dir, place } = workspace();
    const files = ['a.log', 'b.log', 'c.log'].map((f) => path.join(dir, f));
    for (const f of files) writeFileSync(f, 'x');
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    await checkEvidenceFiles(files, { maxBytes: 10, place });
    await readEvidenceFiles(files, { maxBytes: 10, place, format: 'raw', secretMarkers: [] });
    expect(open()).toBe(before);
  });

  it('at most 100 files per attestation', async () => {
    const { dir, place } = workspace();
    const files = Array.from({ length: 101 }, (_, i) => path.join(dir, `f${i}.log`));
    for (const f of files) writeFileSync(f, 'x');
    await checkEvidenceFiles(files.slice(0, 100), { maxBytes: 10, place });
    expect(await refusal(checkEvidenceFiles(files, { maxBytes: 10, place }))).toBe('101 evidence files given: the limit is 100 per attestation; archive them into one.');
  });

  it('a file that holds the signing key is refused before any parser reads it, naming what was found', async () => {
    const { dir, place } = workspace();
    writeFileSync(path.join(dir, 'env.log'), 'HOME=/root\nKEY=s3cr3t-marker-bytes\n');
    const markers = [{ what: 'empty marker', bytes: Buffer.alloc(0) }, { what: 'Ed25519 seed (hex)', bytes: Buffer.from('s3cr3t-marker-bytes') }];
    expect(await refusal(readEvidenceFiles([path.join(dir, 'env.log')], { maxBytes: 100, place, format: 'junit', secretMarkers: markers, names: ACTION }))).toBe(
      `the evidence file ${path.join(dir, 'env.log')} contains the signing key's Ed25519 seed (hex): nothing was recorded, because stored evidence is readable by everyone who can read the facts branch. Give evidence the report itself, not a file that captured the environment or the key (find the step that wrote it), and replace the key if the file was published anywhere else.`,
    );
    // an empty marker matches nothing, and a file without the key passes
    expect(() => refuseSecretEvidence(Buffer.from('HOME=/root'), 'env.log', markers)).not.toThrow();
    // only the bytes of the view given are searched
    const view = new Uint8Array(Buffer.from('s3cr3t-marker-bytes and more')).subarray(20);
    expect(() => refuseSecretEvidence(view, 'env.log', markers)).not.toThrow();
  });
});

describe('what is refused instead of a report', () => {
  const give = (confined: boolean, names: InputNames = CLI_INPUT_NAMES) => `Give ${names.evidence} the report file itself${confined ? ', inside the workspace' : ''}.`;

  it('a missing file, a directory, a named pipe, a device', async () => {
    const { dir, place, confined } = workspace();
    const open = (file: string, p = place, names = CLI_INPUT_NAMES) => openEvidenceFile(file, 100, p, names);
    const at = (name: string) => path.join(dir, name);
    expect(await refusal(open(at('missing.xml')))).toBe(`cannot read the evidence file ${at('missing.xml')} (ENOENT): check the path given to --evidence.`);
    mkdirSync(at('reports'));
    expect(await refusal(open(at('reports')))).toBe(`the evidence ${at('reports')} is a directory, not a file: archive it into one file first. ${give(false)}`);
    expect(await refusal(open(at('reports'), confined, ACTION))).toBe(`the evidence ${at('reports')} is a directory, not a file: archive it into one file first. ${give(true, ACTION)}`);
    execFileSync('mkfifo', [at('pipe')]);
    expect(await refusal(open(at('pipe')))).toBe(`the evidence ${at('pipe')} is a named pipe (FIFO): evidence must be a regular file that a step wrote. ${give(false)}`);
    expect(await refusal(open('/dev/null'))).toBe(`the evidence /dev/null is a device: evidence must be a regular file that a step wrote. ${give(false)}`);
    const server = await socketAt(at('sock'));
    try {
      expect(await refusal(open(at('sock')))).toBe(`the evidence ${at('sock')} is a socket: evidence must be a regular file that a step wrote. ${give(false)}`);
    } finally {
      server.close();
    }
  });

  it('a relative path is judged where it is read from: one found only in the current directory is refused', async () => {
    const { place } = workspace();
    // package.json is in the current directory (the project), not in the fresh workspace
    expect(await refusal(openEvidenceFile('package.json', 1 << 20, place, CLI_INPUT_NAMES))).toBe(`cannot read the evidence file package.json (ENOENT): ${give(false)}`);
  });

  it('a link, named with where it points; a file reached through a linked directory', async () => {
    const { dir, place } = workspace();
    writeFileSync(path.join(dir, 'real.xml'), '<testsuite/>');
    symlinkSync('real.xml', path.join(dir, 'link.xml'));
    expect(await refusal(openEvidenceFile(path.join(dir, 'link.xml'), 100, place, CLI_INPUT_NAMES))).toBe(
      `the evidence ${path.join(dir, 'link.xml')} is a symbolic link (to real.xml): evidence is read only from the report file itself, never through a link. ${give(false)}`,
    );
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', 'r.xml'), '<testsuite/>');
    symlinkSync('out', path.join(dir, 'linked'));
    expect(await refusal(openEvidenceFile(path.join(dir, 'linked/r.xml'), 100, place, CLI_INPUT_NAMES))).toBe(
      `the evidence ${path.join(dir, 'linked/r.xml')} is really ${path.join(dir, 'out', 'r.xml')}: ${path.join(dir, 'linked')} on its path is a symbolic link (to out), and evidence is never read through a link. ${give(false)}`,
    );
    // the link named is the first one on the path, below directories that are not links
    mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
    symlinkSync('../../out', path.join(dir, 'sub', 'deeper', 'hop'));
    expect(await refusal(openEvidenceFile(path.join(dir, 'sub/deeper/hop/r.xml'), 100, place, CLI_INPUT_NAMES))).toBe(
      `the evidence ${path.join(dir, 'sub/deeper/hop/r.xml')} is really ${path.join(dir, 'out', 'r.xml')}: ${path.join(dir, 'sub', 'deeper', 'hop')} on its path is a symbolic link (to ../../out), and evidence is never read through a link. ${give(false)}`,
    );
  });

  it('a link whose name differs from its target only in case is still a link (on a case-sensitive file system)', async () => {
    const { dir, place } = workspace();
    mkdirSync(path.join(dir, 'Reports'));
    writeFileSync(path.join(dir, 'Reports', 'r.xml'), '<testsuite/>');
    symlinkSync('Reports', path.join(dir, 'reports'));
    expect(await refusal(openEvidenceFile(path.join(dir, 'reports/r.xml'), 100, place, CLI_INPUT_NAMES))).toBe(
      `the evidence ${path.join(dir, 'reports/r.xml')} is really ${path.join(dir, 'Reports', 'r.xml')}: ${path.join(dir, 'reports')} on its path is a symbolic link (to Reports), and evidence is never read through a link. ${give(false)}`,
    );
    const opened = await openEvidenceFile(path.join(dir, 'Reports/r.xml'), 100, place, CLI_INPUT_NAMES);
    expect(opened.size).toBe(12);
    await opened.handle.close();
  });

  it('anything under /proc, /sys or /dev, named for what it is', async () => {
    const { place } = workspace();
    expect(await refusal(openEvidenceFile('/proc/self/status', 1 << 20, place, CLI_INPUT_NAMES))).toMatch(
      /^the evidence \/proc\/self\/status is \/proc\/\d+\/status, under \/proc \(the kernel's view of processes, their environment included\): that is not a report, and it may hold secrets\. Give --evidence the report file itself\.$/,
    );
    const sysFile = execFileSync('sh', ['-c', 'for f in /sys/kernel/mm/transparent_hugepage/enabled /sys/power/state /sys/kernel/profiling; do [ -f "$f" ] && echo "$f" && break; done']).toString().trim();
    if (sysFile !== '') {
      expect(await refusal(openEvidenceFile(sysFile, 1 << 20, place, CLI_INPUT_NAMES))).toContain(`under /sys (the kernel's view of devices and drivers)`);
    }
    // /dev/shm holds regular files: still under /dev
    const shm = path.join('/dev/shm', `factstore-${process.pid}-${Date.now()}`);
    writeFileSync(shm, 'x');
    expect(await refusal(openEvidenceFile(shm, 100, place, CLI_INPUT_NAMES))).toBe(`the evidence ${shm} is ${shm}, under /dev (devices): that is not a report, and it may hold secrets. ${give(false)}`);
  });

  it('outside the workspace when confined to it; a name that only starts like the workspace is outside too', async () => {
    const { dir, confined, place } = workspace();
    const sibling = `${dir}-other`;
    mkdirSync(sibling);
    writeFileSync(path.join(sibling, 'r.xml'), '<testsuite/>');
    expect(await refusal(openEvidenceFile(path.join(sibling, 'r.xml'), 100, confined, ACTION))).toBe(
      `the evidence ${path.join(sibling, 'r.xml')} is outside the workspace (${dir}). ${give(true, ACTION)}`,
    );
    expect(await refusal(openEvidenceFile('../', 100, confined, ACTION))).toMatch(/is a directory|is outside the workspace/);
    // not confined (the CLI): any path that is a regular file
    const opened = await openEvidenceFile(path.join(sibling, 'r.xml'), 100, place, CLI_INPUT_NAMES);
    expect(opened.size).toBe(12);
    await opened.handle.close();
    // elsewhere on the machine: under another top-level directory, or beside a workspace reached through a link
    const elsewhere = mkdtempSync(path.join('/var/tmp', 'factstore-evidence-'));
    try {
      writeFileSync(path.join(elsewhere, 'r.xml'), '<testsuite/>');
      const far = await openEvidenceFile(path.join(elsewhere, 'r.xml'), 100, place, CLI_INPUT_NAMES);
      expect(far.size).toBe(12);
      await far.handle.close();
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
    const top = tempDir('factstore-evidence-');
    mkdirSync(path.join(top, 'real', 'ws'), { recursive: true });
    mkdirSync(path.join(top, 'links'));
    symlinkSync(path.join(top, 'real'), path.join(top, 'links', 'to-real'));
    writeFileSync(path.join(top, 'links', 'r.xml'), '<testsuite/>');
    const linkedBase: EvidencePlace = { base: path.join(top, 'links', 'to-real', 'ws'), baseName: 'the current directory', confined: false };
    const beside = await openEvidenceFile(path.join(top, 'links', 'r.xml'), 100, linkedBase, CLI_INPUT_NAMES);
    expect(beside.size).toBe(12);
    await beside.handle.close();
    // the workspace itself, given as the path, is a directory
    expect(await refusal(openEvidenceFile(dir, 100, confined, ACTION))).toBe(`the evidence ${dir} is a directory, not a file: archive it into one file first. ${give(true, ACTION)}`);
  });
});

describe('fingerprinting a build output', () => {
  it('a file: its sha256, as sha256sum prints it', async () => {
    const { dir } = workspace();
    const file = path.join(dir, 'app.tar');
    writeFileSync(file, Buffer.alloc(200_000, 3));
    expect(await fingerprintPath(file)).toEqual({ digest: `sha256:${sha256sum(file)}`, kind: 'file' });
  });

  it('a directory: the manifest of its files (links as their target, empty directories left out), sorted bytewise', async () => {
    const { dir } = workspace();
    const out = path.join(dir, 'dist');
    mkdirSync(path.join(out, 'b', 'deep'), { recursive: true });
    mkdirSync(path.join(out, 'empty'));
    writeFileSync(path.join(out, 'a.js'), 'console.log(1)\n');
    writeFileSync(path.join(out, 'B.txt'), 'upper\n');
    writeFileSync(path.join(out, 'b', 'deep', 'c.css'), 'body{}\n');
    symlinkSync('../a.js', path.join(out, 'b', 'link'));
    // the manifest, built here with the shell's tools
    const manifest = [
      ['B.txt', sha256sum(path.join(out, 'B.txt'))],
      ['a.js', sha256sum(path.join(out, 'a.js'))],
      ['b/deep/c.css', sha256sum(path.join(out, 'b', 'deep', 'c.css'))],
      ['b/link', execFileSync('sh', ['-c', "printf '../a.js' | sha256sum"]).toString().split(' ')[0] ?? ''],
    ]
      .map(([p, h]) => `${p ?? ''}\0${h ?? ''}\n`)
      .join('');
    const expected = execFileSync('sha256sum', [], { input: manifest }).toString().split(' ')[0] ?? '';
    expect(await fingerprintPath(out)).toEqual({ digest: `sha256:${expected}`, kind: 'directory', entries: 4 });
    expect(DIRECTORY_RULE).toContain('"<relative path>\\0<sha256 hex of the file>\\n", paths with \'/\' separators, sorted bytewise');
  });

  it('refuses a missing path, a special file, and a pipe inside a directory, in the caller\'s words', async () => {
    const { dir } = workspace();
    expect(await refusal(fingerprintPath(path.join(dir, 'nope')))).toBe(`cannot read ${path.join(dir, 'nope')} (ENOENT): check the path given to --file.`);
    expect(await refusal(fingerprintPath(path.join(dir, 'nope'), ACTION))).toBe(`cannot read ${path.join(dir, 'nope')} (ENOENT): check the path given to file.`);
    expect(await refusal(fingerprintPath('/dev/null'))).toBe('/dev/null is neither a file nor a directory: give --file a build output.');
    mkdirSync(path.join(dir, 'out'));
    execFileSync('mkfifo', [path.join(dir, 'out', 'pipe')]);
    expect(await refusal(fingerprintPath(path.join(dir, 'out')))).toBe(`${path.join(dir, 'out', 'pipe')} is a named pipe: a fingerprinted directory may hold only files, directories and links.`);
    mkdirSync(path.join(dir, 'served'));
    const server = await socketAt(path.join(dir, 'served', 'sock'));
    try {
      expect(await refusal(fingerprintPath(path.join(dir, 'served')))).toBe(`${path.join(dir, 'served', 'sock')} is a special file: a fingerprinted directory may hold only files, directories and links.`);
    } finally {
      server.close();
    }
  });

  it('a directory\'s manifest is sorted by the bytes of whole paths, not walked directory by directory', async () => {
    const { dir } = workspace();
    // '-' (0x2d) sorts before '/' (0x2f), which sorts before '0' (0x30)
    for (const d of ['a', 'c']) mkdirSync(path.join(dir, 'out', d), { recursive: true });
    for (const f of ['a/z', 'a-b', 'c/z', 'c0']) writeFileSync(path.join(dir, 'out', f), `${f}\n`);
    const manifest = ['a-b', 'a/z', 'c/z', 'c0'].map((f) => `${f}\0${sha256sum(path.join(dir, 'out', f))}\n`).join('');
    const expected = execFileSync('sha256sum', [], { input: manifest }).toString().split(' ')[0] ?? '';
    expect(await fingerprintPath(path.join(dir, 'out'))).toEqual({ digest: `sha256:${expected}`, kind: 'directory', entries: 4 });
  });
});
