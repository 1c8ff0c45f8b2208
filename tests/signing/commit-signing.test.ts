import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSignatureToCommit,
  allowedSignersFile,
  checkCommitTrust,
  generateKeyPair,
  parsePrivateKey,
  signSshsig,
  splitSignedCommit,
  type SshPrivateKey,
} from '../../src/core/signing/index.js';
import { EMPTY_TREE, commitPayload, gitEnv, ok, removeTempDirs, run, tempDir, writeKeyFile } from './tools.js';

afterAll(removeTempDirs);

/** A temp repository with the empty tree written, so fsck sees a complete object graph. */
function gitRepo(): { dir: string; git: (args: string[], input?: string) => ReturnType<typeof run> } {
  const dir = tempDir();
  const env = gitEnv(dir);
  ok('git', ['init', '-q', dir], { env });
  const git = (args: string[], input?: string) => run('git', ['-C', dir, ...args], { env, input });
  expect(git(['mktree'], '').stdout.trim()).toBe(EMPTY_TREE);
  return { dir, git };
}

function writeCommit(git: ReturnType<typeof gitRepo>['git'], text: string): string {
  const r = git(['hash-object', '-t', 'commit', '-w', '--stdin'], text);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

const gitObjectId = (text: string) => createHash('sha1').update(`commit ${Buffer.byteLength(text)}\0`).update(text).digest('hex');

describe('commits signed with addSignatureToCommit', () => {
  const pair = generateKeyPair('ci@acme');
  const other = generateKeyPair('someone else');
  let key: SshPrivateKey;
  let repo: ReturnType<typeof gitRepo>;
  const payload = commitPayload('facts: record 1 fact\n\nTrail: payment-service/abc\n');
  let signed: string;
  let sha: string;

  beforeAll(() => {
    key = parsePrivateKey(pair.privateKey);
    repo = gitRepo();
    signed = addSignatureToCommit(payload, signSshsig(key, Buffer.from(payload)));
    sha = writeCommit(repo.git, signed);
    expect(repo.git(['update-ref', 'refs/heads/factstore', sha]).status).toBe(0);
  });

  const verifyWith = (signers: { principal: string; key: string }[]) => {
    const file = join(repo.dir, `allowed-${signers.map((s) => s.principal).join('-')}`);
    writeFileSync(file, allowedSignersFile(signers));
    return repo.git(['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${file}`, 'verify-commit', sha]);
  };

  it('puts the gpgsig header after the committer line, continuation lines indented', () => {
    const lines = signed.split('\n');
    const at = lines.findIndex((l) => l.startsWith('gpgsig '));
    expect(lines[at - 1]).toMatch(/^committer /);
    expect(lines[at]).toBe('gpgsig -----BEGIN SSH SIGNATURE-----');
    const end = lines.indexOf(' -----END SSH SIGNATURE-----');
    expect(lines.slice(at + 1, end).every((l) => /^ [A-Za-z0-9+/=]{1,70}$/.test(l))).toBe(true);
    expect(lines[end + 1]).toBe('');
    expect(gitObjectId(signed)).toBe(sha);
  });

  it('is accepted by git verify-commit and git fsck --strict', () => {
    const r = verifyWith([{ principal: 'ci@acme', key: pair.publicKey }]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Good "git" signature for ci@acme with ED25519 key ${pair.fingerprint}`);
    const fsck = repo.git(['fsck', '--strict', '--no-dangling']);
    expect(fsck.status, fsck.stderr).toBe(0);
    expect(`${fsck.stdout}${fsck.stderr}`).not.toMatch(/error|warning|bad|missing/i);
    // git log's %G? agrees: G = good signature from an allowed signer
    const file = join(repo.dir, 'allowed-log');
    writeFileSync(file, allowedSignersFile([{ principal: 'ci@acme', key: pair.publicKey }]));
    const log = repo.git(['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${file}`, 'log', '--format=%G?', '-1', sha]);
    expect(log.stdout.trim()).toBe('G');
  });

  it('is refused by git verify-commit when only another key is allowed', () => {
    const r = verifyWith([{ principal: 'other@acme', key: other.publicKey }]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('No principal matched');
    expect(r.stderr).not.toContain('Good "git" signature for');
  });

  it('is refused by git when the message was changed after signing', () => {
    const forged = writeCommit(repo.git, signed.replace('record 1 fact', 'record 9 facts'));
    const file = join(repo.dir, 'allowed-forged');
    writeFileSync(file, allowedSignersFile([{ principal: 'ci@acme', key: pair.publicKey }]));
    const r = repo.git(['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${file}`, 'verify-commit', forged]);
    expect(r.status).not.toBe(0);
  });

  it('splitSignedCommit of git cat-file gives back the exact payload and signature', () => {
    const raw = repo.git(['cat-file', 'commit', sha]).stdout;
    expect(raw).toBe(signed);
    const split = splitSignedCommit(raw);
    expect(split.payload).toBe(payload);
    expect(split.signature).toBe(signSshsig(key, Buffer.from(payload)));
  });
});

describe('the same commit signed by git itself', () => {
  it('git commit-tree -S writes exactly what addSignatureToCommit writes', () => {
    const { dir, git } = gitRepo();
    const made = generateKeyPair('git@acme');
    const keyFile = writeKeyFile(dir, 'id_git', made.privateKey);
    const r = git(['-c', 'gpg.format=ssh', '-c', `user.signingkey=${keyFile}`, 'commit-tree', '-S', EMPTY_TREE, '-m', 'facts: signed by git'], '');
    expect(r.status, r.stderr).toBe(0);
    const theirs = git(['cat-file', 'commit', r.stdout.trim()]).stdout;

    const payload = commitPayload('facts: signed by git\n');
    const ours = addSignatureToCommit(payload, signSshsig(parsePrivateKey(made.privateKey), Buffer.from(payload)));
    expect(ours).toBe(theirs);
    expect(splitSignedCommit(theirs)).toEqual({ payload, signature: signSshsig(parsePrivateKey(made.privateKey), Buffer.from(payload)) });
  });
});

describe('splitSignedCommit and addSignatureToCommit on their own', () => {
  const payload = commitPayload('msg\n\ngpgsig in the body is only text\n', ['a'.repeat(40)]);

  it('leaves an unsigned commit alone', () => {
    expect(splitSignedCommit(payload)).toEqual({ payload });
  });

  it('appends to a header-only text and strips back to it', () => {
    const bare = 'tree x\nauthor a\ncommitter c\n';
    const withSig = addSignatureToCommit(bare, 'SIG\nLINE2\n');
    expect(withSig).toBe('tree x\nauthor a\ncommitter c\ngpgsig SIG\n LINE2\n');
    expect(splitSignedCommit(withSig)).toEqual({ payload: bare, signature: 'SIG\nLINE2\n' });
  });

  it('ends a signature without a final newline, so the blank line survives', () => {
    expect(splitSignedCommit(addSignatureToCommit(payload, 'A\nB'))).toEqual({ payload, signature: 'A\nB\n' });
  });

  it('drops a gpgsig-sha256 header from the payload, as git does in a SHA-1 repository', () => {
    const signed = addSignatureToCommit(payload, 'S1\nS2\n');
    const withOther = signed.replace('gpgsig S1', 'gpgsig-sha256 X1\n X2\ngpgsig S1');
    expect(splitSignedCommit(withOther)).toEqual({ payload, signature: 'S1\nS2\n' });
  });

  it('adds the header after the last header line, even when an encoding header follows committer', () => {
    const withEncoding = payload.replace('\n\nmsg', '\nencoding ISO-8859-1\n\nmsg');
    const signed = addSignatureToCommit(withEncoding, 'S\n');
    expect(signed).toContain('encoding ISO-8859-1\ngpgsig S\n\nmsg');
  });
});

describe('checkCommitTrust', () => {
  const pair = generateKeyPair('ci@acme');
  const stranger = generateKeyPair('stranger');
  const key = parsePrivateKey(pair.privateKey);
  const payload = commitPayload('facts: record\n');
  const signed = addSignatureToCommit(payload, signSshsig(key, Buffer.from(payload)));
  const trusted = [
    { principal: 'not-a-key', key: 'garbage' },
    { principal: 'other@acme', key: stranger.publicKey },
    { principal: 'ci@acme', key: pair.publicKey.split(' ').slice(0, 2).join(' ') },
  ];

  it('trusted: valid and listed, with the principal', () => {
    expect(checkCommitTrust(signed, trusted)).toEqual({ status: 'trusted', principal: 'ci@acme', fingerprint: pair.fingerprint });
  });

  it('untrusted: valid but not listed', () => {
    const r = checkCommitTrust(signed, [trusted[1]!]);
    expect(r).toMatchObject({ status: 'untrusted', fingerprint: pair.fingerprint });
    expect(r.principal).toBeUndefined();
    expect(r.detail).toMatch(/trust\.signers/);
  });

  it('unsigned: no gpgsig header', () => {
    expect(checkCommitTrust(payload, trusted).status).toBe('unsigned');
  });

  it('invalid: changed after signing, another namespace, a PGP signature, garbage', () => {
    const tampered = checkCommitTrust(signed.replace('facts: record', 'facts: forged'), trusted);
    expect(tampered).toMatchObject({ status: 'invalid', fingerprint: pair.fingerprint });
    expect(tampered.detail).toMatch(/does not match/);

    const fileNs = addSignatureToCommit(payload, signSshsig(key, Buffer.from(payload), 'file'));
    expect(checkCommitTrust(fileNs, trusted)).toMatchObject({ status: 'invalid', detail: expect.stringMatching(/namespace/) as string });

    const pgp = addSignatureToCommit(payload, '-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n=abcd\n-----END PGP SIGNATURE-----\n');
    expect(checkCommitTrust(pgp, trusted)).toMatchObject({ status: 'invalid', detail: expect.stringMatching(/PGP/) as string });

    const junk = addSignatureToCommit(payload, '-----BEGIN SSH SIGNATURE-----\nnot base64!\n-----END SSH SIGNATURE-----\n');
    expect(checkCommitTrust(junk, trusted).status).toBe('invalid');
  });
});

describe('allowedSignersFile', () => {
  it('writes one line per signer that ssh-keygen can search', () => {
    const a = generateKeyPair('a comment');
    const b = generateKeyPair();
    const text = allowedSignersFile([
      { principal: 'ci@acme', key: a.publicKey },
      { principal: 'release@acme', key: b.publicKey },
    ]);
    const [lineA, lineB, rest] = text.split('\n');
    expect(lineA).toBe(`ci@acme namespaces="git" ${a.publicKey.split(' ').slice(0, 2).join(' ')}`);
    expect(lineB).toBe(`release@acme namespaces="git" ${b.publicKey}`);
    expect(rest).toBe('');

    const dir = tempDir();
    const file = join(dir, 'allowed');
    writeFileSync(file, text);
    const sig = join(dir, 'data.sig');
    writeFileSync(sig, signSshsig(parsePrivateKey(b.privateKey), Buffer.from('x')));
    expect(ok('ssh-keygen', ['-Y', 'find-principals', '-f', file, '-s', sig]).trim()).toBe('release@acme');
  });

  it('is empty for no signers and refuses a principal that would change the file', () => {
    expect(allowedSignersFile([])).toBe('');
    const key = generateKeyPair().publicKey;
    for (const principal of ['two words', 'a,b', '"q"', '#comment', '']) {
      expect(() => allowedSignersFile([{ principal, key }])).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }) as Error);
    }
  });
});
