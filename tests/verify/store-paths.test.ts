// classifyPath on the edges of the store layout, and the append check on the edges of a file.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trailPath } from '../../src/core/store/layout.js';
import { firstChangedLine, isAppendOf } from '../../src/core/verify/append-only.js';
import { classifyPath } from '../../src/core/verify/store-paths.js';

const HEX = 'ab'.repeat(32);
const SHA1 = 'a1'.repeat(20);
const TRAILS = 'trails/<flow>/<sha256(trail)[0:2]>/<trail>.ndjson';
const LOOSE = 'loose/<kind>/<flow or environment>/<yyyy-mm>.ndjson';
const INDEX = 'index/artifacts/<aa>/<sha256 hex>.ndjson or index/commits/<aa>/<commit>.ndjson';
const EVIDENCE = 'evidence/<aa>/<sha256 hex of the bytes>';

describe('classifyPath edges', () => {
  it('trail files: names of 1 to 128 characters starting with a letter or digit, no "..", .ndjson, nothing nested', () => {
    const long = `a${'b'.repeat(127)}`;
    expect(classifyPath(trailPath('p', long))).toEqual({ kind: 'trail', flow: 'p', trail: long });
    expect(classifyPath(trailPath('p', 'x'))).toEqual({ kind: 'trail', flow: 'p', trail: 'x' });
    expect(classifyPath(trailPath(long, 'x'))).toEqual({ kind: 'trail', flow: long, trail: 'x' });
    for (const bad of [trailPath('p', `${long}c`), trailPath(`${long}c`, 'x'), trailPath('p', '-x'), trailPath('p', 'a..b'), trailPath('.p', 'x'), trailPath('p', 'x').replace('.ndjson', '.json'), `${trailPath('p', 'x')}/y`, 'trails/p', 'trails']) {
      expect([bad, classifyPath(bad)]).toEqual([bad, { kind: 'unexpected', expected: TRAILS }]);
    }
  });

  it('loose files: kind, key and a yyyy-mm month', () => {
    expect(classifyPath('loose/decision/payments/2026-11.ndjson')).toEqual({ kind: 'loose', factKind: 'decision', key: 'payments', month: '2026-11' });
    for (const bad of ['loose/decision/payments/2026-1.ndjson', 'loose/decision/payments/x2026-11.ndjson', 'loose/decision/payments/2026-11x.ndjson', 'loose/decision/payments/2026-11.json', 'loose/-d/payments/2026-11.ndjson', 'loose/decision/-p/2026-11.ndjson', 'loose/decision/payments/2026-11.ndjson/x', 'loose/decision/payments', 'loose/decision']) {
      expect([bad, classifyPath(bad)]).toEqual([bad, { kind: 'unexpected', expected: LOOSE }]);
    }
  });

  it('index files: 64 hex for artifacts, 40 for commits, lower case, in their own shard', () => {
    expect(classifyPath(`index/artifacts/ab/${HEX}.ndjson`)).toEqual({ kind: 'index', index: 'artifacts', key: HEX });
    expect(classifyPath(`index/commits/a1/${SHA1}.ndjson`)).toEqual({ kind: 'index', index: 'commits', key: SHA1 });
    for (const bad of [
      `index/artifacts/ab/${SHA1}.ndjson`,
      `index/commits/ab/${HEX}.ndjson`,
      `index/artifacts/AB/${HEX.toUpperCase()}.ndjson`,
      `index/artifacts/ab/x${HEX}.ndjson`,
      `index/artifacts/ab/${HEX}0.ndjson`,
      `index/commits/a1/${SHA1}x.ndjson`,
      `index/commits/x${SHA1.slice(1)}.ndjson`,
      `index/artifacts/cd/${HEX}.ndjson`,
      `index/artifacts/ab/${HEX}`,
      `index/artifacts/ab/${HEX}.ndjson/x`,
      'index/artifacts',
    ]) {
      expect([bad, classifyPath(bad)]).toEqual([bad, { kind: 'unexpected', expected: INDEX }]);
    }
  });

  it('evidence files: 64 lower-case hex in their own shard, nothing nested', () => {
    expect(classifyPath(`evidence/ab/${HEX}`)).toEqual({ kind: 'evidence', hex: HEX });
    for (const bad of [`evidence/ab/${HEX}.xml`, `evidence/ab/x${HEX}`, `evidence/AB/${HEX.toUpperCase()}`, `evidence/ab/${HEX}/x`, 'evidence/ab', 'evidence']) {
      expect([bad, classifyPath(bad)]).toEqual([bad, { kind: 'unexpected', expected: EVIDENCE }]);
    }
  });

  it('everything else is outside the layout', () => {
    expect(classifyPath('README.md')).toEqual({ kind: 'other' });
    expect(classifyPath('docs/trails/x.ndjson')).toEqual({ kind: 'other' });
  });
});

describe('isAppendOf and firstChangedLine edges', () => {
  const blob = (text: string) => ({ oid: createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0${text}`).digest('hex'), size: Buffer.byteLength(text) });

  it('the same bytes are an append of nothing; other bytes of the same length are not', () => {
    expect(isAppendOf(blob('a\n'), Buffer.from('a\n'))).toBe(true);
    expect(isAppendOf(blob('a\n'), Buffer.from('b\n'))).toBe(false);
    // a version one byte shorter than the old one
    expect(isAppendOf(blob('ab\n'), Buffer.from('a\n'))).toBe(false);
  });

  it('one version a prefix of the other: the line after the shorter one', () => {
    expect(firstChangedLine(Buffer.from('a\nb\n'), Buffer.from('a\nb\nc\n'))).toBe(3);
    expect(firstChangedLine(Buffer.from('a\nb\nc\n'), Buffer.from('a\n'))).toBe(2);
    expect(firstChangedLine(Buffer.from('abc'), Buffer.from('abd'))).toBe(1);
  });
});
