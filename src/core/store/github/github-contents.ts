import { FactstoreError } from '../../errors.js';
import { gitHubFailure } from './github-errors.js';
import { statusOf, type GitHubRepo, type GitHubRequest } from './github-request.js';

interface FileData {
  type: string;
  encoding?: string;
  content?: string;
  sha: string;
  size: number;
}

/**
 * One file of the facts tree at a commit, in one request (the contents API), whatever the store's
 * size; files over the API's 1 MB inline limit are fetched as a blob. Undefined when absent.
 */
export async function readPath(request: GitHubRequest, where: GitHubRepo, ref: string, path: string): Promise<Uint8Array | undefined> {
  let data: FileData | FileData[];
  try {
    data = (await request('GET /repos/{owner}/{repo}/contents/{path}', { owner: where.owner, repo: where.repo, path, ref })).data as FileData | FileData[];
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw gitHubFailure(e, where, `reading ${path}`);
  }
  if (Array.isArray(data) || data.type !== 'file') return undefined;
  if (data.encoding === 'base64' && typeof data.content === 'string' && (data.content !== '' || data.size === 0)) {
    return Buffer.from(data.content, 'base64');
  }
  try {
    const blob = (await request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner: where.owner, repo: where.repo, file_sha: data.sha })).data as { content: string; encoding: string };
    return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8');
  } catch (e) {
    throw gitHubFailure(e, where, `reading ${path}`);
  }
}

/** The file names of one folder of the facts tree at a commit; empty when absent. */
export async function listPath(request: GitHubRequest, where: GitHubRepo, ref: string, path: string): Promise<string[]> {
  try {
    const data = (await request('GET /repos/{owner}/{repo}/contents/{path}', { owner: where.owner, repo: where.repo, path, ref })).data;
    if (!Array.isArray(data)) throw new FactstoreError('INTEGRITY', `${path} in the facts branch is a file, where a folder was expected: run factstore verify.`);
    return (data as { name: string; type: string }[]).filter((e) => e.type === 'file').map((e) => e.name);
  } catch (e) {
    if (statusOf(e) === 404) return [];
    if (e instanceof FactstoreError) throw e;
    throw gitHubFailure(e, where, `listing ${path}`);
  }
}
