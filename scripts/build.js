// Type checking is `npm run typecheck`'s job; the bundler only transpiles.
// Bundles each entry point into dist/<name>/index.js with ncc. dist/ is committed: the Action runs
// it, and `bin/factstore.js` loads it so the CLI works with plain node right after `npm ci`.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entries = { cli: 'src/cli/index.ts', action: 'src/action/index.ts', 'jq-worker': 'src/core/jq/worker/main.ts', app: 'app/src/main.ts' };

for (const [name, entry] of Object.entries(entries)) {
  const out = path.join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', path.join(root, entry), '-o', out, '--quiet', '--transpile-only', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
}
