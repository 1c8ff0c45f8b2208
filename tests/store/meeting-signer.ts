import type { Signer } from '../../src/core/signing/signer.js';

/**
 * Makes writers race for certain: the first `writers` signatures wait until all of them are asked
 * for, so every writer has read the branch (and found it missing) and built its commit before any of
 * them moves the branch. Later signatures (the retries) are made at once.
 */
export function meetingSigner(signer: Signer, writers: number): Signer {
  const waiting: (() => void)[] = [];
  let asked = 0;
  return {
    publicKey: signer.publicKey,
    fingerprint: signer.fingerprint,
    async sign(payload) {
      if (++asked <= writers) {
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (waiting.length === writers) for (const go of waiting) go();
        });
      }
      return signer.sign(payload);
    },
  };
}
