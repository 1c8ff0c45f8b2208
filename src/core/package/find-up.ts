import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The first `<dir>/<relative>` that exists, for `dir` from `from`'s folder upwards. The package's
 * own files (schemas/, the jq worker, examples/) are found this way, because the same code runs
 * from `src/` (tests) and from a bundle in `dist/<entry>/`, both a few levels under the root.
 */
export function findUp(from: string, relatives: readonly string[], maxDepth = 8): string | undefined {
  let dir = dirname(from);
  for (let depth = 0; depth < maxDepth; depth++) {
    for (const relative of relatives) {
      const candidate = join(dir, relative);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
