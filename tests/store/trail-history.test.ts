import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/model/fact.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { trailPath } from '../../src/core/store/layout.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { IsoObjectReader, type RawObject } from '../../src/core/store/local/object-reader.js';
import { pathHistory } from '../../src/core/store/local/path-history.js';
import { git, tempRepo, testKey } from '../helpers/git.js';
import { tamperFile } from '../helpers/tamper.js';

const key = testKey();
const readers = [
  { name: 'isomorphic-git', gitBinary: undefined },
  { name: 'native git', gitBinary: 'git' },
] as const;

let second = 0;
const ts = () => new Date(Date.parse('2026-11-23T10:00:00Z') + 1000 * ++second).toISOString();
const started = (trail: string): Fact => makeFact({ kind: 'trail', flow: 'payments', trail, actor: 'ci', ts: ts() });
const approved = (trail: string, actor = 'alice'): Fact => makeFact({ kind: 'approval', flow: 'payments', trail, actor, ts: ts(), decision: 'APPROVED' });

/** A store where trail t1 was written by 2 of 12 commits. */
async function store(): Promise<{ dir: string; commits: string[]; facts: Fact[] }> {
  const dir = tempRepo();
  const writer = new LocalGitStore({ dir, signer: sshSigner(key.privateKey) });
  const facts = [started('t1'), approved('t1')];
  const commits = [(await writer.append({ facts: [facts[0]!] })).commit!];
  for (let i = 0; i < 10; i++) await writer.append({ facts: [started(`other-${i}`)] });
  commits.push((await writer.append({ facts: [facts[1]!] })).commit!);
  return { dir, commits, facts };
}

/** Counts the objects read, so the cost of a history can be checked without timing it. */
class CountingReader extends IsoObjectReader {
  reads = 0;
  override read(oid: string): Promise<RawObject> {
    this.reads++;
    return super.read(oid);
  }
}

describe.each(readers)('trail history read with $name', ({ gitBinary }) => {
  const open = (dir: string) => new LocalGitStore({ dir, ...(gitBinary !== undefined ? { gitBinary } : {}) });

  it('names the commits that wrote the trail, also from a packed repository', async () => {
    const { dir, commits, facts } = await store();
    const expected = [[commits[0], [facts[0]]], [commits[1], [facts[1]]]];
    const reader = open(dir);
    expect((await reader.trailHistory('payments', 't1')).map((h) => [h.commit, h.facts])).toEqual(expected);
    git(dir, 'gc', '-q');
    const packed = open(dir);
    expect((await packed.trailHistory('payments', 't1')).map((h) => [h.commit, h.facts])).toEqual(expected);
    reader.close();
    packed.close();
  });

  it('reports a changed line as an integrity failure naming the file, line and commit', async () => {
    const { dir, facts } = await store();
    const path = trailPath('payments', 't1');
    const forged = { ...facts[1]!, actor: 'mallory' };
    const bad = tamperFile(dir, 'factstore', path, `${JSON.stringify(facts[0])}\n${JSON.stringify(forged)}\n`);
    const reader = open(dir);
    const error = await reader.trailHistory('payments', 't1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INTEGRITY' });
    expect(String(error)).toContain(`${path}:2 was changed by facts commit ${bad}`);
    reader.close();
  });

  it('reports removed lines and a removed trail file', async () => {
    const { dir, facts } = await store();
    const path = trailPath('payments', 't1');
    tamperFile(dir, 'factstore', path, `${JSON.stringify(facts[0])}\n`);
    const reader = open(dir);
    await expect(reader.trailHistory('payments', 't1')).rejects.toThrow(`${path}:2 was removed`);
    reader.close();
    const other = await store();
    tamperFile(other.dir, 'factstore', path, null);
    const damaged = open(other.dir);
    await expect(damaged.trailHistory('payments', 't1')).rejects.toMatchObject({ code: 'INTEGRITY', message: expect.stringContaining(`${path} was removed`) as unknown });
    damaged.close();
  });

  it('says a facts commit that is not there is not found', async () => {
    const { dir } = await store();
    const reader = open(dir);
    await expect(reader.trailHistory('payments', 't1', { at: 'f'.repeat(40) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    reader.close();
  });
});

describe('trail history cost', () => {
  it('reads only the versions of the trail file with native git, whatever else the store holds', async () => {
    const { dir, commits } = await store();
    const gitdir = `${dir}/.git`;
    const options = { gitdir, start: commits[1]!, path: trailPath('payments', 't1'), file: true };
    const native = new CountingReader(gitdir);
    expect((await pathHistory({ ...options, reader: native, gitBinary: 'git' })).length).toBe(2);
    expect(native.reads).toBe(2);
    // without native git the commits themselves are read: all 12 here, since t1 was the first trail
    const walked = new CountingReader(gitdir);
    expect((await pathHistory({ ...options, reader: walked, gitBinary: undefined })).length).toBe(2);
    expect(walked.reads).toBeGreaterThan(12 * 2);
  });

  it('without native git, walks back only to the commit that created the trail', async () => {
    const { dir } = await store();
    const writer = new LocalGitStore({ dir, signer: sshSigner(key.privateKey) });
    const late = [started('late'), approved('late')];
    await writer.append({ facts: [late[0]!] });
    const tip = (await writer.append({ facts: [late[1]!] })).commit!;
    const gitdir = `${dir}/.git`;
    const walked = new CountingReader(gitdir);
    const history = await pathHistory({ reader: walked, gitdir, gitBinary: undefined, start: tip, path: trailPath('payments', 'late'), file: true });
    expect(history.map((h) => h.facts)).toEqual([[late[0]], [late[1]]]);
    // 3 commits of the 14 (the last without the file), a few trees each, 2 blobs
    expect(walked.reads).toBeLessThan(20);
  });
});
