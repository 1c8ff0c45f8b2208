import { getFramework } from '../../core/frameworks/index.js';
import { buildPosture, type PostureReport } from '../../core/posture/build-posture.js';
import { postureMarkdown } from '../../core/posture/posture-markdown.js';
import { optionalString, stringList } from '../args/values.js';
import { wantsMarkdown } from '../output/markdown.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_OK } from '../exit-codes.js';
import { withTrust } from '../output/render-trust.js';
import { table } from '../output/table.js';
import { parseSince } from './log.js';

export const posture: Command = {
  path: ['posture'],
  summary: 'the compliance posture: per flow, per environment and per framework control, counted from the facts that count',
  usage: 'posture [--since DATE] [--framework NAME]… [--markdown]',
  options: [
    { name: 'since', type: 'string', value: 'DATE', description: 'count only trails started since DATE (e.g. 2026-10-01)' },
    { name: 'framework', type: 'string', multiple: true, value: 'NAME', description: 'also count the controls of this framework (factstore frameworks list; repeatable)' },
    { name: 'markdown', type: 'boolean', description: 'print Markdown (e.g. >> "$GITHUB_STEP_SUMMARY") instead of text' },
  ],
  details: `Per flow: the trails started in the window, COMPLIANT, NON_COMPLIANT or PENDING (not compliant only because
evidence is still coming), and the share COMPLIANT. Per runtime environment: its status on the newest snapshot and
how many running artifacts drift. Per control of each --framework: the trails of flows requiring the control's types
that evidence it (every such type PASSED, its approval granted, its policies kept) and those that do not.
Shares are coloured as auditors read them: green at 80 % or more, yellow at 50 % or more, red below.`,
  async run(ctx, { values }) {
    const markdown = wantsMarkdown(ctx, values);
    const since = parseSince(optionalString(values, 'since'));
    const config = await ctx.requireConfig();
    const frameworks = stringList(values, 'framework').map((name) => getFramework(name));
    const facts = await openTrusted(config, ctx.openStore(config));
    const report = await buildPosture({ config, store: facts, ...(since !== undefined ? { since } : {}), frameworks, policyEvaluator: ctx.policyEvaluator() });
    if (markdown) {
      ctx.io.stdout(postureMarkdown(report));
      return EXIT_OK;
    }
    const trust = await facts.report();
    ctx.emit('cli/posture', { ...report, trust }, () => withTrust(postureText(report), trust));
    return EXIT_OK;
  },
};

const pct = (p: number | null) => (p === null ? 'n/a' : `${p} %`);

function postureText(r: PostureReport): string {
  const parts = [
    `Flows${r.since !== null ? ` (trails started since ${r.since.slice(0, 10)})` : ''}:`,
    table([['FLOW', 'TRAILS', 'COMPLIANT', 'NON-COMPLIANT', 'PENDING', 'SHARE', ''], ...r.flows.map((f) => [f.flow, String(f.trails), String(f.compliant), String(f.nonCompliant), String(f.pending), pct(f.percent), f.level.toUpperCase()])], '  '),
  ];
  if (r.environments.length > 0) {
    parts.push('', 'Environments:', table([['ENVIRONMENT', 'TYPE', 'STATUS', 'RUNNING', 'DRIFTING', 'NEWEST SNAPSHOT'], ...r.environments.map((e) => [e.environment, e.type, e.status === 'NON_COMPLIANT' ? 'DRIFTING' : e.status, String(e.running), String(e.drifting), e.snapshot ?? '-'])], '  '));
  }
  for (const fw of r.frameworks) {
    parts.push('', `${fw.title}:`, table([['CONTROL', 'PASSING', 'FAILING', 'SHARE', ''], ...fw.controls.map((c) => [`${c.id} ${c.title}`, String(c.passing), String(c.failing), c.level === 'none' ? 'no flow evidences it' : pct(c.percent), c.level === 'none' ? '' : c.level.toUpperCase()])], '  '));
  }
  return parts.join('\n');
}
