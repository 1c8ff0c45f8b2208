import { spawn } from 'node:child_process';
import path from 'node:path';
import { listed, replacedObjects } from '../store/local/read-hazards.js';

/**
 * Replaced objects (`refs/replace/*`) and grafted commits (`info/grafts`) that belong to the facts
 * branch, worded for the report. A repository without either costs a directory listing; with
 * some, one `git rev-list --objects` of the branch (replacements off) tells which are its own.
 */
export async function branchReplacements(gitdir: string, tip: string, git = 'git'): Promise<string[]> {
  const replaced = await replacedObjects(gitdir);
  const grafted = await listed(path.join(gitdir, 'info', 'grafts'));
  if (replaced.length === 0 && grafted.length === 0) return [];
  const objects = await branchObjects(gitdir, tip, git);
  return [
    ...replaced.filter((oid) => objects.has(oid)).map((oid) => `object ${oid} of the facts branch is replaced (refs/replace/${oid}): remove it with git replace -d ${oid}`),
    ...grafted.filter((oid) => objects.has(oid)).map((oid) => `commit ${oid} of the facts branch is grafted (info/grafts): remove the graft`),
  ];
}

/** Every object id reachable from the tip, read without replacements. */
function branchObjects(gitdir: string, tip: string, git: string): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    const child = spawn(git, ['--no-replace-objects', '--git-dir', gitdir, 'rev-list', '--objects', tip], { stdio: ['ignore', 'pipe', 'ignore'] });
    const oids = new Set<string>();
    let rest = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('latin1')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) oids.add(line.slice(0, 40));
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(oids) : reject(new Error(`git rev-list --objects exited ${code}`))));
  });
}
