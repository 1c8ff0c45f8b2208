import { gateCommit } from '../../core/evaluate/index.js';
import { decisionFacts } from '../../core/evaluate/decision-facts.js';
import { checkCommit } from '../../core/model/names.js';
import { breakdownFromGate } from '../../core/report/breakdown/index.js';
import { flag, optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { headCommit } from '../context/head-commit.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { recordFacts } from '../facts/record.js';
import { MARKDOWN_OPTION, printMarkdown, wantsMarkdown } from '../output/markdown.js';
import { renderGate } from '../output/render-evaluation.js';
import { short } from '../output/table.js';

export const gate: Command = {
  path: ['gate'],
  summary: 'the gate decision for a git commit, per applicable flow: exit 0 GATE_ALLOWED, 1 GATE_BLOCKED',
  usage: 'gate [--commit SHA] [--flow F] [--git-branch B] [--environment E] [--record] [--markdown]',
  options: [
    { name: 'commit', type: 'string', value: 'SHA', description: 'the git commit, 40 hex (default: HEAD of the --store repository)' },
    { name: 'flow', type: 'string', value: 'F', description: 'gate only this flow (default: every flow of the config)' },
    { name: 'git-branch', type: 'string', value: 'B', description: "the commit's branch, for branch-limited flows (default: from the trail)" },
    { name: 'environment', type: 'string', value: 'E', description: 'gate only the flows that gate deployments to this environment, as deployment protection does' },
    { name: 'record', type: 'boolean', description: 'also record the decision of each flow as a signed decision fact' },
    MARKDOWN_OPTION,
  ],
  details: `With --record, one decision fact per flow names the facts commit the decision was taken on and the
commit of the committed config that decided (none with --config FILE), so it can be replayed; it needs a
signing key listed under trust.signers.`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flowName = optionalString(values, 'flow');
    if (flowName !== undefined) ctx.flow(config, flowName);
    const givenCommit = optionalString(values, 'commit');
    const commitFlag = givenCommit === undefined ? undefined : checkCommit(givenCommit);
    const record = flag(values, 'record');
    const markdown = wantsMarkdown(ctx, values);
    const signer = record ? await ctx.writer(config) : undefined;
    const store = ctx.openStore(config, signer);
    const commit = commitFlag ?? (await headCommit(store.gitdir));
    const gitBranch = optionalString(values, 'git-branch');
    const environment = optionalString(values, 'environment');
    const now = ctx.now();
    const result = await gateCommit({
      store,
      config,
      commit,
      now,
      policyEvaluator: ctx.policyEvaluator(),
      ...(flowName !== undefined ? { flow: flowName } : {}),
      ...(gitBranch !== undefined ? { gitBranch } : {}),
      ...(environment !== undefined ? { environment } : {}),
    });

    let recorded: { commit: string | null; facts: string[] } | undefined;
    if (record) {
      const root = await ctx.trustRoot();
      const configCommit = root?.source === 'ref' ? root.commit : undefined;
      const facts = decisionFacts(result, { actor: ctx.actor(), ts: now.toISOString(), ...(configCommit !== undefined ? { configCommit } : {}), ...(environment !== undefined ? { environment } : {}), noFactsBranch: 'the facts branch does not exist yet, so there is nothing to record a decision on: run factstore init first.' });
      const written = facts.length === 0 ? undefined : await recordFacts(store, facts);
      recorded = { commit: written?.commit ?? null, facts: facts.map((f) => f.id) };
    }
    if (markdown) printMarkdown(ctx, breakdownFromGate(result, config.flows, { now, types: config.types }));
    else ctx.emit('cli/gate', { ...result, ...(recorded !== undefined ? { recorded } : {}) }, () => {
      const text = renderGate(result);
      if (recorded === undefined) return text;
      return `${text}\n  recorded ${recorded.facts.length} decision fact(s)${recorded.commit !== null ? ` in facts commit ${short(recorded.commit)}` : ''}`;
    });
    return result.decision === 'GATE_ALLOWED' ? EXIT_OK : EXIT_NOT_OK;
  },
};
