import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Whether a setting has a value (an empty or blank one counts as not set, as Probot counts it). */
export const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * A secret setting given as `NAME` or, the container way, as `NAME_FILE`, the path of a file
 * holding it (a mounted secret; its final newline is not part of the value). Problems are added
 * to `problems`; the value is never quoted in them.
 */
export function secretSetting(env: Record<string, string | undefined>, name: string, cwd: string, problems: string[]): string | undefined {
  const value = env[name];
  const file = env[`${name}_FILE`];
  if (!given(file)) return given(value) ? value : undefined;
  if (given(value)) {
    problems.push(`${name} and ${name}_FILE are both set: keep only one of them.`);
    return undefined;
  }
  try {
    return readFileSync(path.resolve(cwd, file), 'utf8').replace(/\r?\n$/, '');
  } catch (e) {
    problems.push(`${name}_FILE names ${file}, which cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}): mount the secret at that path, or set ${name} instead.`);
    return undefined;
  }
}
