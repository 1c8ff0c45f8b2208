import { execFileSync } from 'node:child_process';
import { addSignatureToCommit, sshSigner } from '../../src/core/signing/index.js';
import { git, type TestKey } from '../helpers/git.js';

/**
 * A commit signed by `key` that sets `file` to `text`, written the way Factstore wrote commits
 * before they declared their appends (no Factstore-Append lines in the message): the history an
 * older store has. Returns the new commit, now the branch tip.
 */
export async function legacyCommit(repo: string, key: TestKey, file: string, text: string, branch = 'factstore'): Promise<string> {
  const tip = git(repo, 'rev-parse', `refs/heads/${branch}`).trim();
  const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: text }).toString().trim();
  git(repo, 'read-tree', `--index-output=${repo}/.git/legacy-index`, tip);
  const env = { ...process.env, GIT_INDEX_FILE: `${repo}/.git/legacy-index` };
  execFileSync('git', ['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`], { cwd: repo, env });
  const tree = execFileSync('git', ['write-tree'], { cwd: repo, env }).toString().trim();
  const time = Math.floor(Date.now() / 1000);
  const payload = `tree ${tree}\nparent ${tip}\nauthor ci <ci@acme> ${time} +0000\ncommitter Factstore <factstore@localhost> ${time} +0000\n\nfactstore: an older write\n`;
  const signature = await sshSigner(key.privateKey).sign(Buffer.from(payload, 'utf8'));
  const commit = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: repo, input: addSignatureToCommit(payload, signature) })
    .toString()
    .trim();
  git(repo, 'update-ref', `refs/heads/${branch}`, commit, tip);
  return commit;
}
