// Work over a second shows one progress line on a terminal's stderr, redrawn in place and wiped
// before any other output and at the end; nothing of it reaches a pipe or a log.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main.js';
import { ProgressLine } from '../../src/cli/output/progress-line.js';
import { startTrail, workspace } from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('ProgressLine', () => {
  it('appears only after the delay, redraws with the latest status and the seconds, and pads over a longer line', () => {
    vi.useFakeTimers();
    let now = 0;
    let out = '';
    const line = new ProgressLine((t) => (out += t), 'factstore verify', { afterMs: 1000, everyMs: 250, now: () => now });
    line.set('10 commits checked');
    now = 999;
    vi.advanceTimersByTime(999);
    expect(out).toBe('');
    now = 1000;
    vi.advanceTimersByTime(1);
    expect(out).toBe('\rfactstore verify: 10 commits checked (1 s)');
    line.set('9 x');
    now = 2250;
    vi.advanceTimersByTime(250);
    const longer = 'factstore verify: 10 commits checked (1 s)'.length;
    expect(out.slice(out.lastIndexOf('\r'))).toBe(`\r${'factstore verify: 9 x (2 s)'.padEnd(longer)}`);
    out = '';
    line.stop();
    expect(out).toBe(`\r${' '.repeat('factstore verify: 9 x (2 s)'.length)}\r`);
    out = '';
    vi.advanceTimersByTime(5000);
    expect(out).toBe('');
  });

  it('says "working" without a status, and wipes nothing that was never drawn', () => {
    vi.useFakeTimers();
    let out = '';
    const quick = new ProgressLine((t) => (out += t), 'factstore assert', { now: () => 0 });
    quick.stop();
    vi.advanceTimersByTime(2000);
    expect(out).toBe('');
    const slow = new ProgressLine((t) => (out += t), 'factstore assert', { now: () => 0 });
    vi.advanceTimersByTime(1000);
    expect(out).toBe('\rfactstore assert: working (0 s)');
    slow.stop();
  });
});

describe('the CLI', () => {
  async function verify(tty: boolean) {
    const w = await workspace();
    await startTrail(w, 't1');
    let stdout = '';
    let stderr = '';
    const code = await run(['verify'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env: w.env,
      cwd: w.repo,
      stderrIsTTY: tty,
      progressAfterMs: 0,
    });
    return { code, stdout, stderr };
  }

  it('on a terminal, verify counts the commits it checked on stderr and wipes the line before its report', async () => {
    const r = await verify(true);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\rfactstore verify: (working|\d+ commits checked) \(0 s\)/);
    // the last thing on stderr is the wipe: the terminal is left clean
    expect(r.stderr).toMatch(/\r {20,}\r$/);
    expect(r.stdout).toMatch(/^VERIFIED/);
    expect(r.stdout).not.toContain('\r');
  });

  it('into a pipe or a log, nothing of it is written', async () => {
    const r = await verify(false);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('commits checked');
  });
});
