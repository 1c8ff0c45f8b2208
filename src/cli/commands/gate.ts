import { gateCommit } from '../../core/evaluate/index.js';
import { decisionFacts } from '../../core/evaluate/decision-facts.js';
import { breakdownFromGate } from '../../core/report/breakdown/index.js';
import { flag, optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { branchesContaining } from '../context/branches-containing.js';
import { findGit } from '../context/find-git.js';
import { headCommit } from '../context/head-commit.js';
import { resolveCommit } from '../context/resolve-commit.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { recordFacts } from '../facts/record.js';
import { MARKDOWN_OPTION, printMarkdown, wantsMarkdown } from '../output/markdown.js';
import { renderGate } from '../output/render-evaluation.js';
import { trustOption, withTrust } from '../output/render-trust.js';
import { short } from '../output/table.js';

export const gate: Command = {
  path: ['gate'],
  summary: 'the gate decision for a git commit, per applicable flow: exit 0 GATE_ALLOWED, 1 GATE_BLOCKED, 3 integrity failure',
  usage: 'gate [--commit SHA] [--flow F] [--git-branch B] [--environment E] [--record] [--markdown]',
  options: [
    { name: 'commit', type: 'string', value: 'SHA', description: 'the git commit: 40 hex, a unique prefix or a revision such as HEAD (default: HEAD of the --store repository)' },
    { name: 'flow', type: 'string', value: 'F', description: 'gate only this flow (default: every flow of the config)' },
    { name: 'git-branch', type: 'string', value: 'B', description: 'the branch the commit is judged for, for branch-limited flows (default: every branch of this repository that contains it)' },
    { name: 'environment', type: 'string', value: 'E', description: 'gate only the flows that gate deployments to this environment, as deployment protection does' },
    { name: 'record', type: 'boolean', description: 'also record the decision of each flow as a signed decision fact' },
    MARKDOWN_OPTION,
  ],
  details: `The branch a flow's branches: are matched against comes from --git-branch, else from the branches
of this repository that contain the commit; never from what a trail recorded. A commit no flow applies to is
blocked (exit 1), unless the config sets gate.allow_unscoped: true.
Only facts that a key of trust.signers (with authority for them) appended count; the others are left out and
listed. A facts branch that was rewritten, rolled back below the last decision, merged into, or read through
replaced objects fails closed with exit 3.
With --record, one decision fact per flow names the facts commit the decision was taken on and the
commit of the committed config that decided (none with --config FILE), so it can be replayed; it needs a
signing key listed under trust.signers.`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const flowName = optionalString(values, 'flow');
    if (flowName !== undefined) ctx.flow(config, flowName);
    const givenCommit = optionalString(values, 'commit');
    const record = flag(values, 'record');
    const markdown = wantsMarkdown(ctx, values);
    const signer = record ? await ctx.writer(config) : undefined;
    const store = ctx.openStore(config, signer);
    const commit = givenCommit !== undefined ? await resolveCommit(store.gitdir, givenCommit, findGit(ctx.io.env)) : await headCommit(store.gitdir);
    const gitBranch = optionalString(values, 'git-branch');
    const branches = gitBranch !== undefined ? [gitBranch] : await branchesContaining(ctx.io.cwd, commit, findGit(ctx.io.env), store.branch);
    const environment = optionalString(values, 'environment');
    const now = ctx.now();
    const facts = await openTrusted(config, store);
    const evaluated = await gateCommit({
      store: facts,
      config,
      commit,
      now,
      policyEvaluator: ctx.policyEvaluator(),
      ...(flowName !== undefined ? { flow: flowName } : {}),
      ...(branches !== undefined ? { branches } : {}),
      ...(environment !== undefined ? { environment } : {}),
    });
    const result = { ...evaluated, trust: await facts.report() };

    let recorded: { commit: string | null; facts: string[] } | undefined;
    if (record) {
      const root = await ctx.trustRoot();
      const configCommit = root?.source === 'ref' ? root.commit : undefined;
      const decisions = decisionFacts(result, { actor: ctx.actor(), ts: now.toISOString(), ...(configCommit !== undefined ? { configCommit } : {}), ...(environment !== undefined ? { environment } : {}), noFactsBranch: 'the facts branch does not exist yet, so there is nothing to record a decision on: run factstore init first.' });
      const written = decisions.length === 0 ? undefined : await recordFacts(store, decisions);
      recorded = { commit: written?.commit ?? null, facts: decisions.map((f) => f.id) };
    }
    await facts.decided(recorded?.commit ?? undefined);
    if (markdown) printMarkdown(ctx, breakdownFromGate(result, config.flows, { now, types: config.types, ...trustOption(result.trust) }));
    else ctx.emit('cli/gate', { ...result, ...(recorded !== undefined ? { recorded } : {}) }, () => {
      const text = withTrust(renderGate(result), result.trust);
      if (recorded === undefined) return text;
      return `${text}\n  recorded ${recorded.facts.length} decision fact(s)${recorded.commit !== null ? ` in facts commit ${short(recorded.commit)}` : ''}`;
    });
    return result.decision === 'GATE_ALLOWED' ? EXIT_OK : EXIT_NOT_OK;
  },
};
