import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { HighWaterMark } from '../../trust/high-water.js';

/**
 * The high-water mark of a local facts branch: a file under the repository's git directory
 * (`factstore/high-water/<branch>`), which fetching or pushing the branch never touches. Written
 * whole, through a rename.
 */
export class LocalHighWaterMark implements HighWaterMark {
  readonly where: string;
  private readonly file: string;

  constructor(gitdir: string, branch: string) {
    this.file = path.join(gitdir, 'factstore', 'high-water', ...branch.split('/'));
    this.where = `the git directory (factstore/high-water/${branch})`;
  }

  async read(): Promise<string | undefined> {
    try {
      const text = (await fsp.readFile(this.file, 'utf8')).trim();
      return /^[0-9a-f]{40}$/.test(text) ? text : undefined;
    } catch {
      return undefined;
    }
  }

  async advance(commit: string): Promise<void> {
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    await fsp.writeFile(temp, `${commit}\n`);
    await fsp.rename(temp, this.file);
  }
}
