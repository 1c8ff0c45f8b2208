/** Rows of cells as aligned columns (two spaces apart), each line indented by `indent`. */
export function table(rows: readonly (readonly string[])[], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

export function short(sha: string | null | undefined, length = 12): string {
  if (sha === null || sha === undefined) return '-';
  return sha.startsWith('sha256:') ? `sha256:${sha.slice(7, 7 + length)}…` : sha.slice(0, length);
}
