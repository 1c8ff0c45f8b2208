import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/core/config/parse-duration.js';
import { FactstoreError } from '../../src/core/errors.js';

describe('parseDuration', () => {
  it.each([
    ['45s', 45_000],
    ['90m', 90 * 60_000],
    ['12h', 12 * 3_600_000],
    ['30d', 30 * 86_400_000],
    ['2w', 14 * 86_400_000],
    [' 1d ', 86_400_000],
  ])('%j is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '0d', '30', 'd', '1.5h', '30 days', '1y', '-1d', '1234567d', '30D'])('refuses %j with an example', (text) => {
    expect(() => parseDuration(text)).toThrow(FactstoreError);
    expect(() => parseDuration(text)).toThrow(/whole number followed by s, m, h, d or w \(for example 30d, 12h or 90m\)/);
  });
});
