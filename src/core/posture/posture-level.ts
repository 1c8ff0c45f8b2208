/** How auditors read a share: green at 80 % or more, yellow at 50 % or more, red below; none with nothing to count. */
export type PostureLevel = 'green' | 'yellow' | 'red' | 'none';

export function postureLevel(passing: number, total: number): { percent: number | null; level: PostureLevel } {
  if (total === 0) return { percent: null, level: 'none' };
  const percent = Math.floor((1000 * passing) / total) / 10;
  return { percent, level: percent >= 80 ? 'green' : percent >= 50 ? 'yellow' : 'red' };
}
