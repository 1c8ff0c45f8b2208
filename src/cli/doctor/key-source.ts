import { readFile } from 'node:fs/promises';
import type { SigningKeySource } from '../../core/doctor/index.js';

/** The signing key from --key PATH, else the key text in FACTSTORE_SIGNING_KEY; never printed. */
export async function readKeySource(keyPath: string | undefined, envText: string | undefined): Promise<SigningKeySource> {
  if (keyPath !== undefined) {
    try {
      return { given: true, from: `--key ${keyPath}`, text: await readFile(keyPath, 'utf8') };
    } catch (e) {
      return { given: true, from: `--key ${keyPath}`, unreadable: (e as NodeJS.ErrnoException).code ?? String(e) };
    }
  }
  if (envText !== undefined && envText.trim() !== '') return { given: true, from: 'FACTSTORE_SIGNING_KEY', text: envText };
  return { given: false };
}
