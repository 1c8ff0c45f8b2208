import type { PostureLevel } from './posture-level.js';
import type { PostureReport } from './build-posture.js';

const DOT: Record<PostureLevel, string> = { green: '🟢', yellow: '🟡', red: '🔴', none: '⚪' };
const pct = (p: number | null) => (p === null ? 'n/a' : `${p} %`);

/** The posture as Markdown, for a job summary or a report: green ≥ 80 %, yellow ≥ 50 %, red below. */
export function postureMarkdown(r: PostureReport): string {
  const out = [`## Compliance posture${r.since !== null ? ` since ${r.since.slice(0, 10)}` : ''}`, ''];
  out.push('### Flows', '', '| | flow | trails | compliant | non-compliant | pending | compliant share |', '|---|---|---|---|---|---|---|');
  for (const f of r.flows) out.push(`| ${DOT[f.level]} | ${f.flow} | ${f.trails} | ${f.compliant} | ${f.nonCompliant} | ${f.pending} | ${pct(f.percent)} |`);
  if (r.environments.length > 0) {
    out.push('', '### Environments', '', '| | environment | type | status | running | drifting | newest snapshot |', '|---|---|---|---|---|---|---|');
    for (const e of r.environments) {
      const dot = e.status === 'COMPLIANT' ? '🟢' : e.status === 'NO_SNAPSHOT' ? '⚪' : '🔴';
      out.push(`| ${dot} | ${e.environment} | ${e.type} | ${e.status === 'NON_COMPLIANT' ? 'DRIFTING' : e.status} | ${e.running} | ${e.drifting} | ${e.snapshot ?? '-'} |`);
    }
  }
  for (const fw of r.frameworks) {
    out.push('', `### ${fw.title}`, '', '| | control | passing | failing | passing share |', '|---|---|---|---|---|');
    for (const c of fw.controls) out.push(`| ${DOT[c.level]} | **${c.id}** ${c.title} | ${c.passing} | ${c.failing} | ${c.level === 'none' ? 'no flow evidences it' : pct(c.percent)} |`);
  }
  return `${out.join('\n')}\n`;
}
