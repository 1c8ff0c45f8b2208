import { isUtf8 } from 'node:buffer';
import type { TrustedSigner } from '../config/config.js';
import { decodeBase64Strict } from '../signing/base64.js';
import { checkCommitTrust, type CommitTrust } from '../signing/index.js';
import { ED25519_KEY_TYPE, ed25519PublicFromBlob, parsePublicKey } from '../signing/public-key.js';
import { GIT_NAMESPACE } from '../signing/sign-sshsig.js';
import { SIGNATURE_BEGIN, SIGNATURE_END, SSHSIG_MAGIC, SSHSIG_VERSION, signedData } from '../signing/sshsig-format.js';
import { SshWireReader } from '../signing/ssh-wire.js';
import { Ed25519Workers } from './ed25519-workers.js';

interface FastCheck {
  data: Buffer;
  signature: Buffer;
  publicKey: Buffer;
  principal: string;
}

/**
 * Commit signatures for a whole history. checkCommitTrust judges every commit, but doing all of
 * it on the main thread costs ~0.2 ms a commit (half of it building a KeyObject per call), in
 * front of everything else. So a signature that is well formed and names a trusted key is first
 * verified on worker threads (the other core) with a key built once; only when that says "valid"
 * is the commit trusted without more. Everything else (unsigned, untrusted, malformed, not
 * verifying) goes to checkCommitTrust for the verdict and its words.
 */
export class SignatureChecks {
  private readonly keys = new Map<string, { publicKey: Buffer; principal: string }>();
  private workers: Ed25519Workers | undefined;
  private inFlight = 0;
  private idle: (() => void) | undefined;
  private failure: Error | undefined;
  private progress: (() => void) | undefined;
  /** how many verdicts came from the worker fast path, and how many from checkCommitTrust */
  readonly counts = { fast: 0, full: 0 };

  constructor(private readonly trusted: TrustedSigner[]) {
    for (const signer of trusted) {
      try {
        const blob = parsePublicKey(signer.key).blob;
        const pub = ed25519PublicFromBlob(blob);
        if (pub !== undefined && !this.keys.has(blob.toString('base64'))) {
          this.keys.set(blob.toString('base64'), { publicKey: pub, principal: signer.principal });
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

  /**
   * `onResult` runs later, on the main thread, with what checkCommitTrust would answer.
   * `rawCommit` may be a view into a larger buffer: it is copied when it has to be kept.
   */
  check(rawCommit: Buffer, onResult: (trust: CommitTrust) => void): void {
    const fast = this.fastCheck(rawCommit);
    if (fast === undefined) {
      this.counts.full++;
      onResult(checkCommitTrust(rawCommit.toString('utf8'), this.trusted));
      return;
    }
    const kept = Buffer.from(rawCommit);
    this.workers ??= new Ed25519Workers((e) => {
      this.failure ??= e;
      this.idle?.();
    });
    this.inFlight++;
    this.workers.verify({ publicKey: fast.publicKey, data: fast.data, signature: fast.signature }, (valid) => {
      try {
        if (valid) this.counts.fast++;
        else this.counts.full++;
        onResult(valid ? { status: 'trusted', principal: fast.principal } : checkCommitTrust(kept.toString('utf8'), this.trusted));
      } catch (e) {
        this.failure ??= e instanceof Error ? e : new Error(String(e));
      }
      this.inFlight--;
      if (this.inFlight === 0) this.idle?.();
      this.progress?.();
    });
  }

  /** Resolves when every check has reported (rejects if a result handler threw). */
  async settled(): Promise<void> {
    if (this.inFlight > 0 && this.failure === undefined) await new Promise<void>((resolve) => (this.idle = resolve));
    this.idle = undefined;
    if (this.failure !== undefined) throw this.failure;
  }

  /** Stops the worker threads; call it whatever happened. */
  async close(): Promise<void> {
    await this.workers?.close();
    this.workers = undefined;
  }

  /** The pieces to verify, when the signature is an SSHSIG of the `git` namespace by a trusted Ed25519 key. */
  private fastCheck(rawCommit: Buffer): FastCheck | undefined {
    const split = splitPlainSignedCommit(rawCommit);
    if (split === undefined) return undefined;
    const text = split.signature.replace(/\r\n?/g, '\n').trim();
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
      return { data: signedData(namespace, hash, split.payload, reserved), signature: sig, ...signer };
    } catch {
      return undefined;
    }
  }
}

const NL = 0x0a;
const SPACE = 0x20;

/**
 * splitSignedCommit on bytes, for the one shape Factstore writes: a single `gpgsig` header
 * (with its continuation lines) and no other signature header, in valid UTF-8, so the payload
 * is exactly the bytes checkCommitTrust would verify. Any other shape answers undefined.
 */
function splitPlainSignedCommit(raw: Buffer): { payload: Buffer; signature: string } | undefined {
  const headerEnd = raw.indexOf('\n\n');
  const start = raw.indexOf('\ngpgsig');
  if (headerEnd < 0 || start < 0 || start >= headerEnd || raw[start + 7] !== SPACE) return undefined;
  const parts: Buffer[] = [];
  let lineStart = start + 8;
  for (;;) {
    const nl = raw.indexOf(NL, lineStart);
    if (nl < 0) return undefined;
    parts.push(raw.subarray(lineStart, nl + 1));
    if (raw[nl + 1] !== SPACE) {
      lineStart = nl + 1;
      break;
    }
    lineStart = nl + 2;
  }
  const other = raw.indexOf('\ngpgsig', lineStart - 1);
  if (other >= 0 && other < headerEnd) return undefined;
  const payload = Buffer.concat([raw.subarray(0, start + 1), raw.subarray(lineStart)]);
  if (!isUtf8(payload)) return undefined;
  return { payload, signature: Buffer.concat(parts).toString('latin1') };
}
