import { runGit } from './run-git.js';

/** owner/name of the origin remote's GitHub repository (https://github.com/OWNER/NAME… or git@github.com:OWNER/NAME…). */
export async function originRepository(git: string, cwd: string): Promise<string | undefined> {
  const r = await runGit(git, ['remote', 'get-url', 'origin'], cwd).catch(() => undefined);
  if (r === undefined || r.code !== 0) return undefined;
  const m = /[/:]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\s*$/.exec(r.stdout);
  return m === null ? undefined : `${m[1] ?? ''}/${m[2] ?? ''}`;
}
