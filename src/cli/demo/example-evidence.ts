import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactstoreError } from '../../core/errors.js';
import { findUp } from '../../core/package/find-up.js';

/** The real reports under `examples/evidence/` (shipped with the package) that the demo records. */
export const EXAMPLE_REPORTS = {
  unitTests: 'unit-tests.junit.xml',
  scanWithCritical: 'snyk-1.0.0.json',
  cleanScan: 'snyk-1.0.1.json',
  sbom: 'sbom.cdx.json',
} as const;

/** Copies an example report into `<dir>/reports/` as CI would find it; returns its path relative to `dir`. */
export async function placeReport(dir: string, file: string, as: string): Promise<string> {
  const source = findUp(fileURLToPath(import.meta.url), [path.join('examples', 'evidence', file)]);
  if (source === undefined) {
    throw new FactstoreError('INTERNAL', `factstore: the example report examples/evidence/${file} is missing: reinstall the package (it ships examples/).`);
  }
  await mkdir(path.join(dir, 'reports'), { recursive: true });
  await copyFile(source, path.join(dir, 'reports', as));
  return path.join('reports', as);
}
