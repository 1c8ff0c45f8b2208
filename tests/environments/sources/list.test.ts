import { describe, expect, it } from 'vitest';
import { readArtifactList } from '../../../src/core/environments/sources/index.js';
import { fixtureText, refusal } from './fixtures.js';

const PAYMENTS = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const EMPTY = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('readArtifactList', () => {
  it('normalises the prefix and case and groups the same entry written twice', () => {
    expect(readArtifactList(fixtureText('list', 'hand-made__artifact-list.json'))).toEqual({
      artifacts: [
        { name: 'acme-cli', digest: EMPTY, where: [{}] },
        { name: 'ghcr.io/acme/payments', digest: PAYMENTS, where: [{}] },
      ],
      skipped: [],
    });
  });

  it('reports every bad entry at once', () => {
    const text = JSON.stringify([{ name: 'ok', sha256: PAYMENTS }, { name: '', sha256: 'xyz' }, 5, { sha256: PAYMENTS }, { name: 'a', sha256: `sha512:${'0'.repeat(64)}` }]);
    const message = refusal(() => readArtifactList(text));
    expect(message).toMatch(/^the artifact list has 5 invalid entries: /);
    for (const part of ['[1].name is empty', '[1].sha256 "xyz" is not a sha256', '[2] is a number', '[3].name is missing', '[4].sha256 "sha512:']) {
      expect(message).toContain(part);
    }
  });

  it('caps the problems shown for a list that is wrong everywhere', () => {
    const text = JSON.stringify(Array.from({ length: 120 }, () => ({ name: 'x', sha256: 'bad' })));
    const message = refusal(() => readArtifactList(text));
    expect(message).toMatch(/has 120 invalid entries/);
    expect(message).toMatch(/; and 70 more\. Fix them and run again\.$/);
  });

  it('refuses a document that is not an array', () => {
    expect(refusal(() => readArtifactList('{"name":"x"}'))).toMatch(/^not the output of an artifact list .*: the top level is an object, not an array/);
  });
});
