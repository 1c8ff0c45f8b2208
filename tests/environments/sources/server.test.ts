import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintPath } from '../../../src/core/evidence/files/fingerprint.js';
import { readServerPaths } from '../../../src/core/environments/sources/index.js';
import { FIXTURE_ROOT, asyncRefusal } from './fixtures.js';

const SYNCED = path.join(FIXTURE_ROOT, 's3', 'synced-folder');
const INDEX = path.join(SYNCED, 'index.html');

describe('readServerPaths', () => {
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'factstore-server-'));
    writeFileSync(path.join(scratch, 'app'), 'binary');
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('digests files and folders exactly as artifacts create --file does, named by the path given', async () => {
    const binary = path.join(scratch, 'app');
    const reading = await readServerPaths([INDEX, SYNCED, binary], { host: 'web-1' });
    expect(reading.skipped).toEqual([]);
    expect(reading.artifacts).toEqual(
      [
        { name: INDEX, digest: 'sha256:f250f544d83a7c996ac876f541c5890d7fbca225e42213fe6922392ea1923bf5', where: [{ host: 'web-1', path: INDEX }] },
        { name: SYNCED, digest: (await fingerprintPath(SYNCED)).digest, where: [{ host: 'web-1', path: SYNCED }] },
        // printf binary | sha256sum
        { name: binary, digest: 'sha256:9a3a45d01531a20e89ac6ae10b0b0beb0492acd7216a368aa062d1a5fecaf9cd', where: [{ host: 'web-1', path: binary }] },
      ].sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
  });

  it('groups a path given twice', async () => {
    const reading = await readServerPaths([INDEX, INDEX]);
    expect(reading.artifacts).toHaveLength(1);
    expect(reading.artifacts[0]?.where).toEqual([{ path: INDEX }]);
  });

  it('refuses a path it cannot read rather than record the artifact as gone', async () => {
    expect(await asyncRefusal(() => readServerPaths([path.join(scratch, 'missing')]))).toMatch(/cannot read .*missing \(ENOENT\)/);
  });
});
