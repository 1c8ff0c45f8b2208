import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../errors.js';
import { MAX_SNAPSHOT_INPUT_BYTES } from './sources/limits.js';

/**
 * A tool's saved output (`file` relative to `cwd`), refused before it is read when it is not a
 * regular file or is over the size limit: JSON.parse holds the text and its tree at once.
 */
export async function readSourceText(cwd: string, file: string): Promise<string> {
  const target = path.resolve(cwd, file);
  let info: Stats;
  try {
    info = await stat(target);
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string') throw badInput(`cannot read ${file} (${e.code}): check the path.`, e);
    throw e;
  }
  // checked outside the try: this error has a code too, and would be reported as unreadable
  if (!info.isFile()) throw badInput(`${file} is not a regular file: give the file the tool's output was saved to.`);
  const size = info.size;
  if (size > MAX_SNAPSHOT_INPUT_BYTES) {
    throw badInput(`${file} is ${size} bytes, over the ${MAX_SNAPSHOT_INPUT_BYTES} bytes a snapshot input may be: snapshot the environment in parts (e.g. one namespace or cluster per environment).`);
  }
  return readFile(target, 'utf8');
}
