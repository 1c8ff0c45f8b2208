import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/** One commit of a facts file's history, as kept between runs (git objects never change). */
export interface CachedCommit {
  commit: string;
  parents: string[];
  time: string;
  payload?: string;
  signature?: string;
  /** the file's blob after the commit; absent when the commit removed it */
  newOid?: string;
}

export interface CachedHistory {
  /** the facts commit the history was read down from */
  upTo: string;
  commits: CachedCommit[];
}

const FORMAT = 1;

/**
 * The histories of facts files already walked, kept in the repository's git directory
 * (`factstore/cache/<branch>/`) so that a warm decision walks only the commits added since. A
 * history is only ever extended from a commit that is still an ancestor of the tip; anything
 * unreadable is ignored and walked again.
 */
export class HistoryCache {
  private readonly dir: string;

  constructor(gitdir: string, branch: string) {
    this.dir = path.join(gitdir, 'factstore', 'cache', ...branch.split('/'));
  }

  async read(file: string): Promise<CachedHistory | undefined> {
    try {
      const data = JSON.parse(await fsp.readFile(this.fileOf(file), 'utf8')) as { format?: unknown; path?: unknown; upTo?: unknown; commits?: unknown };
      if (data.format !== FORMAT || data.path !== file || typeof data.upTo !== 'string' || !Array.isArray(data.commits)) return undefined;
      return { upTo: data.upTo, commits: data.commits as CachedCommit[] };
    } catch {
      return undefined;
    }
  }

  async write(file: string, history: CachedHistory): Promise<void> {
    const target = this.fileOf(file);
    try {
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await fsp.writeFile(temp, JSON.stringify({ format: FORMAT, path: file, ...history }));
      await fsp.rename(temp, target);
    } catch {
      // a cache that cannot be written only costs time next run
    }
  }

  private fileOf(file: string): string {
    const id = createHash('sha256').update(file).digest('hex');
    return path.join(this.dir, id.slice(0, 2), `${id}.json`);
  }
}
