import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { sha256Hex } from '../../src/core/model/fact-id.js';
import { evidencePath } from '../../src/core/store/layout.js';
import { tamperFile } from '../helpers/tamper.js';
import { commitConfig, configText, factsTip, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'evidence');
const SARIF = 'sarif/eslint-9.39.5__eslint-formatter-sarif-3.1.0.sarif';
const JUNIT = 'junit/ant__03-junit.xml';
const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'factstore.js');

interface Listed {
  evidence: { sha256: string; size: number; format: string; name: string; flow: string; trail: string; type: string; status: string; summary?: Record<string, unknown> }[];
}

/** Every byte value, NULs, CRLF and invalid UTF-8: what a text round trip would damage. */
const BINARY = Buffer.concat([Buffer.from([0, 255, 254, 13, 10, 0xc3, 0x28, 0x80]), Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from('\r\nend\0')]);

/** Trail t1 with the SARIF report and the binary file, trail t2 with the JUnit report; evidence up to 1 MiB. */
async function vault(): Promise<Workspace & { sarif: Buffer; junit: Buffer }> {
  const w = await workspace();
  commitConfig(w.repo, configText(w.key).replace('max_bytes: 1024', 'max_bytes: 1048576'));
  copyFileSync(path.join(FIXTURES, SARIF), path.join(w.repo, 'scan.sarif'));
  copyFileSync(path.join(FIXTURES, JUNIT), path.join(w.repo, 'junit.xml'));
  writeFileSync(path.join(w.repo, 'firmware.bin'), BINARY);
  await startTrail(w, 't1');
  await startTrail(w, 't2');
  const attest = async (trail: string, type: string, ...files: string[]) => {
    const r = await w.fs(['attest', '--flow', FLOW, '--trail', trail, '--type', type, ...files.flatMap((f) => ['--evidence', f])]);
    expect(r.code, r.stderr).toBe(0);
  };
  await attest('t1', 'vulnerability-scan', 'scan.sarif', 'firmware.bin');
  await attest('t2', 'unit-tests', 'junit.xml');
  return { ...w, sarif: readFileSync(path.join(w.repo, 'scan.sarif')), junit: readFileSync(path.join(w.repo, 'junit.xml')) };
}

const digestOf = (bytes: Buffer) => `sha256:${sha256Hex(bytes)}`;

