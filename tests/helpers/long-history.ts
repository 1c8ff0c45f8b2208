/**
 * Long histories of the facts branch written straight into the fake GitHub: `count` commits on top
 * of `parent` (none: a new root), each signed by `signer` except the ones named, so a test can
 * push hundreds of new commits at once without hundreds of API round trips.
 */
import type { Signer } from '../../src/core/signing/index.js';
import { commitText } from './fake-github/commit-object.js';
import type { FakeGitHub } from './fake-github/index.js';
import { buildTree } from './fake-github/tree-edit.js';

export interface ChainOptions {
  signer: Signer;
  /** the indexes (0 = oldest) of the commits left unsigned */
  unsigned: readonly number[];
  /** names the files and messages apart from another chain */
  label: string;
}

/** The new commits, oldest first; the caller moves the branch to the last one. */
export async function commitChain(gh: FakeGitHub, fullName: string, parent: string | undefined, count: number, options: ChainOptions): Promise<string[]> {
  const repo = gh.repository(fullName);
  const shas: string[] = [];
  let tip = parent;
  const start = Math.floor(Date.now() / 1000) - count;
  for (let i = 0; i < count; i++) {
    const blob = repo.write('blob', Buffer.from(`${options.label} ${i}\n`));
    const tree = buildTree(repo, tip === undefined ? undefined : repo.commit(tip)?.tree, [{ path: `notes/${options.label}-${i}.txt`, mode: '100644', sha: blob }]);
    const who = { name: 'CI', email: 'ci@acme.test', seconds: start + i, offset: '+0000' };
    const input = { tree, parents: tip === undefined ? [] : [tip], author: who, committer: who, message: `factstore: ${options.label} note ${i}\n` };
    const unsigned = commitText(input);
    const text = options.unsigned.includes(i) ? unsigned : commitText({ ...input, signature: await options.signer.sign(Buffer.from(unsigned, 'utf8')) });
    tip = repo.write('commit', Buffer.from(text, 'utf8'));
    shas.push(tip);
  }
  return shas;
}
