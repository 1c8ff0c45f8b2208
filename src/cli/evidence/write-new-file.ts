import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { badInput } from '../../core/errors.js';

/** Fails early, before anything is read, when `file` exists and may not be replaced. */
export async function checkWritable(file: string, overwrite: boolean): Promise<void> {
  const existing = await fsp.lstat(file).catch(() => undefined);
  if (existing === undefined) return;
  if (existing.isDirectory()) throw badInput(`${file} is a folder: give --out the path of a file.`);
  if (!overwrite) throw exists(file);
}

/**
 * Writes `bytes` to `file` whole or not at all: into a temp file of the same folder, then moved
 * into place. Without `overwrite` the move is a hard link, which fails if the file appeared
 * meanwhile; where links are not supported, a last check and a rename do.
 */
export async function writeNewFile(file: string, bytes: Uint8Array, overwrite: boolean): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fsp.writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
  } catch (e) {
    throw badInput(`cannot write in ${dir} (${codeOf(e) ?? String(e)}): choose an --out in a folder that exists and that you can write to.`, e);
  }
  try {
    if (overwrite) await fsp.rename(tmp, file);
    else await linkNoClobber(tmp, file);
  } catch (e) {
    throw codeOf(e) === 'EEXIST' ? exists(file, e) : badInput(`cannot write ${file} (${codeOf(e) ?? String(e)}): choose another --out.`, e);
  } finally {
    await fsp.rm(tmp, { force: true });
  }
}

async function linkNoClobber(tmp: string, file: string): Promise<void> {
  try {
    await fsp.link(tmp, file);
  } catch (e) {
    if (codeOf(e) === 'EEXIST') throw e;
    // a file system without hard links: check once more, then move
    await checkWritable(file, false);
    await fsp.rename(tmp, file);
  }
}

function exists(file: string, cause?: unknown): Error {
  return badInput(`${file} already exists: pass --force to replace it, or choose another --out.`, cause);
}

function codeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