describe('evidence list', () => {
  it('lists every evidence file, newest first, with its attestation and parsed summary', async () => {
    const w = await vault();
    const r = await w.fs(['evidence', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { evidence } = jsonOf<Listed>(r, 'evidence-list');
    expect(evidence.map((e) => [e.trail, e.name, e.format, e.type, e.status])).toEqual([
      ['t2', 'junit.xml', 'junit', 'unit-tests', 'FAILED'],
      ['t1', 'scan.sarif', 'sarif', 'vulnerability-scan', 'FAILED'],
      ['t1', 'firmware.bin', 'raw', 'vulnerability-scan', 'FAILED'],
    ]);
    expect(evidence[0]).toMatchObject({ sha256: digestOf(w.junit), size: w.junit.length, summary: { tests: 10, failures: 4 } });
    expect(evidence[2]).toMatchObject({ sha256: digestOf(BINARY), size: BINARY.length, flow: FLOW });
    const human = await w.fs(['evidence', 'list']);
    expect(human.stdout).toMatch(/^RECORDED\s+SHA256\s+SIZE\s+FORMAT\s+NAME\s+FLOW\/TRAIL\s+TYPE\s+STATUS\s+SUMMARY/);
    expect(human.stdout).toContain(`${digestOf(w.junit)}  10.0 KiB  junit   junit.xml`);
  });

  it('filters by flow and trail; --trail needs --flow', async () => {
    const w = await vault();
    const t1 = jsonOf<Listed & { flow: string; trail: string }>(await w.fs(['evidence', 'list', '--flow', FLOW, '--trail', 't1', '--json']), 'evidence-list');
    expect(t1.evidence.map((e) => e.name)).toEqual(['scan.sarif', 'firmware.bin']);
    expect(t1).toMatchObject({ flow: FLOW, trail: 't1' });
    expect(jsonOf<Listed>(await w.fs(['evidence', 'list', '--flow', FLOW, '--json']), 'evidence-list').evidence.length).toBe(3);
    expect(jsonOf<Listed>(await w.fs(['evidence', 'list', '--flow', 'other-service', '--json']), 'evidence-list').evidence).toEqual([]);
    expect((await w.fs(['evidence', 'list', '--flow', 'other-service'])).stdout).toContain('No evidence recorded for other-service');
    const bad = await w.fs(['evidence', 'list', '--trail', 't1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--trail needs --flow');
  });

  it('lists a file once per attestation that recorded it', async () => {
    const w = await vault();
    const r = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED', '--evidence', 'firmware.bin']);
    expect(r.code, r.stderr).toBe(0);
    const { evidence } = jsonOf<Listed>(await w.fs(['evidence', 'list', '--json']), 'evidence-list');
    expect(evidence.filter((e) => e.sha256 === digestOf(BINARY)).map((e) => e.type)).toEqual(['unit-tests', 'vulnerability-scan']);
  });
});

describe('evidence get', () => {
  it('writes back exactly the recorded bytes of a binary file and of a real report', async () => {
    const w = await vault();
    for (const [bytes, out] of [[BINARY, 'back.bin'], [w.sarif, 'back.sarif']] as const) {
      const r = await w.fs(['evidence', 'get', digestOf(bytes), '--out', out, '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(jsonOf(r, 'evidence-get')).toEqual({ sha256: digestOf(bytes), size: bytes.length, out: path.join(w.repo, out) });
      expect(readFileSync(path.join(w.repo, out))).toEqual(bytes);
    }
    // bare and uppercase hex name the same file
    const bare = await w.fs(['evidence', 'get', sha256Hex(w.junit).toUpperCase(), '--out', 'back.xml']);
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stdout).toContain(`wrote ${digestOf(w.junit)} (${w.junit.length} bytes)`);
    expect(readFileSync(path.join(w.repo, 'back.xml'))).toEqual(w.junit);
    expect(readdirSync(w.repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to replace a file unless --force', async () => {
    const w = await vault();
    const out = path.join(w.repo, 'kept.bin');
    writeFileSync(out, 'mine');
    const refused = await w.fs(['evidence', 'get', digestOf(BINARY), '--out', 'kept.bin']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists: pass --force');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const forced = await w.fs(['evidence', 'get', digestOf(BINARY), '--out', 'kept.bin', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(out)).toEqual(BINARY);
  });

  it('writes the bytes to stdout with --out -, in-process and from the built command', async () => {
    const w = await vault();
    const chunks: Buffer[] = [];
    let text = '';
    const code = await run(['evidence', 'get', digestOf(BINARY), '--out', '-'], {
      stdout: (t) => (text += t),
      stdoutBytes: (b) => chunks.push(Buffer.from(b)),
      stderr: (t) => (text += t),
      env: w.env,
      cwd: w.repo,
    });
    expect(code).toBe(0);
    expect(text).toBe('');
    expect(Buffer.concat(chunks)).toEqual(BINARY);
    const spawned = spawnSync(process.execPath, [BIN, 'evidence', 'get', digestOf(BINARY), '--out', '-'], { cwd: w.repo, env: { ...process.env, ...w.env } });
    expect(spawned.status, spawned.stderr.toString()).toBe(0);
    expect(spawned.stdout).toEqual(BINARY);
    const json = await w.fs(['evidence', 'get', digestOf(BINARY), '--out', '-', '--json']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('cannot print --json too');
  });

  it.each([
    { name: 'a path instead of a digest', digest: '../../.git/config', says: 'is malformed' },
    { name: 'a digest that is not hex', digest: `sha256:${'z'.repeat(64)}`, says: 'is malformed' },
    { name: 'a short digest', digest: 'abc123', says: 'is malformed' },
  ])('rejects $name and writes nothing', async ({ digest, says }) => {
    const w = await vault();
    const r = await w.fs(['evidence', 'get', digest, '--out', 'x.bin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
    expect(existsSync(path.join(w.repo, 'x.bin'))).toBe(false);
  });

  it('says how to list what is there for a digest no attestation recorded', async () => {
    const w = await vault();
    const r = await w.fs(['evidence', 'get', `sha256:${'0'.repeat(64)}`, '--out', 'x.bin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('factstore evidence list');
    expect(existsSync(path.join(w.repo, 'x.bin'))).toBe(false);
  });

  it('exits 3 and writes nothing when the stored bytes no longer match their hash', async () => {
    const w = await vault();
    const digest = digestOf(w.sarif);
    const tampered = Buffer.from(w.sarif.toString('utf8').replace('"error"', '"note"'));
    expect(tampered.equals(w.sarif)).toBe(false);
    tamperFile(w.repo, 'factstore', evidencePath(digest), tampered);
    const tip = factsTip(w.repo);
    for (const out of ['x.sarif', '-']) {
      const chunks: Buffer[] = [];
      const r = await run(['evidence', 'get', digest, '--out', out], {
        stdout: () => undefined, stdoutBytes: (b) => chunks.push(Buffer.from(b)), stderr: (t) => chunks.push(Buffer.from(`stderr:${t}`)), env: w.env, cwd: w.repo,
      });
      expect(r).toBe(3);
      expect(Buffer.concat(chunks).toString()).toMatch(/^stderr:factstore: the stored evidence sha256:[0-9a-f]{64} hashes to sha256:[0-9a-f]{64}: the store was tampered with/);
    }
    expect(existsSync(path.join(w.repo, 'x.sarif'))).toBe(false);
    expect(readdirSync(w.repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(factsTip(w.repo)).toBe(tip);
  });
});
