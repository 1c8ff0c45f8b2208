import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readS3Checksums, readS3Folder } from '../../../src/core/environments/sources/index.js';
import { FIXTURE_ROOT, asyncRefusal, fixtureText, refusal } from './fixtures.js';

// sha256sum of the files in s3/synced-folder, computed outside Factstore
const INDEX = 'sha256:f250f544d83a7c996ac876f541c5890d7fbca225e42213fe6922392ea1923bf5';
const APP = 'sha256:6c4acb4d82a8a00c73b0b4efa92dd0fce8daf97307a7f554bf6d014a1ee5e334';
const EMPTY = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SYNCED = path.join(FIXTURE_ROOT, 's3', 'synced-folder');

describe('readS3Checksums', () => {
  it('reads ChecksumSHA256 (head-object and get-object-attributes forms) and skips composite and missing ones', () => {
    expect(readS3Checksums(fixtureText('s3', 'hand-made__checksums.json'))).toEqual({
      artifacts: [
        { name: 'assets/app.js', digest: APP, where: [{ key: 'assets/app.js' }] },
        { name: 'index.html', digest: INDEX, where: [{ key: 'index.html' }] },
      ],
      skipped: [
        { what: 'object video/intro.mp4', why: expect.stringMatching(/^its ChecksumSHA256 is a multipart composite \(a checksum of the checksums of 3 parts\), not a sha256 of the object/) as unknown },
        { what: 'object legacy/readme.txt', why: expect.stringMatching(/^S3 returned no ChecksumSHA256/) as unknown },
      ],
    });
  });

  it('records the bucket when given and refuses entries without a Key', () => {
    const text = JSON.stringify([{ Bucket: 'site', Key: 'a', ChecksumSHA256: '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' }, { Bucket: 'site', Key: 'b', ChecksumSHA256: 'not-base64' }]);
    const reading = readS3Checksums(text);
    expect(reading.artifacts).toEqual([{ name: 'a', digest: EMPTY, where: [{ bucket: 'site', key: 'a' }] }]);
    expect(reading.skipped).toEqual([{ what: 'object s3://site/b', why: 'its ChecksumSHA256 "not-base64" is not the base64 of a sha256' }]);
    expect(refusal(() => readS3Checksums('[{"ChecksumSHA256":"x"}]'))).toMatch(/\[0\] has no Key/);
    expect(refusal(() => readS3Checksums('{"Contents":[]}'))).toMatch(/the top level is an object, not an array of objects/);
  });
});

describe('readS3Folder', () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it('digests every file by its path relative to the folder, matching the checksums S3 reports', async () => {
    const reading = await readS3Folder(SYNCED, 'site');
    expect(reading).toEqual({
      artifacts: [
        { name: 'assets/app.js', digest: APP, where: [{ bucket: 'site', path: 'assets/app.js' }] },
        { name: 'docs/2024/empty.txt', digest: EMPTY, where: [{ bucket: 'site', path: 'docs/2024/empty.txt' }] },
        { name: 'index.html', digest: INDEX, where: [{ bucket: 'site', path: 'index.html' }] },
      ],
      skipped: [],
    });
    const fromApi = readS3Checksums(fixtureText('s3', 'hand-made__checksums.json')).artifacts.map((a) => [a.name, a.digest]);
    const fromFolder = reading.artifacts.map((a) => [a.name, a.digest]);
    for (const entry of fromApi) expect(fromFolder).toContainEqual(entry);
  });

  it('follows a link to a file inside the folder and never one that leads out of it', async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'factstore-s3-'));
    const folder = path.join(scratch, 'synced');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    writeFileSync(path.join(scratch, 'secret.txt'), 'outside');
    writeFileSync(path.join(folder, 'real.txt'), '');
    symlinkSync(path.join(scratch, 'secret.txt'), path.join(folder, 'escape.txt'));
    symlinkSync('../../secret.txt', path.join(folder, 'sub', 'relative-escape.txt'));
    symlinkSync('real.txt', path.join(folder, 'alias.txt'));
    symlinkSync('sub', path.join(folder, 'loop'));
    symlinkSync('missing.txt', path.join(folder, 'broken.txt'));
    const reading = await readS3Folder(folder);
    expect(reading.artifacts).toEqual([
      { name: 'alias.txt', digest: EMPTY, where: [{ path: 'alias.txt' }] },
      { name: 'real.txt', digest: EMPTY, where: [{ path: 'real.txt' }] },
    ]);
    expect(reading.skipped).toEqual([
      { what: 'link broken.txt', why: 'its target does not exist' },
      { what: 'link escape.txt', why: 'it leads out of the folder and is not followed' },
      { what: 'link loop', why: expect.stringMatching(/leads to a folder/) as unknown },
      { what: 'link sub/relative-escape.txt', why: 'it leads out of the folder and is not followed' },
    ]);
  });

  it('refuses a path that is not a folder', async () => {
    expect(await asyncRefusal(() => readS3Folder(path.join(SYNCED, 'index.html')))).toMatch(/is not a folder/);
    expect(await asyncRefusal(() => readS3Folder(path.join(SYNCED, 'nope')))).toMatch(/cannot read .*nope \(ENOENT\)/);
  });
});
