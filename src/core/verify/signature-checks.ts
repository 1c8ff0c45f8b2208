import { verify, type KeyObject } from 'node:crypto';
import type { TrustedSigner } from '../config/config.js';
import { decodeBase64Strict } from '../signing/base64.js';
import { publicKeyFromBytes } from '../signing/ed25519-crypto.js';
import { checkCommitTrust, splitSignedCommit, type CommitTrust } from '../signing/index.js';
import { ED25519_KEY_TYPE, ed25519PublicFromBlob, parsePublicKey } from '../signing/public-key.js';
import { GIT_NAMESPACE } from '../signing/sign-sshsig.js';
import { SIGNATURE_BEGIN, SIGNATURE_END, SSHSIG_MAGIC, SSHSIG_VERSION, signedData } from '../signing/sshsig-format.js';
import { SshWireReader } from '../signing/ssh-wire.js';

interface FastCheck {
  data: Buffer;
  signature: Buffer;
  key: KeyObject;
  principal: string;
}

/**
 * Commit signatures for a whole history. checkCommitTrust judges every commit, but doing all of
 * it on the main thread costs ~0.2 ms a commit (most of it building a KeyObject per call). So a
 * signature that is well formed and names a trusted key is first verified with node:crypto's
 * asynchronous verify (libuv's thread pool: the other core) against a KeyObject built once; only
 * when that says "valid" is the commit trusted without more. Everything else (unsigned,
 * untrusted, malformed, not verifying) goes to checkCommitTrust for the verdict and its words.
 */
export class SignatureChecks {
  private readonly keys = new Map<string, { key: KeyObject; principal: string }>();
  private inFlight = 0;
  private idle: (() => void) | undefined;
  private failure: unknown;
  private progress: (() => void) | undefined;

  constructor(private readonly trusted: TrustedSigner[]) {
    for (const signer of trusted) {
      try {
        const blob = parsePublicKey(signer.key).blob;
        const pub = ed25519PublicFromBlob(blob);
        if (pub !== undefined && !this.keys.has(blob.toString('base64'))) {
          this.keys.set(blob.toString('base64'), { key: publicKeyFromBytes(pub), principal: signer.principal });
        }
      } catch {
        // an unreadable key never matches; checkCommitTrust treats it the same way
      }
    }
  }

  /** `listener` runs after each check that finished in the background. */
  onProgress(listener: () => void): void {
    this.progress = listener;
  }

  /** Checks still running. */
  get pending(): number {
    return this.inFlight;
  }

  /** `onResult` runs later, on the main thread, with what checkCommitTrust would answer. */
  check(rawCommit: string, onResult: (trust: CommitTrust) => void): void {
    const fast = this.fastCheck(rawCommit);
    if (fast === undefined) {
      onResult(checkCommitTrust(rawCommit, this.trusted));
      return;
    }
    this.inFlight++;
    verify(null, fast.data, fast.key, fast.signature, (error, valid) => {
      try {
        onResult(error === null && valid ? { status: 'trusted', principal: fast.principal } : checkCommitTrust(rawCommit, this.trusted));
      } catch (e) {
        this.failure ??= e;
      }
      this.inFlight--;
      if (this.inFlight === 0) this.idle?.();
      this.progress?.();
    });
  }

  /** Resolves when every check has reported (rejects if a result handler threw). */
  async settled(): Promise<void> {
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    this.idle = undefined;
    if (this.failure !== undefined) throw this.failure;
  }

  /** The pieces to verify, when the signature is an SSHSIG of the `git` namespace by a trusted Ed25519 key. */
  private fastCheck(rawCommit: string): FastCheck | undefined {
    const { payload, signature } = splitSignedCommit(rawCommit);
    if (signature === undefined) return undefined;
    const text = signature.replace(/\r\n?/g, '\n').trim();
    const end = text.indexOf(SIGNATURE_END);
    if (!text.startsWith(SIGNATURE_BEGIN) || end < 0) return undefined;
    const blob = decodeBase64Strict(text.slice(SIGNATURE_BEGIN.length, end));
    if (blob === undefined) return undefined;
    try {
      const r = new SshWireReader(blob);
      if (!r.bytes(SSHSIG_MAGIC.length).equals(SSHSIG_MAGIC) || r.uint32() !== SSHSIG_VERSION) return undefined;
      const signer = this.keys.get(r.string().toString('base64'));
      const namespace = r.text();
      const reserved = r.string();
      const hash = r.text();
      const inner = new SshWireReader(r.string());
      if (signer === undefined || r.remaining !== 0 || namespace !== GIT_NAMESPACE || (hash !== 'sha512' && hash !== 'sha256')) return undefined;
      if (inner.text() !== ED25519_KEY_TYPE) return undefined;
      const sig = inner.string();
      if (sig.length !== 64 || inner.remaining !== 0) return undefined;
      return { data: signedData(namespace, hash, Buffer.from(payload, 'utf8'), reserved), signature: sig, ...signer };
    } catch {
      return undefined;
    }
  }
}
