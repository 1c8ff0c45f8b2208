import { resolveGitDir } from '../../core/store/local/git-dir.js';
import { fetchFactsBranch, type FetchFactsResult } from '../../core/store/local/fetch-facts.js';
import { optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { FACTS_REMOTE } from '../context/context.js';
import { findGit } from '../context/find-git.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { short } from '../output/table.js';

export const fetchCommand: Command = {
  path: ['fetch'],
  summary: 'bring the facts branch up to date from the remote (uses the network), only ever forward',
  usage: 'fetch [--remote NAME]',
  options: [{ name: 'remote', type: 'string', value: 'NAME', description: `the remote to fetch from (default ${FACTS_REMOTE})` }],
  details: `Runs git fetch for the facts branch, then moves the local facts branch forward to it: creates it when
missing (a plain clone has only ${FACTS_REMOTE}/<branch>), fast-forwards it when the remote has new facts, and
leaves it alone when it holds facts the remote lacks (git push them) or when the two have diverged, so no
local fact is dropped. The only CLI command besides doctor --github that uses the network.
Exit 0 when the local branch is the remote's or ahead of it, 1 when they have diverged, 2 when the fetch failed.`,
  async run(ctx, { values }) {
    const config = await ctx.configIfPresent();
    const remote = optionalString(values, 'remote') ?? FACTS_REMOTE;
    const git = findGit(ctx.io.env);
    const result = await fetchFactsBranch({
      gitdir: resolveGitDir(ctx.storeDir()),
      remote,
      branch: ctx.branch(config),
      ...(ctx.dryRun ? { dryRun: true } : {}),
      ...(git !== undefined ? { git } : {}),
    });
    ctx.emit('cli/fetch', { ...result, ...(ctx.dryRun ? { dryRun: true } : {}) }, () => describe(result, ctx.dryRun));
    return result.outcome === 'diverged' ? EXIT_NOT_OK : EXIT_OK;
  },
};

function describe(r: FetchFactsResult, dryRun: boolean): string {
  const remoteRef = `${r.remote}/${r.branch}`;
  const would = dryRun ? 'would be ' : '';
  switch (r.outcome) {
    case 'created':
      return `${r.branch} ${would}created at ${short(r.remoteTip)}, the tip of ${remoteRef}${r.commits > 0 ? ` (${r.commits} facts commits)` : ''}.`;
    case 'fast-forward':
      return `${r.branch} ${would}moved forward from ${short(r.localBefore ?? '')} to ${short(r.remoteTip)}${r.commits > 0 ? `: ${r.commits} new facts commit(s) from ${remoteRef}` : ` (${remoteRef} has commits not fetched yet)`}.`;
    case 'up-to-date':
      return `${r.branch} is up to date with ${remoteRef} at ${short(r.remoteTip)}.`;
    case 'ahead':
      return `${r.branch} has ${r.commits} facts commit(s) that ${remoteRef} lacks: push them with git push ${r.remote} ${r.branch}.`;
    case 'diverged':
      return [
        `DIVERGED  ${r.branch} at ${short(r.localBefore ?? '')} and ${remoteRef} at ${short(r.remoteTip)} each hold commits the other lacks; ${r.branch} was left as it was.`,
        `  Either ${remoteRef} was rewritten (check it: factstore verify reads it in a clone that has only ${remoteRef}),`,
        `  or facts were written here and on ${r.remote} at once: keep a copy of the local ones (git branch ${r.branch}-local ${r.branch}),`,
        `  move ${r.branch} to ${remoteRef} (git update-ref refs/heads/${r.branch} ${r.remoteTip}) and record the missing facts again.`,
      ].join('\n');
  }
}
