// Every bad input exits 2 with a message that says what to do, and the facts branch does not move.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/git.js';
import { cli, configText, DIGEST_A, factsTip, FLOW, startTrail, workspace, type Workspace } from './helpers.js';

let w: Workspace;
beforeAll(async () => {
  w = await workspace();
  await startTrail(w, 't1', DIGEST_A);
  writeFileSync(path.join(w.repo, 'big.log'), 'x'.repeat(2000));
  writeFileSync(path.join(w.repo, 'small.log'), 'ok\n');
  writeFileSync(path.join(w.repo, 'bad-yaml.yml'), 'flows:\n  a: [\n');
  writeFileSync(path.join(w.repo, 'bad-schema.yml'), 'flows:\n  "../x": { require: [unit-tests] }\n');
  writeFileSync(path.join(w.repo, 'no-signers.yml'), `flows:\n  ${FLOW}: { require: [unit-tests] }\n`);
});

const T = ['--flow', FLOW, '--trail', 't1'];
const attest = (...more: string[]) => ['attest', ...T, '--type', 'unit-tests', '--status', 'PASSED', ...more];

const cases: { name: string; args: string[]; env?: Record<string, string | undefined>; says: RegExp[] }[] = [
  { name: 'trail name with ../', args: ['trails', 'begin', '--flow', FLOW, '--trail', '../x'], says: [/trail name "\.\.\/x" is not allowed/] },
  { name: 'empty trail name', args: ['trails', 'begin', '--flow', FLOW, '--trail', ''], says: [/trail name is empty/] },
  { name: 'trail name of 129 characters', args: ['trails', 'begin', '--flow', FLOW, '--trail', 'a'.repeat(129)], says: [/129 characters long: the limit is 128/] },
  { name: 'flow name with ../', args: ['attest', '--flow', '../x', '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED'], says: [/flow name "\.\.\/x" is not allowed/] },
  { name: 'attestation type with a slash', args: ['attest', ...T, '--type', 'a/b', '--status', 'PASSED'], says: [/attestation type name "a\/b"/] },
  { name: 'unknown flow', args: ['trails', 'begin', '--flow', 'nope'], says: [/flow nope is not in .*known flows: payment-service, other-service/] },
  { name: 'malformed digest', args: ['artifacts', 'create', ...T, '--name', 'app', '--sha256', 'sha256:1234'], says: [/digest "sha256:1234" is malformed: expected sha256:<64 hex/] },
  { name: 'malformed --artifact', args: attest('--artifact', 'zz'), says: [/digest "zz" is malformed/] },
  { name: 'both --sha256 and --file', args: ['artifacts', 'create', ...T, '--name', 'a', '--sha256', DIGEST_A, '--file', 'small.log'], says: [/exactly one of --sha256 D or --file PATH/] },
  { name: 'missing --file', args: ['artifacts', 'create', ...T, '--name', 'a', '--file', 'nope.bin'], says: [/cannot read .*nope\.bin \(ENOENT\)/] },
  { name: 'a commit prefix that names no commit here', args: ['trails', 'begin', '--flow', FLOW, '--trail', 't9', '--commit', 'abc123'], says: [/commit "abc123" is not a commit of the repository .*: give a commit id \(40 hex, or a unique prefix of at least 4\)/] },
  { name: 'missing config', args: ['--config', 'missing.yml', 'trails', 'begin', '--flow', FLOW], says: [/no config file at .*missing\.yml: run `factstore init`/] },
  { name: 'config that is not YAML', args: ['--config', 'bad-yaml.yml', 'trails', 'begin', '--flow', FLOW], says: [/bad-yaml\.yml is not valid YAML/] },
  { name: 'config that breaks the schema', args: ['--config', 'bad-schema.yml', 'trails', 'begin', '--flow', FLOW], says: [/bad-schema\.yml is invalid/, /\/flows/] },
  { name: 'init with a broken config', args: ['--config', 'bad-yaml.yml', 'init'], says: [/bad-yaml\.yml is not valid YAML/] },
  { name: 'missing key', args: ['trails', 'begin', '--flow', FLOW, '--trail', 't9'], env: { FACTSTORE_SIGNING_KEY: undefined }, says: [/--key PATH/, /FACTSTORE_SIGNING_KEY/, /factstore keygen/] },
  { name: 'unreadable --key file', args: ['--key', 'nope.key', ...attest()], says: [/cannot read the signing key .*nope\.key/] },
  { name: 'key text that is not a key', args: attest(), env: { FACTSTORE_SIGNING_KEY: 'not a key' }, says: [/key/i] },
  { name: 'evidence over the size limit', args: attest('--evidence', 'big.log'), says: [/big\.log is 2000 bytes, over the 1024-byte limit/, /evidence\.max_bytes/] },
  { name: 'missing evidence file', args: attest('--evidence', 'none.log'), says: [/cannot read the evidence file .*none\.log/] },
  { name: 'attest without --status', args: ['attest', ...T, '--type', 'unit-tests', '--evidence', 'small.log'], says: [/needs --status PASSED, FAILED or PENDING/] },
  { name: 'unknown status', args: ['attest', ...T, '--type', 'unit-tests', '--status', 'GREEN'], says: [/--status "GREEN" is not a status/] },
  { name: 'evidence URL that is not a URL', args: attest('--evidence-url', 'not a url'), says: [/--evidence-url "not a url" is not an absolute URL/] },
  { name: 'attest on a trail never started', args: ['attest', '--flow', FLOW, '--trail', 'ghost', '--type', 'unit-tests', '--status', 'PASSED'], says: [/has not been started: start it with factstore trails begin --flow payment-service --trail ghost/] },
  { name: 'approve on a trail never started', args: ['--actor', 'alice', 'approve', '--flow', FLOW, '--trail', 'ghost'], says: [/trails begin/] },
  { name: 'approve by someone not listed', args: ['--actor', 'mallory', 'approve', ...T], says: [/mallory is not an approver of flow payment-service \(approval\.approvers: alice/, /nothing was recorded/] },
  { name: 'reject without saying why', args: ['--actor', 'alice', 'approve', ...T, '--reject'], says: [/a rejection needs --comment saying why/] },
  { name: 'unknown flag', args: ['attest', ...T, '--type', 'unit-tests', '--status', 'PASSED', '--colour'], says: [/unknown option --colour: see factstore attest --help/] },
  { name: 'missing required flag', args: ['attest', ...T, '--status', 'PASSED'], says: [/attest needs --type: see factstore attest --help/] },
  { name: 'flag without its value', args: ['approve', '--flow'], says: [/option --flow needs a value/] },
  { name: 'unexpected argument', args: ['approve', ...T, 'extra'], says: [/approve does not take "extra"/] },
  { name: 'bad --branch', args: ['--branch', 'a..b', ...attest()], says: [/--branch "a\.\.b" is not a valid git branch name/] },
  { name: 'gate --record with a commit that is not one', args: ['gate', '--record', '--commit', 'abc'], says: [/commit "abc" is not a commit of the repository/] },
  { name: 'gate --record without a key', args: ['gate', '--record'], env: { FACTSTORE_SIGNING_KEY: undefined }, says: [/FACTSTORE_SIGNING_KEY/] },
  { name: 'log --since that is no date', args: ['log', '--since', 'yesterday'], says: [/--since "yesterday" is not a date/] },
  { name: 'log --limit 0', args: ['log', '--limit', '0'], says: [/--limit "0" is not a positive whole number/] },
  { name: 'log --event unknown', args: ['log', '--event', 'DEPLOYED'], says: [/not an event: use one of TRAIL_STARTED/] },
  { name: 'verify with no trusted signer', args: ['--config', 'no-signers.yml', 'verify'], says: [/no trusted signers in .*no-signers\.yml: run factstore keygen/] },
  { name: 'verify --checkpoint that is no commit', args: ['verify', '--checkpoint=--upload-pack=x'], says: [/--checkpoint "--upload-pack=x" is not a commit id/] },
];

describe('bad input exits 2 and writes nothing', () => {
  it.each(cases)('$name', async ({ args, env, says }) => {
    const before = factsTip(w.repo);
    const r = await w.fs(args, env);
    expect(r.stdout).toBe('');
    for (const pattern of says) expect(r.stderr).toMatch(pattern);
    expect(r.stderr).toMatch(/^factstore: /);
    expect(r.code).toBe(2);
    expect(factsTip(w.repo)).toBe(before);
  });

  it('--store that is not a git repository', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'factstore.yml'), configText(w.key));
    const r = await cli(['--store', dir, '--config', 'factstore.yml', 'trails', 'list'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a git repository');
  });

  it('keeps the branch when the config names another branch and the key is wrong', async () => {
    const other = await workspace({ init: false });
    const r = await other.fs(['trails', 'begin', '--flow', FLOW], { FACTSTORE_SIGNING_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n' });
    expect(r.code).toBe(2);
    expect(factsTip(other.repo)).toBe('');
  });
});
