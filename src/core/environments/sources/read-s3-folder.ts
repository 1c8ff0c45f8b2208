import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../errors.js';
import { fingerprintPath } from '../../evidence/files/fingerprint.js';
import { ArtifactCollector } from './artifact-collector.js';
import type { SourceReading, Skipped } from './running-artifact.js';

/**
 * What a bucket serves, from a local folder synced from it (`aws s3 sync s3://bucket folder`):
 * one artifact per file, named by its path relative to the folder with '/' separators, digested
 * as sha256 of its bytes. S3 has no links, so a link in the folder was made locally: one to a
 * file inside the folder is read, one that leads out of it (or to a folder) is never followed.
 */
export async function readS3Folder(folder: string, bucket?: string): Promise<SourceReading> {
  const root = await folderRoot(folder);
  const collector = new ArtifactCollector();
  const skipped: Skipped[] = [];
  const add = async (rel: string, file: string): Promise<void> => {
    const { digest } = await fingerprintPath(file);
    collector.add({ name: rel, digest, where: { bucket, path: rel } });
  };
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(rel === '' ? root : path.join(root, rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      const full = path.join(root, childRel);
      if (entry.isDirectory()) await walk(childRel);
      else if (entry.isFile()) await add(childRel, full);
      else if (entry.isSymbolicLink()) await readLink(root, childRel, full, add, skipped);
      else skipped.push({ what: `file ${childRel}`, why: `it is ${kindOf(entry)}, not a file S3 could have served` });
    }
  };
  await walk('');
  return { artifacts: collector.list(), skipped };
}

async function folderRoot(folder: string): Promise<string> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch (e) {
    throw badInput(`cannot read ${folder} (${(e as NodeJS.ErrnoException).code ?? String(e)}): give the folder the bucket was synced to.`, e);
  }
  if (!isFolder) throw badInput(`${folder} is not a folder: give the folder the bucket was synced to.`);
  return realpath(folder);
}

async function readLink(root: string, rel: string, full: string, add: (rel: string, file: string) => Promise<void>, skipped: Skipped[]): Promise<void> {
  let target: string;
  try {
    target = await realpath(full);
  } catch {
    skipped.push({ what: `link ${rel}`, why: 'its target does not exist' });
    return;
  }
  const inside = path.relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    skipped.push({ what: `link ${rel}`, why: 'it leads out of the folder and is not followed' });
  } else if ((await stat(target)).isFile()) {
    await add(rel, target);
  } else {
    skipped.push({ what: `link ${rel}`, why: 'it leads to a folder, which is not followed (its files are read where they are)' });
  }
}

function kindOf(entry: Dirent): string {
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  return 'a device or other special file';
}
