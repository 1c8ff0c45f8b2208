// Evidence that would store something other than a report: a link (to the process environment, to
// a report), a path through a linked directory, system files, devices, pipes, sockets, and files
// that hold the signing key. Each is refused with exit 2, says why, writes nothing and never
// prints the key.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/git.js';
import { commitConfig, configText, factsTip, FLOW, startTrail, workspace, type CliResult, type Workspace } from './helpers.js';

const JUNIT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/evidence/junit/ant__03-junit.xml');

async function attestWorkspace(): Promise<Workspace> {
  const w = await workspace();
  commitConfig(w.repo, configText(w.key).replace('max_bytes: 1024', 'max_bytes: 1048576'));
  await startTrail(w, 't1');
  return w;
}

function attest(w: Workspace, evidence: string, extra: string[] = [], env?: Record<string, string | undefined>): Promise<CliResult> {
  return w.fs([...extra, 'attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED', '--evidence', evidence], env);
}

/** The key's text never shows, whatever was refused. */
function expectNoKeyText(w: Workspace, r: CliResult): void {
  for (const line of w.key.privateKey.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))) {
    expect(r.stdout).not.toContain(line);
    expect(r.stderr).not.toContain(line);
  }
}

const servers: net.Server[] = [];
afterAll(() => {
  for (const s of servers.splice(0)) s.close();
});

const refused: { name: string; evidence: (w: Workspace) => string | Promise<string>; says: RegExp }[] = [
  {
    name: 'a symbolic link to /proc/self/environ',
    evidence: (w) => {
      symlinkSync('/proc/self/environ', path.join(w.repo, 'env.log'));
      return 'env.log';
    },
    says: /the evidence .*env\.log is a symbolic link \(to \/proc\/self\/environ\): evidence is read only from the report file itself, never through a link\. Give --evidence the report file itself\./,
  },
  {
    name: 'a symbolic link to a regular report',
    evidence: (w) => {
      copyFileSync(JUNIT, path.join(w.repo, 'real.xml'));
      symlinkSync('real.xml', path.join(w.repo, 'junit.xml'));
      return 'junit.xml';
    },
    says: /junit\.xml is a symbolic link \(to real\.xml\)/,
  },
  {
    name: 'a path through a linked directory that leads out of the repository',
    evidence: (w) => {
      const outside = tempDir('factstore-outside-');
      copyFileSync(JUNIT, path.join(outside, 'junit.xml'));
      symlinkSync(outside, path.join(w.repo, 'reports'));
      return 'reports/junit.xml';
    },
    says: /reports\/junit\.xml is really .*factstore-outside-.*\/junit\.xml: .*reports on its path is a symbolic link \(to .*factstore-outside-[^)]*\)/,
  },
  {
    name: 'a path through a link to /proc/self',
    evidence: (w) => {
      symlinkSync('/proc/self', path.join(w.repo, 'proc'));
      return 'proc/environ';
    },
    says: /proc\/environ is \/proc\/\d+\/environ, under \/proc \(the kernel's view of processes, their environment included\)/,
  },
  { name: '/proc/self/environ given directly', evidence: () => '/proc/self/environ', says: /\/proc\/self\/environ is \/proc\/\d+\/environ, under \/proc/ },
  { name: '/dev/null', evidence: () => '/dev/null', says: /\/dev\/null is a device: evidence must be a regular file that a step wrote/ },
  {
    name: 'a directory',
    evidence: (w) => {
      mkdirSync(path.join(w.repo, 'reports'));
      return 'reports';
    },
    says: /reports is a directory, not a file: archive it into one file first/,
  },
  {
    name: 'a named pipe (nobody writes to it: reading it would hang)',
    evidence: (w) => {
      execFileSync('mkfifo', [path.join(w.repo, 'junit.xml')]);
      return 'junit.xml';
    },
    says: /junit\.xml is a named pipe \(FIFO\)/,
  },
  {
    name: 'a socket',
    evidence: async (w) => {
      const file = path.join(w.repo, 'report.sock');
      const server = net.createServer();
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(file, resolve));
      return 'report.sock';
    },
    says: /report\.sock is a socket/,
  },
  {
    name: 'a file holding the signing key, as an environment dump would',
    evidence: (w) => {
      writeFileSync(path.join(w.repo, 'env.log'), `PATH=/usr/bin\nFACTSTORE_SIGNING_KEY=${w.key.privateKey}\nHOME=/root\n`);
      return 'env.log';
    },
    says: /env\.log contains the signing key's private key text \(one of its lines\): nothing was recorded/,
  },
  {
    name: 'a file holding only the line of the key that carries its seed',
    // every unencrypted Ed25519 key holds its seed in bytes 161-192: base64 characters 214-257, the fourth line
    evidence: (w) => {
      writeFileSync(path.join(w.repo, 'debug.log'), `step 3: ${w.key.privateKey.split('\n')[4] ?? ''} done\n`);
      return 'debug.log';
    },
    says: /debug\.log contains the signing key's private key text \(one of its lines\)/,
  },
  {
    name: 'the key as a CI secret with its newlines written as \\n',
    evidence: (w) => {
      writeFileSync(path.join(w.repo, 'env.json'), JSON.stringify({ FACTSTORE_SIGNING_KEY: w.key.privateKey }));
      return 'env.json';
    },
    says: /env\.json contains the signing key's private key text/,
  },
];

describe('attest refuses evidence that is not a report the step wrote', () => {
  it.each(refused)('$name: exit 2, says why, nothing written', { timeout: 15_000 }, async ({ evidence, says }) => {
    const w = await attestWorkspace();
    const given = await evidence(w);
    const before = factsTip(w.repo);
    const r = await attest(w, given);
    expect(r.stderr).toMatch(says);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('PATH=');
    expectNoKeyText(w, r);
    expect(factsTip(w.repo)).toBe(before);
  });

  it('the key file given with --key is found in evidence as well', async () => {
    const w = await attestWorkspace();
    writeFileSync(path.join(w.repo, 'ci.key'), w.key.privateKey, { mode: 0o600 });
    const before = factsTip(w.repo);
    const r = await attest(w, 'ci.key', ['--key', 'ci.key'], { FACTSTORE_SIGNING_KEY: undefined });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ci.key contains the signing key's");
    expectNoKeyText(w, r);
    expect(factsTip(w.repo)).toBe(before);
  });

  it('the honest report, and text that every Ed25519 key or its public half shares, still record', async () => {
    const w = await attestWorkspace();
    copyFileSync(JUNIT, path.join(w.repo, 'junit.xml'));
    // the first body line is the format header, the same in every unencrypted Ed25519 key: no secret
    writeFileSync(path.join(w.repo, 'notes.log'), `${w.key.privateKey.split('\n')[1] ?? ''}\n${w.key.publicKey}\n`);
    const before = factsTip(w.repo);
    const r = await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--evidence', 'junit.xml', '--evidence', 'notes.log', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const fact = JSON.parse(r.stdout) as { evidence: { name: string; format: string }[] };
    expect(fact.evidence.map((e) => [e.name, e.format])).toEqual([
      ['junit.xml', 'junit'],
      ['notes.log', 'raw'],
    ]);
    expect(factsTip(w.repo)).not.toBe(before);
  });
});
