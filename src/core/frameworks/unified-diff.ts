type Op = { kind: ' ' | '-' | '+'; line: string };

/**
 * A unified diff (`diff -u`) of two texts, with `context` unchanged lines around each change,
 * or '' when they are equal. Lines are compared whole, newline included.
 */
export function unifiedDiff(before: string, after: string, labels: { from: string; to: string }, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(lines(before), lines(after));
  const out = [`--- ${labels.from}\n`, `+++ ${labels.to}\n`];
  for (const [start, end] of hunkRanges(ops, context)) {
    const slice = ops.slice(start, end);
    const oldStart = ops.slice(0, start).filter((o) => o.kind !== '+').length + 1;
    const newStart = ops.slice(0, start).filter((o) => o.kind !== '-').length + 1;
    const oldCount = slice.filter((o) => o.kind !== '+').length;
    const newCount = slice.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n`);
    for (const op of slice) out.push(`${op.kind}${op.line}${op.line.endsWith('\n') ? '' : '\n\\ No newline at end of file\n'}`);
  }
  return out.join('');
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function range(start: number, count: number): string {
  return `${count === 0 ? start - 1 : start},${count}`;
}

/** [start, end) of the ops each hunk shows: changes closer than 2 × context share a hunk. */
function hunkRanges(ops: readonly Op[], context: number): [number, number][] {
  const ranges: [number, number][] = [];
  ops.forEach((op, i) => {
    if (op.kind === ' ') return;
    const start = Math.max(0, i - context);
    const end = Math.min(ops.length, i + context + 1);
    const last = ranges[ranges.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  });
  return ranges;
}

/** Myers' O((N+M)D) shortest edit script between two line lists. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  const max = a.length + b.length;
  const offset = max + 1;
  const v: number[] = new Array<number>(2 * max + 3).fill(0);
  const trace: number[][] = [];
  for (let d = 0; d <= max; d++) {
    trace.push([...v]);
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && at(v, offset + k - 1) < at(v, offset + k + 1)) ? at(v, offset + k + 1) : at(v, offset + k - 1) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) return backtrack(trace, a, b, offset);
    }
  }
  return [];
}

function backtrack(trace: readonly number[][], a: readonly string[], b: readonly string[], offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d] ?? [];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(v, offset + k - 1) < at(v, offset + k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(v, offset + prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[x - 1] ?? '' });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[y - 1] ?? '' });
      else ops.push({ kind: '-', line: a[x - 1] ?? '' });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

function at(v: readonly number[], i: number): number {
  return v[i] ?? 0;
}
