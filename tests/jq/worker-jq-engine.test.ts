// The jq engine runs real jq (jq-wasm) in a worker thread; these tests need the built worker
// (`npm test` builds first).
import { afterAll, describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { createWorkerJqEngine } from '../../src/core/jq/worker-jq-engine.js';

const engine = createWorkerJqEngine();
afterAll(() => engine.close());

function failure(run: () => unknown): FactstoreError {
  try {
    run();
  } catch (e) {
    if (e instanceof FactstoreError) return e;
    throw e;
  }
  throw new Error('expected a FactstoreError');
}

describe('worker jq engine', () => {
  it('loads nothing until the first evaluation', () => {
    const lazy = createWorkerJqEngine();
    expect(lazy.loaded).toBe(false);
    expect(lazy.run('.a + 1', { a: 1 })).toEqual([2]);
    expect(lazy.loaded).toBe(true);
    lazy.close();
    expect(lazy.loaded).toBe(false);
  });

  it('returns every output, synchronously', () => {
    expect(engine.run('.failures == 0 and .errors == 0', { failures: 0, errors: 0 })).toEqual([true]);
    expect(engine.run('.[] | select(. > 1)', [1, 2, 3])).toEqual([2, 3]);
    expect(engine.run('empty', null)).toEqual([]);
    expect(engine.run('{a: .}', 'x')).toEqual([{ a: 'x' }]);
  });

  it('a syntax error is a CONFIG error naming the expression', () => {
    const e = failure(() => engine.run('.failures ==', {}));
    expect(e.code).toBe('CONFIG');
    expect(e.message).toMatch(/^jq expression "\.failures ==" does not compile: syntax error, unexpected end of file/);
  });

  it('a runtime error is BAD_INPUT with jq\'s message', () => {
    const e = failure(() => engine.run('error("no summary")', {}));
    expect([e.code, e.message]).toEqual(['BAD_INPUT', 'jq expression "error(\\"no summary\\")" failed: no summary.']);
    expect(failure(() => engine.run('.a.b', { a: 5 })).message).toContain('Cannot index number with string ("b")');
  });

  it('an expression that never ends is stopped after the default 2 s, and the engine recovers', () => {
    const started = performance.now();
    const e = failure(() => engine.run('def f: f; f', null));
    const took = performance.now() - started;
    expect(e.message).toContain('did not finish within 2 s and was stopped');
    expect(took).toBeGreaterThanOrEqual(1900);
    expect(engine.run('1 + 1', null)).toEqual([2]);
  });

  it('an expression that explodes memory is stopped (its wasm heap is capped), and the engine recovers', () => {
    const e = failure(() => engine.run('[range(1e9)] | length', null));
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toMatch(/ran out of memory and was stopped|did not finish within 2 s/);
    expect(engine.run('[range(3)]', null)).toEqual([[0, 1, 2]]);
  });

  it('a shorter time limit can be set', () => {
    const quick = createWorkerJqEngine({ timeoutMs: 200 });
    expect(failure(() => quick.run('last(range(1e12))', null)).message).toContain('did not finish within 0.2 s');
    quick.close();
  });

  it('refuses input that is not JSON', () => {
    expect(failure(() => engine.run('.', undefined)).message).toContain('jq input must be a JSON value');
  });

  it('jq has no way out of its sandbox: no environment, no files', () => {
    expect(engine.run('$ENV | keys | map(select(test("KEY|TOKEN|SECRET")))', null)).toEqual([[]]);
    expect(failure(() => engine.run('input', null)).code).toBe('BAD_INPUT');
  });
});
