// Trust of pushed commits, from the signed payload and signature the compare API returns.
import { describe, expect, it } from 'vitest';
import { pushedCommitTrust, untrustedCommits } from '../../app/src/push/pushed-commit-trust.js';
import { generateKeyPair, sshSigner } from '../../src/core/signing/index.js';
import { factsCommit } from './push-world.js';

const ci = generateKeyPair('ci');
const ciSigner = sshSigner(ci.privateKey);
const signers = [{ principal: 'ci@acme', key: ci.publicKey }];

describe('pushedCommitTrust', () => {
  it('trusts a commit signed by a listed key, naming its principal', async () => {
    const trust = pushedCommitTrust(await factsCommit('factstore: record\n', ciSigner), signers);
    expect(trust).toMatchObject({ status: 'trusted', principal: 'ci@acme', fingerprint: ci.fingerprint });
  });

  it('does not trust a valid signature by a key that is not listed', async () => {
    const other = sshSigner(generateKeyPair().privateKey);
    const trust = pushedCommitTrust(await factsCommit('factstore: record\n', other), signers);
    expect(trust).toMatchObject({ status: 'untrusted', fingerprint: other.fingerprint });
    expect(trust.detail).toContain('trust.signers');
  });

  it('calls a commit without signature unsigned', async () => {
    expect(pushedCommitTrust(await factsCommit('factstore: record\n'), signers).status).toBe('unsigned');
    expect(pushedCommitTrust({ sha: 'a'.repeat(40), commit: { message: 'x' } }, signers).status).toBe('unsigned');
  });

  it('finds a payload changed after signing invalid', async () => {
    const signed = await factsCommit('factstore: record\n', ciSigner);
    const verification = signed.commit.verification ?? {};
    const altered = { ...signed, commit: { ...signed.commit, verification: { ...verification, payload: (verification.payload ?? '').replace('record', 'forged') } } };
    expect(pushedCommitTrust(altered, signers).status).toBe('invalid');
  });

  it('finds a PGP signature invalid: facts commits are signed with SSH', async () => {
    const signed = await factsCommit('factstore: record\n', ciSigner);
    const pgp = { ...signed, commit: { ...signed.commit, verification: { payload: signed.commit.verification?.payload ?? '', signature: '-----BEGIN PGP SIGNATURE-----\n\nwsBc\n-----END PGP SIGNATURE-----\n' } } };
    expect(pushedCommitTrust(pgp, signers)).toMatchObject({ status: 'invalid' });
  });
});

describe('untrustedCommits', () => {
  it('lists every commit that is not trusted, with why, and leaves the trusted ones out', async () => {
    const good = await factsCommit('factstore: one\n', ciSigner);
    const bare = await factsCommit('factstore: two\n');
    expect(untrustedCommits([good, bare], signers)).toEqual([{ sha: bare.sha, trust: { status: 'unsigned', detail: 'The commit has no signature.' } }]);
    expect(untrustedCommits([good], [])).toHaveLength(1);
  });
});
