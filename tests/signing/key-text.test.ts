// Keys and signatures as text: how key text arrives (escaped newlines, quotes, base64 once more),
// strict base64, public key lines, trusted keys, allowed-signers lines and the gpgsig header, each
// checked against what ssh-keygen and git make of the same text where a tool exists.
import { afterAll, describe, expect, it } from 'vitest';
import { allowedSignersFile } from '../../src/core/signing/allowed-signers.js';
import { decodeBase64Strict, wrapBase64 } from '../../src/core/signing/base64.js';
import { addSignatureToCommit, splitSignedCommit } from '../../src/core/signing/commit-signature.js';
import { generateKeyPair, parsePrivateKey, signSshsig } from '../../src/core/signing/index.js';
import { normalizeKeyText, opensshKeyBytes } from '../../src/core/signing/private-key-text.js';
import { blobKeyType, ed25519PublicFromBlob, parsePublicKey, publicKeyLine, sshFingerprint } from '../../src/core/signing/public-key.js';
import { SshWireReader, SshWireTruncated, sshString } from '../../src/core/signing/ssh-wire.js';
import { isTrustedKey } from '../../src/core/signing/trusted-key.js';
import { ok, removeTempDirs, sshKeygen, tempDir } from './tools.js';

afterAll(removeTempDirs);

const dir = tempDir();
const real = sshKeygen(dir, 'id_ed25519', ['-t', 'ed25519', '-C', 'ci@acme']);
const body = real.text.split('\n').slice(1, -2).join('');

describe('key text as it arrives', () => {
  it('escaped newlines (\\n, \\r\\n, \\r written as two characters), CR line ends and quotes are undone', () => {
    const expected = real.text.trim();
    expect(normalizeKeyText(real.text.replace(/\n/g, '\\n'))).toBe(expected);
    expect(normalizeKeyText(real.text.replace(/\n/g, '\\r\\n'))).toBe(expected);
    expect(normalizeKeyText(real.text.replace(/\n/g, '\\r'))).toBe(expected);
    expect(normalizeKeyText(real.text.replace(/\n/g, '\r'))).toBe(expected);
    expect(normalizeKeyText(real.text.replace(/\n/g, '\r\n'))).toBe(expected);
    expect(normalizeKeyText(`"  ${real.text}  "`)).toBe(expected);
    expect(normalizeKeyText(` '${real.text}'\n`)).toBe(expected);
    // a quote on one side only, or quotes inside, are kept
    expect(normalizeKeyText(`"${real.text}`)).toBe(`"${expected}`);
    expect(normalizeKeyText(`a"b"`)).toBe('a"b"');
    expect(normalizeKeyText(`"\n"`)).toBe('');
    // quotes around the whole text only
    expect(normalizeKeyText(`"abc"def`)).toBe('"abc"def');
  });

  it('every delivery gives the same key bytes, the key base64-encoded once more included', () => {
    const bytes = Buffer.from(body, 'base64');
    for (const given of [real.text, real.text.replace(/\n/g, '\\n'), `'${real.text}'`, Buffer.from(real.text).toString('base64'), Buffer.from(real.text).toString('base64').replace(/(.{76})/g, '$1\n')]) {
      expect(opensshKeyBytes(given).equals(bytes)).toBe(true);
    }
    expect(parsePrivateKey(Buffer.from(real.text).toString('base64'))).toMatchObject({ type: 'ssh-ed25519', comment: 'ci@acme', publicKey: real.pub });
  });

  it('base64 of something else than a key, and a key with its END line before BEGIN', () => {
    // base64 of anything but a PEM text is judged as the text given, not as what it decodes to
    expect(() => opensshKeyBytes(Buffer.from(real.pub).toString('base64'))).toThrow(
      'The signing key is not an OpenSSH private key (no -----BEGIN OPENSSH PRIVATE KEY----- line found). Give the key file\'s text, or make a new one with `factstore keygen --out PATH`.',
    );
    expect(() => opensshKeyBytes(Buffer.from('hello world').toString('base64'))).toThrow(
      'The signing key is not an OpenSSH private key (no -----BEGIN OPENSSH PRIVATE KEY----- line found). Give the key file\'s text, or make a new one with `factstore keygen --out PATH`.',
    );
    expect(() => opensshKeyBytes(`-----END OPENSSH PRIVATE KEY-----\n${real.text.split('\n').slice(0, -2).join('\n')}`)).toThrow(
      'The signing key is truncated: it has no -----END OPENSSH PRIVATE KEY----- line. Copy the whole file, or make a new one with `factstore keygen --out PATH`.',
    );
    expect(() => opensshKeyBytes('')).toThrow(
      'The signing key is empty: give the OpenSSH private key text (the file `factstore keygen` writes, starting with -----BEGIN OPENSSH PRIVATE KEY-----). Make one with `factstore keygen --out PATH`.',
    );
  });
});

