import fs from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import git from 'isomorphic-git';

const DEVELOPER = { name: 'Demo Developer', email: 'developer@example.com' };

/** A fresh application repository on `main` (made with isomorphic-git: the demo spawns nothing). */
export async function createAppRepo(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await git.init({ fs, dir, defaultBranch: 'main' });
}

/** Writes the files and commits them; returns the commit id. */
export async function commitFiles(dir: string, files: Record<string, string>, message: string, time: Date): Promise<string> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
    await git.add({ fs, dir, filepath: name });
  }
  const timestamp = Math.floor(time.getTime() / 1000);
  return git.commit({ fs, dir, message, author: { ...DEVELOPER, timestamp, timezoneOffset: 0 } });
}
