import { readFile } from 'node:fs/promises';
import { FactstoreError } from '../../core/errors.js';
import { sshSigner, type Signer } from '../../core/signing/index.js';
import { secretMarkers, type SecretMarker } from '../../core/signing/secret-markers.js';

const HOW = 'pass --key PATH or set FACTSTORE_SIGNING_KEY to the key text, or make a key with `factstore keygen --out PATH`';

export interface LoadedSigningKey {
  signer: Signer;
  /** what betrays the key in evidence; see secret-markers.ts */
  markers: SecretMarker[];
}

/** The signer from --key PATH, else from the key text in FACTSTORE_SIGNING_KEY. */
export async function loadSigner(keyPath: string | undefined, envText: string | undefined): Promise<Signer> {
  return sshSigner(await readKeyText(keyPath, envText));
}

/** The signer and the key's secret markers, for a command that stores files (attest). */
export async function loadSigningKey(keyPath: string | undefined, envText: string | undefined): Promise<LoadedSigningKey> {
  const text = await readKeyText(keyPath, envText);
  const signer = sshSigner(text);
  return { signer, markers: secretMarkers(text) };
}

async function readKeyText(keyPath: string | undefined, envText: string | undefined): Promise<string> {
  if (keyPath !== undefined) {
    try {
      return await readFile(keyPath, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new FactstoreError('KEY', `cannot read the signing key ${keyPath} (${code}): ${HOW}.`, { cause: e });
    }
  }
  if (envText !== undefined && envText.trim() !== '') return envText;
  throw new FactstoreError('KEY', `this command writes signed facts and no signing key was given: ${HOW}.`);
}