describe('strict base64', () => {
  it('takes whitespace anywhere, every padding length, and nothing else', () => {
    expect(decodeBase64Strict('aGVs\nbG8g\t d29y bGQ=')?.toString()).toBe('hello world');
    expect(decodeBase64Strict('YQ==')?.toString()).toBe('a');
    expect(decodeBase64Strict('YWI=')?.toString()).toBe('ab');
    expect(decodeBase64Strict('YWJj')?.toString()).toBe('abc');
    expect(decodeBase64Strict('+/+/')?.equals(Buffer.from([0xfb, 0xff, 0xbf]))).toBe(true);
    for (const bad of ['', '  \n', 'YQ', 'YQ=', 'Y===', 'YWJjZ', '!YWJj', 'YWJj!', 'YW=j', 'YQ==YQ==', 'YWJ-', 'YW_j', 'YQ==\u00e9']) {
      expect(decodeBase64Strict(bad), bad).toBeUndefined();
    }
  });

  it('wraps at 70 columns as OpenSSH does, or at the width given', () => {
    const bytes = Buffer.alloc(105, 0xab); // 140 characters: exactly two lines
    expect(wrapBase64(bytes).split('\n').map((l) => l.length)).toEqual([70, 70]);
    expect(wrapBase64(Buffer.alloc(106)).split('\n').map((l) => l.length)).toEqual([70, 70, 4]);
    expect(wrapBase64(Buffer.alloc(6), 4)).toBe('AAAA\nAAAA');
    expect(wrapBase64(Buffer.alloc(0))).toBe('');
  });
});

