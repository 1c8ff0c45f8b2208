// Hostile evidence through the whole command: a clear error (exit 2), bounded time, nothing written
// to the facts branch and nothing of the hostile content echoed back.
import { spawnSync } from 'node:child_process';
import { openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/git.js';
import { commitConfig, configText, factsTip, FLOW, startTrail, workspace, type Workspace } from './helpers.js';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'factstore.js');

/**
 * Runs `factstore <args>` (the built CLI) in a process of its own and returns, with its exit code and
 * stderr, its peak resident memory as the kernel counted it (getrusage's maxrss): a high-water mark,
 * so memory held for a moment counts even if it was freed (and collected) before the process ended.
 */
function runMeasured(w: Workspace, args: string[]): { code: number | null; stderr: string; peakBytes: number } {
  const dir = tempDir('factstore-peak-');
  const peakFile = path.join(dir, 'peak');
  const preload = path.join(dir, 'peak.mjs');
  writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const r = spawnSync(process.execPath, ['--import', preload, BIN, ...args], { cwd: w.repo, env: { ...process.env, ...w.env }, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, peakBytes: Number(readFileSync(peakFile, 'utf8')) * 1024 };
}

async function hostileWorkspace(): Promise<Workspace> {
  const w = await workspace();
  // a limit large enough for the hostile files below (except the 200 MB one)
  commitConfig(w.repo, configText(w.key).replace('max_bytes: 1024', 'max_bytes: 8388608'));
  await startTrail(w, 't1');
  return w;
}

const XXE = '<?xml version="1.0"?>\n<!DOCTYPE testsuites [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<testsuites><testsuite name="&xxe;"><testcase name="a"/></testsuite></testsuites>\n';
const LAUGHS = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n')}\n]>\n<testsuites><testsuite name="&lol9;"/></testsuites>\n`;

const cases: { name: string; file: string; write: (file: string) => void; format?: string; says: RegExp }[] = [
  { name: 'XML external entity (XXE)', file: 'xxe.xml', write: (f) => writeFileSync(f, XXE), says: /declares entities in a DOCTYPE/ },
  { name: 'entity expansion ("billion laughs")', file: 'laughs.xml', write: (f) => writeFileSync(f, LAUGHS), says: /declares entities in a DOCTYPE/ },
  { name: 'XML nested 100 000 deep', file: 'deep.xml', write: (f) => writeFileSync(f, `<testsuites>${'<testsuite>'.repeat(100_000)}${'</testsuite>'.repeat(100_000)}</testsuites>`), says: /nests elements deeper than/ },
  { name: 'JSON nested 1 000 000 deep', file: 'deep.json', format: 'json', write: (f) => writeFileSync(f, `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`), says: /nest/ },
  { name: 'invalid UTF-8 in a JUnit report', file: 'bad-utf8.xml', format: 'junit', write: (f) => writeFileSync(f, Buffer.concat([Buffer.from('<testsuites><testcase name="'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"/></testsuites>')])), says: /UTF-8/ },
  { name: 'a SARIF log cut in the middle', file: 'cut.sarif', format: 'sarif', write: (f) => writeFileSync(f, '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"level":"error"'), says: /cut\.sarif/ },
];

describe('hostile evidence through attest', () => {
  it.each(cases)('$name: exit 2, nothing written', async ({ file, write, format, says }) => {
    const w = await hostileWorkspace();
    write(path.join(w.repo, file));
    const before = factsTip(w.repo);
    const r = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--evidence', file, ...(format !== undefined ? ['--format', format] : [])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(says);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('root:');
    expect(r.stderr.length).toBeLessThan(2000);
    expect(factsTip(w.repo)).toBe(before);
  });

  it('a 200 MB file is refused from its size alone, before it is read', async () => {
    const w = await hostileWorkspace();
    const file = path.join(w.repo, 'huge.xml');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: takes no disk, but stat says 200 MB
    closeSync(fd);
    const before = factsTip(w.repo);
    const r = runMeasured(w, ['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--evidence', 'huge.xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/huge\.xml is 209715200 bytes, over the 8388608-byte limit/);
    // the whole process never held as much memory as the file: it cannot have read it whole
    // (a run that reads nothing peaks near 100 MB here)
    expect(r.peakBytes).toBeGreaterThan(0);
    expect(r.peakBytes).toBeLessThan(200 * 1024 * 1024);
    expect(factsTip(w.repo)).toBe(before);
  });
});
