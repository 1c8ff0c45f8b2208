import { evaluateTrail } from '../../core/evaluate/index.js';
import type { TrailFact } from '../../core/model/fact.js';
import { optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { withTrust } from '../output/render-trust.js';
import { EXIT_OK } from '../exit-codes.js';
import { table } from '../output/table.js';

export const trailsList: Command = {
  path: ['trails', 'list'],
  summary: 'list trails with their compliance status',
  usage: 'trails list [--flow F]',
  options: [{ name: 'flow', type: 'string', value: 'F', description: 'only the trails of this flow' }],
  details: `Trails of flows no longer in the config are listed with no status. Only facts that a trusted key
(with authority for them) appended count: a trail with none is not listed, and what was left out is named.`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const only = optionalString(values, 'flow');
    if (only !== undefined) ctx.flow(config, only);
    const store = await openTrusted(config, ctx.openStore(config));
    await store.prefetch(only);
    const refs = await store.listTrails(only);
    const trails = await Promise.all(
      refs.map(async ({ flow, trail }) => {
        const facts = await store.readTrail(flow, trail);
        const start = facts.find((f): f is TrailFact => f.kind === 'trail');
        const flowConfig = Object.hasOwn(config.flows, flow) ? config.flows[flow] : undefined;
        const evaluation = flowConfig === undefined ? undefined : evaluateTrail({ flow: flowConfig, trail, facts, policies: config.policies, policyEvaluator: ctx.policyEvaluator() });
        return {
          flow,
          trail,
          commit: start?.commit,
          gitBranch: start?.gitBranch,
          started: start?.ts,
          facts: facts.length,
          status: evaluation?.status ?? null,
          missing: evaluation?.missing ?? [],
          failed: evaluation?.failed ?? [],
          details: evaluation?.details ?? `flow ${flow} is not in the config`,
        };
      }),
    );
    trails.sort((a, b) => a.flow.localeCompare(b.flow) || (b.started ?? '').localeCompare(a.started ?? ''));
    const trust = await store.report();
    ctx.emit('cli/trails-list', { ...(only !== undefined ? { flow: only } : {}), trails, trust }, () =>
      withTrust(
        trails.length === 0
          ? `No trails${only !== undefined ? ` in flow ${only}` : ''} yet: start one with factstore trails begin --flow F.`
          : table([['FLOW', 'TRAIL', 'STATUS', 'STARTED', 'DETAILS'], ...trails.map((t) => [t.flow, t.trail, t.status ?? '-', t.started ?? '-', t.details])]),
        trust,
      ),
    );
    return EXIT_OK;
  },
};
