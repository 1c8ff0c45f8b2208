import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, tempDir, testKey } from '../helpers/git.js';
import { cli, jsonOf } from './helpers.js';

interface DemoSummary {
  repository: string;
  allowedSignersFile: string;
  steps: { command: string; exitCode: number }[];
  releases: { assert: string; gate: string }[];
  oldDigestAfterFix: string;
  production: { afterRelease: string; afterLaptopImage: string };
  verified: boolean;
  gitCommands: string[];
}

describe('demo', () => {
  it('walks the lifecycle to exit 0 and tells how to check it with plain git', async () => {
    const dir = path.join(tempDir(), 'demo');
    const r = await cli(['demo', '--dir', dir], { cwd: tempDir(), env: {} });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const word of ['NON_COMPLIANT', 'COMPLIANT', 'GATE_BLOCKED', 'GATE_ALLOWED', 'VERIFIED', 'APPROVAL_GRANTED']) expect(r.stdout).toContain(word);
    expect(r.stdout).toContain('$ factstore attest --flow payment-service --trail build-101 --type vulnerability-scan --evidence reports/snyk-1.0.0.json');
    // the status comes from the real report, judged by the type's jq, and the policy sees its criticals
    expect(r.stdout).toMatch(/vulnerability-scan\s+FAILED/);
    expect(r.stdout).toContain('No critical vulnerability in any report');
    expect(r.stdout).toContain('-> exit 1: NON_COMPLIANT');
    expect(r.stdout).toMatch(/git -C \S+ -c gpg\.format=ssh -c gpg\.ssh\.allowedSignersFile=\S+allowed_signers verify-commit factstore/);
    expect(r.stdout).toContain('show factstore:trails/payment-service/');

    const repo = path.join(dir, 'payment-service');
    const allowed = path.join(dir, 'keys', 'allowed_signers');
    // plain git accepts every facts commit the demo wrote
    for (const sha of git(repo, 'rev-list', 'factstore').trim().split('\n')) {
      git(repo, '-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-commit', sha);
    }
    expect(git(repo, 'show', 'factstore:FACTSTORE.json')).toContain('layout');
    expect(git(repo, 'rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
  });

  it('--json prints one summary document valid against its schema, whose git commands run', async () => {
    const r = await cli(['demo', '--json', '--dir', path.join(tempDir(), 'demo')], { cwd: tempDir(), env: {} });
    expect(r.code).toBe(0);
    const doc = jsonOf<DemoSummary>(r, 'demo');
    expect(doc.releases.map((x) => [x.assert, x.gate])).toEqual([['NON_COMPLIANT', 'GATE_BLOCKED'], ['COMPLIANT', 'GATE_ALLOWED']]);
    expect(doc.oldDigestAfterFix).toBe('NON_COMPLIANT');
    // the deployed release runs in production as allowed; an image with no provenance is drift
    expect(doc.production).toEqual({ afterRelease: 'COMPLIANT', afterLaptopImage: 'NON_COMPLIANT' });
    expect(doc.steps.map((s) => s.command)).toContain('factstore posture --framework soc2');
    expect(doc.steps.map((s) => s.command)).toContain('factstore search payment');
    expect(doc.verified).toBe(true);
    expect(doc.steps.map((s) => s.command)).toContain('factstore verify');
    for (const command of doc.gitCommands) expect(() => execFileSync('sh', ['-c', command], { stdio: 'pipe' })).not.toThrow();
  });

  it('examples/factstore.yml is the demo\'s config, and is valid once a real key is put in', async () => {
    const { demoConfig } = await import('../../src/cli/demo/demo-config.js');
    const { parseConfig } = await import('../../src/core/config/load-config.js');
    const key = testKey('ci@acme');
    const alice = testKey('alice@acme');
    const example = readFileSync(path.join(import.meta.dirname, '..', '..', 'examples', 'factstore.yml'), 'utf8');
    const withKey = example
      .replace(/key: "ssh-ed25519 AAAA\.\.\. \(the line[^"]*"/, `key: "${key.signer.key}"`)
      .replace(/key: "ssh-ed25519 AAAA\.\.\. \(alice[^"]*"/, `key: "${alice.signer.key}"`);
    const demo = demoConfig({ principal: 'ci@acme', key: key.signer.key }, { principal: 'alice@acme', key: alice.signer.key, actors: ['alice'] });
    expect(withKey.split('\n').slice(1)).toEqual(demo.split('\n').slice(1));
    expect(Object.keys(parseConfig(withKey, 'examples/factstore.yml').types)).toEqual(['unit-tests', 'vulnerability-scan', 'sbom']);
  });

  it('refuses a directory that is not empty', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'keep.txt'), 'mine\n');
    const r = await cli(['demo', '--dir', dir], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not empty');
  });
});
