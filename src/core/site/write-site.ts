import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FactstoreError } from '../errors.js';
import type { SiteFiles } from './site-pages.js';

/** The list of files a build wrote, kept in the output folder: the next build rewrites only what changed and removes only its own files. */
export const SITE_MANIFEST = '.factstore-site.json';

export interface WriteResult {
  files: number;
  written: string[];
  removed: string[];
  bytes: number;
  largest: { path: string; bytes: number };
}

interface Manifest {
  generator: 'factstore-site';
  files: Record<string, string>;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Writes the site into `out`: a file whose bytes are unchanged is left alone (so one new fact
 * rewrites only the pages it changes), a file the previous build wrote and this one does not is
 * removed, and nothing else in the folder is touched. A folder that holds other files and no
 * manifest of a previous build is refused: it is not a site this command wrote.
 */
export function writeSite(out: string, files: SiteFiles): WriteResult {
  const manifestPath = path.join(out, SITE_MANIFEST);
  let previous: Manifest | undefined;
  if (existsSync(manifestPath)) {
    try {
      previous = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    } catch {
      throw new FactstoreError('BAD_INPUT', `${manifestPath} is not a site manifest: remove the folder or give another --out.`);
    }
  } else if (existsSync(out) && readdirSync(out).length > 0) {
    throw new FactstoreError('BAD_INPUT', `--out ${out} is not empty and holds no site factstore built (no ${SITE_MANIFEST}): give a new or empty folder, so nothing of yours is overwritten.`);
  }
  mkdirSync(out, { recursive: true });
  const hashes: Record<string, string> = {};
  const written: string[] = [];
  let bytes = 0;
  let largest = { path: '', bytes: 0 };
  for (const [name, data] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new FactstoreError('INTERNAL', `site file name ${JSON.stringify(name)}: a factstore bug; please report it.`);
    const hash = sha256(data);
    hashes[name] = hash;
    const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    bytes += size;
    if (size > largest.bytes) largest = { path: name, bytes: size };
    const target = path.join(out, name);
    if (previous?.files[name] === hash && existsSync(target)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
    written.push(name);
  }
  const removed: string[] = [];
  for (const name of Object.keys(previous?.files ?? {})) {
    if (name in hashes) continue;
    rmSync(path.join(out, name), { force: true });
    removed.push(name);
  }
  const manifest: Manifest = { generator: 'factstore-site', files: hashes };
  writeFileSync(manifestPath, `${JSON.stringify(manifest)}\n`);
  return { files: files.size, written, removed, bytes, largest };
}
