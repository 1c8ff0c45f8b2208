// The one entry the CLI and the Action read a snapshot through: the files each type needs, named as
// the edge names its inputs, relative to the edge's working directory.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshotSource } from '../../src/core/environments/read-snapshot-source.js';
import type { SnapshotSourceNames } from '../../src/core/environments/snapshot-source-names.js';
import { tempDir } from '../helpers/git.js';
import { asyncRefusal, fixtureText, FIXTURE_ROOT } from './sources/fixtures.js';

const NAMES: SnapshotSourceNames = { type: '`type:`', file: '`file:`', images: '`images:`', dir: '`dir:`', bucket: '`bucket:`', paths: '`paths:`', help: 'see the inputs' };

function workspace(files: Record<string, string>): string {
  const cwd = tempDir('factstore-snapshot-source-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, name)), { recursive: true });
    writeFileSync(path.join(cwd, name), text);
  }
  return cwd;
}

describe('readSnapshotSource', () => {
  it('reads a type from the file it needs, relative to the working directory', async () => {
    const cwd = workspace({ 'out/pods.json': fixtureText('k8s', 'k8s-api__skipper-kube-system-podlist.json') });
    const reading = await readSnapshotSource('k8s', { file: 'out/pods.json' }, { cwd, names: NAMES });
    expect(reading.artifacts.map((a) => a.name)).toEqual(['registry.opensource.zalan.do/pathfinder/skipper']);
  });

  it('docker: resolves registry digests only when the images file is given', async () => {
    const join = (files: string[]) => `[${files.map((f) => fixtureText('docker', f)).join(',')}]`;
    const cwd = workspace({ 'c.json': join(['watchtower__container_running.json']), 'i.json': join(['watchtower__image_default.json']) });
    const resolved = await readSnapshotSource('docker', { file: 'c.json', images: 'i.json' }, { cwd, names: NAMES });
    const local = await readSnapshotSource('docker', { file: 'c.json' }, { cwd, names: NAMES });
    expect(resolved.artifacts[0]?.localId).toBe('sha256:19d07168491a3f9e2798a9bed96544e34d57ddc4757a4ac5bb199dea896c87fd');
    expect(local.artifacts[0]?.localId).toBeUndefined();
  });

  it('s3 and server read folders and paths, resolved against the working directory', async () => {
    const s3 = await readSnapshotSource('s3', { dir: 'synced-folder', bucket: 'assets' }, { cwd: path.join(FIXTURE_ROOT, 's3'), names: NAMES });
    expect(s3.artifacts.length).toBeGreaterThan(0);
    expect(s3.artifacts.every((a) => a.where.every((w) => w.bucket === 'assets'))).toBe(true);
    const cwd = workspace({ 'bin/app': '#!/bin/sh\n' });
    const server = await readSnapshotSource('server', { paths: ['bin/app'] }, { cwd, names: NAMES });
    expect(server.artifacts.map((a) => a.name)).toEqual([path.join(cwd, 'bin/app')]);
  });

  it('says what a type needs, in the edge\'s names, and names the path input a missing server path came from', async () => {
    const cwd = workspace({});
    expect(await asyncRefusal(() => readSnapshotSource('list', {}, { cwd, names: NAMES }))).toBe('snapshot list needs `file:` (`file:`: a JSON array of {"name", "sha256"}).');
    expect(await asyncRefusal(() => readSnapshotSource('s3', {}, { cwd, names: NAMES }))).toMatch(/^snapshot s3 needs `dir:` or `file:` \(`dir:`: a local folder synced from the bucket/);
    expect(await asyncRefusal(() => readSnapshotSource('server', { paths: [] }, { cwd, names: NAMES }))).toMatch(/^snapshot server needs `paths:`/);
    expect(await asyncRefusal(() => readSnapshotSource('server', { paths: ['gone'] }, { cwd, names: NAMES }))).toMatch(/check the path given to `paths:`/);
    expect(await asyncRefusal(() => readSnapshotSource('k8s', { file: 'nope.json' }, { cwd, names: NAMES }))).toBe('cannot read nope.json (ENOENT): check the path.');
    expect(await asyncRefusal(() => readSnapshotSource('k8s', { file: '.' }, { cwd, names: NAMES }))).toBe(". is not a regular file: give the file the tool's output was saved to.");
  });
});

describe('a file given as - (standard input)', () => {
  it('reads what the caller pipes in, asking for no more than the limit and one byte; over it, or empty, is refused', async () => {
    const pods = fixtureText('k8s', 'kubectl__kuard-minikube-pods.json');
    let asked = 0;
    const reading = await readSnapshotSource('k8s', { file: '-' }, { cwd: tempDir(), names: NAMES, stdin: (max) => ((asked = max), Promise.resolve(Buffer.from(pods))) });
    expect(reading.artifacts.length).toBeGreaterThan(0);
    expect(asked).toBe(64 * 1024 * 1024);
    await expect(readSnapshotSource('k8s', { file: '-' }, { cwd: tempDir(), names: NAMES, stdin: (max) => Promise.resolve(Buffer.alloc(max + 1, 0x20)) })).rejects.toThrow(/standard input is over the 67108864 bytes/);
    await expect(readSnapshotSource('k8s', { file: '-' }, { cwd: tempDir(), names: NAMES, stdin: () => Promise.resolve(Buffer.alloc(0)) })).rejects.toThrow(/standard input is empty/);
  });
});
