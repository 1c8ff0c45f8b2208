import type { TrustedSigner } from '../config/config.js';
import { parsePublicKey } from '../signing/public-key.js';

/** A `trust.signers` entry with its key read once. */
export interface SignerEntry {
  signer: TrustedSigner;
  /** position in `trust.signers`, to name it */
  index: number;
  fingerprint: string;
}

/**
 * The keys of `trust.signers`, looked up by their wire blob (the key itself: type and bytes,
 * never the comment). A key listed twice is found at its first entry; a key that cannot be read
 * never matches (the config validator reports it).
 */
export class TrustedKeys {
  private readonly byBlob = new Map<string, SignerEntry>();

  constructor(readonly signers: readonly TrustedSigner[]) {
    signers.forEach((signer, index) => {
      try {
        const key = parsePublicKey(signer.key);
        const id = key.blob.toString('base64');
        if (!this.byBlob.has(id)) this.byBlob.set(id, { signer, index, fingerprint: key.fingerprint });
      } catch {
        // unreadable: never trusted
      }
    });
  }

  get size(): number {
    return this.byBlob.size;
  }

  entryFor(blob: Buffer): SignerEntry | undefined {
    return this.byBlob.get(blob.toString('base64'));
  }
}