describe('public keys', () => {
  const blob = Buffer.from(real.pub.split(' ')[1] ?? '', 'base64');

  it('the fingerprint and the .pub line are ssh-keygen\'s', () => {
    expect(sshFingerprint(blob)).toBe(ok('ssh-keygen', ['-lf', real.path]).split(' ')[1]);
    expect(publicKeyLine(blob, 'ci@acme')).toBe(real.pub);
    expect(publicKeyLine(blob, '\r\n  two\r\n\nlines \n')).toBe(`${real.pub.replace(' ci@acme', '')} two lines`);
    expect(publicKeyLine(blob, ' \n ')).toBe(real.pub.replace(' ci@acme', ''));
    expect(publicKeyLine(blob)).toBe(real.pub.replace(' ci@acme', ''));
    const parsed = parsePrivateKey(real.text);
    expect([parsed.type, parsed.publicKey, parsed.comment, parsed.fingerprint]).toEqual(['ssh-ed25519', real.pub, 'ci@acme', sshFingerprint(blob)]);
  });

  it('an Ed25519 blob is exactly the type and 32 bytes', () => {
    expect(ed25519PublicFromBlob(blob)?.equals(blob.subarray(-32))).toBe(true);
    expect(ed25519PublicFromBlob(Buffer.concat([blob, Buffer.from([0])]))).toBeUndefined();
    expect(ed25519PublicFromBlob(Buffer.concat([sshString('ssh-ed25519'), sshString(Buffer.alloc(31))]))).toBeUndefined();
    expect(ed25519PublicFromBlob(Buffer.concat([sshString('ssh-ed25519'), sshString(Buffer.alloc(33))]))).toBeUndefined();
    expect(ed25519PublicFromBlob(Buffer.from([0, 0]))).toBeUndefined();
  });

  it('a key type is echoed only when it is a plain token', () => {
    expect(blobKeyType(sshString('sk-ssh-ed25519@openssh.com'))).toBe('sk-ssh-ed25519@openssh.com');
    expect(blobKeyType(sshString('ssh rsa'))).toBeUndefined();
    expect(blobKeyType(sshString('!ssh-rsa'))).toBeUndefined();
    expect(blobKeyType(sshString('ssh-rsa!'))).toBeUndefined();
    expect(blobKeyType(sshString('x'.repeat(65)))).toBeUndefined();
    expect(blobKeyType(Buffer.from([0, 0, 0, 9]))).toBeUndefined();
  });

  it('parsePublicKey says what is wrong with a line', () => {
    const FIX = 'Give the one-line public key from the .pub file that `factstore keygen` writes (ssh-ed25519 AAAA… comment).';
    const err = (line: unknown) => {
      try {
        parsePublicKey(line as string);
      } catch (e) {
        return [(e as { code: string }).code, (e as Error).message];
      }
      return undefined;
    };
    expect(err(undefined)).toEqual(['BAD_INPUT', `The public key is empty. ${FIX}`]);
    expect(err('  ')).toEqual(['BAD_INPUT', `The public key is empty. ${FIX}`]);
    expect(err(real.text)).toEqual(['BAD_INPUT', `This is a private key, not a public key: never paste it where a public key goes. ${FIX}`]);
    expect(err(`${real.pub}\n${real.pub}`)).toEqual(['BAD_INPUT', `The public key spans several lines. ${FIX}`]);
    expect(err(`${real.pub}\r`)).toEqual(undefined);
    expect(err(`ssh-ed25519\r${real.pub}`)).toEqual(['BAD_INPUT', `The public key spans several lines. ${FIX}`]);
    expect(err('ssh-ed25519')).toEqual(['BAD_INPUT', `This is not an OpenSSH public key line. ${FIX}`]);
    expect(err(`!ssh-ed25519 ${real.pub.split(' ')[1] ?? ''}`)).toEqual(['BAD_INPUT', `This is not an OpenSSH public key line. ${FIX}`]);
    expect(err(`ssh-ed25519! ${real.pub.split(' ')[1] ?? ''}`)).toEqual(['BAD_INPUT', `This is not an OpenSSH public key line. ${FIX}`]);
    expect(err(`ssh-rsa ${real.pub.split(' ')[1] ?? ''}`)).toEqual(['KEY', 'The public key is of type ssh-rsa: Factstore signs only with Ed25519 keys. Make one with `factstore keygen --out PATH`.']);
    expect(err('ssh-ed25519 AAAA!')).toEqual(['BAD_INPUT', `The public key's base64 part is damaged. ${FIX}`]);
    expect(err('ssh-ed25519 AAAA')).toEqual(['KEY', `The public key says ssh-ed25519 but its data is not an Ed25519 key (truncated or altered). ${FIX}`]);
    expect(parsePublicKey(`  ${real.pub.replace(' ', '\t \t')}  extra words `)).toEqual({ type: 'ssh-ed25519', blob, fingerprint: sshFingerprint(blob), comment: 'ci@acme extra words' });
    expect(parsePublicKey(real.pub.replace(' ci@acme', ''))).not.toHaveProperty('comment');
  });
});

describe('trusted keys', () => {
  const other = generateKeyPair('other');
  it('compare the type and key, never the comment or the spacing', () => {
    const signers = [{ principal: 'other', key: other.publicKey }, { principal: 'ci', key: `  ${real.pub.replace('ci@acme', 'a comment')}  ` }];
    expect(isTrustedKey(signers, real.pub)).toBe(true);
    expect(isTrustedKey(signers, real.pub.replace(' ', '  ').replace(' ci@acme', ''))).toBe(true);
    expect(isTrustedKey([signers[0] ?? { principal: '', key: '' }], real.pub)).toBe(false);
    expect(isTrustedKey([], real.pub)).toBe(false);
    // the key itself must match, not only its type
    expect(isTrustedKey([{ principal: 'ci', key: 'ssh-ed25519' }], 'ssh-ed25519 AAAA')).toBe(false);
  });
});

