// The simple paths a type's jq reads from its input, found without running it: every path reported
// must be one jq reads from the input (no false alarm on a sound type); some reads are not reported.
import { describe, expect, it } from 'vitest';
import { inputPaths } from '../../src/core/jq/input-paths.js';

describe('inputPaths', () => {
  it.each([
    ['.critical == 0', [['critical']]],
    ['.failures == 0 and .errors == 0', [['failures'], ['errors']]],
    ['(.critical // 0) + (.high // 0) == 0', [['critical'], ['high']]],
    ['[.a, .b.c] | add == 0', [['a'], ['b', 'c']]],
    ['.a?.b > 1', [['a', 'b']]],
    ['if .a > 0 then .b else .c end', [['a'], ['b'], ['c']]],
    ['-.a < 0.5 or .5 > .x', [['a'], ['x']]],
    ['.runs[].results | length', [['runs']]],
    ['.a[.i] == 1', [['a'], ['i']]],
    ['.a."quoted" == 1', [['a']]],
    ['.x == 1 # .commented', [['x']]],
    ['.a == 1, .a == 1', [['a']]],
  ])('%s reads %j', (query, paths) => {
    expect(inputPaths(query)).toEqual(paths);
  });

  it.each([
    // after a pipe, in function arguments, a catch handler or an object: not the input any more
    ['.a | .b', [['a']]],
    ['map(.x) | length', []],
    ['select(.q) | .z', []],
    ['try .a catch .b', [['a']]],
    ['{a: .x}', []],
    ['.a |= . + 1', [['a']]],
    ['. as $s | $s.q', []],
    ['$ENV.X == .y', [['y']]],
    ['env.HOME == .y', [['y']]],
    ['"\\(.a) and \\("(\\(.b))")" == "1"', []],
    ['..|.x', []],
    ['length > 0', []],
    // constructs the scanner does not follow: nothing reported at all
    ['reduce .[] as $x (0; . + $x) == .total', []],
    ['def f: .x; f == .y', []],
    ['.[] as [$a] ?// $a | .b', []],
  ])('%s reports only %j', (query, paths) => {
    expect(inputPaths(query)).toEqual(paths);
  });

  it('an unterminated string reports nothing rather than guessing', () => {
    expect(inputPaths('.a == "open')).toEqual([]);
  });
});
