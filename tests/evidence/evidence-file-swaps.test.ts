// A file checked by checkEvidenceFiles and changed before readEvidenceFiles reads it: whatever it
// became is judged again on the descriptor that is read, so a swap between the two gains nothing.
import { execFileSync } from 'node:child_process';
import { appendFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEvidenceFiles, readEvidenceFiles, type EvidencePlace } from '../../src/core/evidence/files/evidence-files.js';
import { tempDir } from '../helpers/git.js';

function setup(): { dir: string; file: string; place: EvidencePlace } {
  const dir = tempDir('factstore-swap-');
  const file = path.join(dir, 'report.log');
  writeFileSync(file, 'all good\n');
  return { dir, file, place: { base: dir, baseName: 'the workspace', confined: true } };
}

const read = (file: string, place: EvidencePlace) => readEvidenceFiles([file], { maxBytes: 1024, place, format: 'raw', secretMarkers: [] });

describe('evidence swapped between the check and the read', () => {
  it('reads the checked report when nothing changed', async () => {
    const { file, place } = setup();
    await checkEvidenceFiles([file], { maxBytes: 1024, place });
    const { blobs } = await read(file, place);
    expect(blobs[0]?.bytes.toString()).toBe('all good\n');
  });

  it('replaced by a link to the process environment: refused, nothing read', async () => {
    const { file, place } = setup();
    await checkEvidenceFiles([file], { maxBytes: 1024, place });
    rmSync(file);
    symlinkSync('/proc/self/environ', file);
    await expect(read(file, place)).rejects.toThrow(/report\.log is a symbolic link \(to \/proc\/self\/environ\)/);
  });

  it('replaced by a named pipe: refused without waiting for a writer', { timeout: 10_000 }, async () => {
    const { file, place } = setup();
    await checkEvidenceFiles([file], { maxBytes: 1024, place });
    rmSync(file);
    execFileSync('mkfifo', [file]);
    await expect(read(file, place)).rejects.toThrow(/report\.log is a named pipe \(FIFO\)/);
  });

  it('grown past the limit: refused, and never read whole', async () => {
    const { file, place } = setup();
    await checkEvidenceFiles([file], { maxBytes: 1024, place });
    appendFileSync(file, 'x'.repeat(4096));
    await expect(read(file, place)).rejects.toThrow(/report\.log is 4105 bytes, over the 1024-byte limit/);
  });

  it('outside the workspace, by an absolute path: refused', async () => {
    const { place } = setup();
    const outside = setup().file;
    await expect(checkEvidenceFiles([outside], { maxBytes: 1024, place })).rejects.toThrow(/report\.log is outside the workspace \(.*\)\. Give .* the report file itself, inside the workspace\./);
  });

  it('a workspace reached through a link is fine; a link inside it is not', async () => {
    const { dir } = setup();
    const linkedWorkspace = path.join(tempDir('factstore-swap-'), 'ws');
    symlinkSync(dir, linkedWorkspace);
    const place = { base: linkedWorkspace, baseName: 'the workspace', confined: true };
    const { blobs } = await read(path.join(linkedWorkspace, 'report.log'), place);
    expect(blobs[0]?.bytes.toString()).toBe('all good\n');
    symlinkSync('.', path.join(dir, 'again'));
    await expect(read(path.join(linkedWorkspace, 'again', 'report.log'), place)).rejects.toThrow(/again on its path is a symbolic link \(to \.\)/);
  });
});