describe('allowed-signers lines', () => {
  it('a principal of up to 256 characters without whitespace, commas or quotes', () => {
    const line = (principal: string) => allowedSignersFile([{ principal, key: real.pub }]);
    expect(line('p'.repeat(256))).toBe(`${'p'.repeat(256)} namespaces="git" ${real.pub.replace(' ci@acme', '')}\n`);
    expect(line('a')).toBe(`a namespaces="git" ${real.pub.replace(' ci@acme', '')}\n`);
    for (const principal of ['p'.repeat(257), ' ci', 'ci ', 'c\ti', 'c,i', 'c"i']) {
      expect(() => line(principal), principal).toThrow(
        `trust.signers[0].principal ${JSON.stringify(principal)} cannot be written to an allowed-signers file: use one word without spaces, commas or quotes (e.g. ci@acme).`,
      );
    }
  });
});

describe('the SSH wire format', () => {
  it('strings are UTF-8 with their byte length; a short read says what it needed', () => {
    expect(sshString('é')).toEqual(Buffer.from([0, 0, 0, 2, 0xc3, 0xa9]));
    expect(sshString(Buffer.from([1, 2]))).toEqual(Buffer.from([0, 0, 0, 2, 1, 2]));
    const r = new SshWireReader(Buffer.from([0, 0, 0, 9, 1]));
    let thrown: unknown;
    try {
      r.string();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SshWireTruncated);
    expect(thrown).toMatchObject({ name: 'SshWireTruncated', message: 'needed 9 bytes, 1 left' });
  });
});

describe('the gpgsig header', () => {
  const payload = 'tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor F <f@x> 1 +0000\ncommitter F <f@x> 1 +0000\n\nfacts\n';
  const signature = signSshsig(parsePrivateKey(real.text), Buffer.from(payload));

  it('git reads the header written here, and the payload split here is what git signed', () => {
    const repo = tempDir();
    ok('git', ['init', '-q', repo]);
    const signed = addSignatureToCommit(payload, signature);
    const sha = ok('git', ['-C', repo, 'hash-object', '-t', 'commit', '-w', '--stdin'], { input: signed }).trim();
    expect(ok('git', ['-C', repo, 'cat-file', 'commit', sha])).toBe(signed);
    expect(splitSignedCommit(signed)).toEqual({ payload, signature });
  });

  it('signing asks for a namespace', () => {
    expect(() => signSshsig(parsePrivateKey(real.text), Buffer.from(payload), '')).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT', message: 'The SSHSIG namespace is empty: use "git" for commits (or another non-empty purpose name).' }),
    );
  });

  it('an empty signature adds nothing; a header-only text gets it at the end', () => {
    expect(addSignatureToCommit(payload, '')).toBe(payload);
    expect(addSignatureToCommit('tree x\n', 'S\n')).toBe('tree x\ngpgsig S\n');
  });

  it('another hash\'s signature and its continuation lines stay out of the payload, and the header after it stays in', () => {
    const withOther = payload.replace('\n\n', '\ngpgsig-sha256 -----BEGIN SSH SIGNATURE-----\n AAAA\n -----END SSH SIGNATURE-----\nmergetag object x\n\n');
    expect(splitSignedCommit(withOther)).toEqual({ payload: payload.replace('\n\n', '\nmergetag object x\n\n') });
    // a message line that starts with a space or with "gpgsig" is message, not header
    const message = `${payload} gpgsig in the message\ngpgsig too\n`;
    expect(splitSignedCommit(message)).toEqual({ payload: message });
    // the last line without its newline is kept
    expect(splitSignedCommit('tree x\n\nno newline')).toEqual({ payload: 'tree x\n\nno newline' });
    expect(splitSignedCommit('tree x')).toEqual({ payload: 'tree x' });
    expect(splitSignedCommit('')).toEqual({ payload: '' });
  });
});
