import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/core/frameworks/index.js';

const labels = { from: 'a/f', to: 'b/f' };
const numbered = (n: number) => Array.from({ length: n }, (_, i) => `l${i + 1}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', labels)).toBe('');
  });

  it('shows an insertion with three lines of context, as diff -u does', () => {
    const before = numbered(10);
    const after = before.replace('l5\n', 'l5\nnew\n');
    expect(unifiedDiff(before, after, labels)).toBe('--- a/f\n+++ b/f\n@@ -3,6 +3,7 @@\n l3\n l4\n l5\n+new\n l6\n l7\n l8\n');
  });

  it('splits distant changes into hunks and joins close ones', () => {
    const before = numbered(20);
    const after = before.replace('l2\n', 'L2\n').replace('l18\n', '');
    expect(unifiedDiff(before, after, labels)).toBe(
      '--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n@@ -15,6 +15,5 @@\n l15\n l16\n l17\n-l18\n l19\n l20\n',
    );
  });

  it('adds to an empty text and marks a missing final newline', () => {
    expect(unifiedDiff('', 'a\n', labels)).toBe('--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+a\n');
    expect(unifiedDiff('a', 'a\nb', labels)).toBe('--- a/f\n+++ b/f\n@@ -1,1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n\\ No newline at end of file\n');
  });
});
