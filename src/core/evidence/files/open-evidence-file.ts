/**
 * Opens one evidence file so that what is read is the report the user named and nothing else: not
 * what a symbolic link points at (a link to /proc/self/environ would store the environment, the
 * signing key included), not a device, a pipe or a socket, nothing under /proc, /sys or /dev, and
 * (for the Action) nothing outside the workspace. The checks on the path are made again on the
 * open descriptor, so swapping the file between the checks and the read gains nothing.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, readlink, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../errors.js';
import type { InputNames } from './input-names.js';

/** Where the given paths are read from, and whether evidence must stay there. */
export interface EvidencePlace {
  /** what relative paths start from: the CLI's current directory, the Action's workspace */
  base: string;
  /** how the user calls `base` ("the workspace") */
  baseName: string;
  /** refuse a file whose real path is outside `base` (the Action: evidence comes from the workspace) */
  confined: boolean;
}

export interface OpenedEvidence {
  handle: FileHandle;
  size: number;
}

// O_NOFOLLOW: a link as the last part of the path fails the open; O_NONBLOCK: a FIFO cannot hang
// the open waiting for a writer; O_NOCTTY: a terminal never becomes ours. (0 where a platform lacks one.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

const SYSTEM_TREES: Record<string, string> = {
  '/proc': "the kernel's view of processes, their environment included",
  '/sys': "the kernel's view of devices and drivers",
  '/dev': 'devices',
};

export async function openEvidenceFile(file: string, maxBytes: number, place: EvidencePlace, names: InputNames): Promise<OpenedEvidence> {
  const give = `Give ${names.evidence} the report file itself${place.confined ? `, inside ${place.baseName}` : ''}.`;
  // refused before opening, so that opening a device or a pipe never happens at all
  const before = await lstatEvidence(file, names);
  if (!before.isFile()) throw await notAFile(file, before, give);
  await checkRealPath(file, place, give);
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') throw badInput(`the evidence ${file} became a symbolic link while it was opened: nothing was read. ${give}`, e);
    throw badInput(`cannot read the evidence file ${file} (${code ?? String(e)}): check the path given to ${names.evidence}.`, e);
  }
  try {
    // what was opened is what counts: the path may have been swapped since it was checked
    const info = await handle.stat();
    if (!info.isFile()) throw await notAFile(file, info, give);
    const real = await checkRealPath(file, place, give);
    const named = await stat(real);
    if (named.dev !== info.dev || named.ino !== info.ino) {
      throw badInput(`the evidence ${file} changed while it was opened (its path now names another file): nothing was read. ${give}`);
    }
    if (info.size > maxBytes) throw evidenceTooBig(file, info.size, maxBytes);
    return { handle, size: info.size };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

export function evidenceTooBig(file: string, size: number, maxBytes: number): Error {
  return badInput(
    `the evidence file ${file} is ${size} bytes, over the ${maxBytes}-byte limit: attach a smaller report, ` +
      'or raise evidence.max_bytes in the config (at most 104857600).',
  );
}

async function lstatEvidence(file: string, names: InputNames): Promise<Stats> {
  try {
    return await lstat(file);
  } catch (e) {
    throw badInput(`cannot read the evidence file ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}): check the path given to ${names.evidence}.`, e);
  }
}

async function notAFile(file: string, info: Stats, give: string): Promise<Error> {
  if (info.isSymbolicLink()) {
    const target = await readlink(file).catch(() => undefined);
    return badInput(
      `the evidence ${file} is a symbolic link${target === undefined ? '' : ` (to ${target})`}: evidence is read only from the report file itself, never through a link. ${give}`,
    );
  }
  if (info.isDirectory()) return badInput(`the evidence ${file} is a directory, not a file: archive it into one file first. ${give}`);
  const kind = info.isFIFO()
    ? 'a named pipe (FIFO)'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  return badInput(`the evidence ${file} is ${kind}: evidence must be a regular file that a step wrote. ${give}`);
}

/**
 * The file's real path, refused when it is under /proc, /sys or /dev, outside the workspace (when
 * confined), or not where the path says because a directory on it is a symbolic link. Links are
 * tolerated only in the part of the path shared with `base` (a workspace that is itself reached
 * through a link is fine; a link inside it is not).
 */
async function checkRealPath(file: string, place: EvidencePlace, give: string): Promise<string> {
  const lexical = path.resolve(place.base, file);
  const base = path.resolve(place.base);
  let real: string;
  try {
    real = await realpath(lexical);
  } catch (e) {
    throw badInput(`cannot read the evidence file ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}): ${give}`, e);
  }
  const tree = Object.keys(SYSTEM_TREES).find((t) => within(t, real));
  if (tree !== undefined) {
    throw badInput(`the evidence ${file} is ${real}, under ${tree} (${SYSTEM_TREES[tree] ?? ''}): that is not a report, and it may hold secrets. ${give}`);
  }
  if (place.confined && !within(base, lexical)) throw badInput(`the evidence ${file} is outside ${place.baseName} (${base}). ${give}`);
  const common = commonAncestor(base, lexical);
  const expected = path.join(await realpath(common), path.relative(common, lexical));
  if (real !== expected) {
    const link = await firstLink(common, lexical);
    // a case-insensitive file system may spell the real path in another case: that alone is no link
    // (but a link named like its target in another case, on a case-sensitive one, is one)
    if (link === undefined && real.toLowerCase() === expected.toLowerCase()) return real;
    const where = link === undefined ? 'a directory on its path is a symbolic link' : `${link.path} on its path is a symbolic link (to ${link.target})`;
    throw badInput(`the evidence ${file} is really ${real}: ${where}, and evidence is never read through a link. ${give}`);
  }
  return real;
}

function within(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function commonAncestor(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  const joined = pa.slice(0, n).join(path.sep);
  return joined === '' ? path.parse(a).root : joined;
}

/** The first symbolic link on the path below `from`, to name it in the message. */
async function firstLink(from: string, to: string): Promise<{ path: string; target: string } | undefined> {
  let current = from;
  for (const part of path.relative(from, to).split(path.sep)) {
    current = path.join(current, part);
    const info = await lstat(current).catch(() => undefined);
    if (info?.isSymbolicLink() === true) return { path: current, target: await readlink(current).catch(() => '?') };
  }
  return undefined;
}
