import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findSchemasDir } from '../schema/index.js';

/** The package version, read from the package.json beside the shipped schemas/ folder. */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(findSchemasDir(), '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
