import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../errors.js';
import { CLI_INPUT_NAMES, type InputNames } from './input-names.js';

export interface Fingerprint {
  /** `sha256:<hex>` */
  digest: string;
  kind: 'file' | 'directory';
  /** entries hashed (directories only) */
  entries?: number;
}

/** How a directory is digested; shown by `artifacts create --help` and the Action's docs. */
export const DIRECTORY_RULE = `A file's digest is the sha256 of its bytes (the same as sha256sum).
A directory's digest is the sha256 of a manifest with one line per file below it,
"<relative path>\\0<sha256 hex of the file>\\n", paths with '/' separators, sorted bytewise.
Symbolic links inside it are not followed: a link counts as a file whose bytes are its target path.
Empty directories add nothing.`;

export async function fingerprintPath(target: string, names: InputNames = CLI_INPUT_NAMES): Promise<Fingerprint> {
  let info;
  try {
    info = await stat(target);
  } catch (e) {
    throw badInput(`cannot read ${target} (${(e as NodeJS.ErrnoException).code ?? String(e)}): check the path given to ${names.file}.`, e);
  }
  if (info.isFile()) return { digest: `sha256:${await hashFile(target)}`, kind: 'file' };
  if (!info.isDirectory()) throw badInput(`${target} is neither a file nor a directory: give ${names.file} a build output.`);
  const entries: { rel: Buffer; hex: string }[] = [];
  await walk(target, '', entries);
  entries.sort((a, b) => Buffer.compare(a.rel, b.rel));
  const manifest = createHash('sha256');
  for (const e of entries) manifest.update(Buffer.concat([e.rel, Buffer.from(`\0${e.hex}\n`)]));
  return { digest: `sha256:${manifest.digest('hex')}`, kind: 'directory', entries: entries.length };
}

async function walk(root: string, rel: string, out: { rel: Buffer; hex: string }[]): Promise<void> {
  for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    const full = path.join(root, childRel);
    if (entry.isSymbolicLink()) {
      out.push({ rel: Buffer.from(childRel), hex: createHash('sha256').update(await readlink(full)).digest('hex') });
    } else if (entry.isDirectory()) {
      await walk(root, childRel, out);
    } else if (entry.isFile()) {
      out.push({ rel: Buffer.from(childRel), hex: await hashFile(full) });
    } else {
      const kind = (await lstat(full)).isFIFO() ? 'a named pipe' : 'a special file';
      throw badInput(`${full} is ${kind}: a fingerprinted directory may hold only files, directories and links.`);
    }
  }
}

function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
