import { readFile } from 'node:fs/promises';
import { FactstoreError } from '../../core/errors.js';
import { sshSigner, type Signer } from '../../core/signing/index.js';

const HOW = 'pass --key PATH or set FACTSTORE_SIGNING_KEY to the key text, or make a key with `factstore keygen --out PATH`';

/** The signer from --key PATH, else from the key text in FACTSTORE_SIGNING_KEY. */
export async function loadSigner(keyPath: string | undefined, envText: string | undefined): Promise<Signer> {
  if (keyPath !== undefined) {
    let text: string;
    try {
      text = await readFile(keyPath, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new FactstoreError('KEY', `cannot read the signing key ${keyPath} (${code}): ${HOW}.`, { cause: e });
    }
    return sshSigner(text);
  }
  if (envText !== undefined && envText.trim() !== '') return sshSigner(envText);
  throw new FactstoreError('KEY', `this command writes signed facts and no signing key was given: ${HOW}.`);
}
