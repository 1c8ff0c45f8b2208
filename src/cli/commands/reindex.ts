import { reindexStore } from '../../core/search/reindex-store.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';

export const reindex: Command = {
  path: ['reindex'],
  summary: 'write the search indexes for facts recorded before they existed (run once after upgrading)',
  usage: 'reindex',
  options: [],
  details: `factstore search finds trails, artifacts, attestation types and actors through indexes written with each
fact. Facts recorded by an older factstore have none: this appends the missing index lines, in signed commits
of at most 2,000 facts, and never a fact twice. Running it again writes nothing. The key must be trusted, as for
any write; index lines are hints, so search still counts only facts whose commits trusted keys signed.`,
  async run(ctx) {
    const config = await ctx.requireConfig();
    const signer = await ctx.writer(config);
    const store = ctx.openStore(config, signer);
    const r = await reindexStore(store);
    const document = { store: ctx.storeDir(), branch: store.branch, ...r };
    ctx.emit('cli/reindex', document, () =>
      r.indexed === 0
        ? `every index line of the ${r.facts} facts in ${r.trails} trails is there: nothing was written.`
        : `${ctx.dryRun ? 'would index' : 'indexed'} ${r.facts} facts in ${r.trails} trails: ${r.indexed} index lines${r.commits.length > 0 ? ` in ${r.commits.length} commit(s), the last ${r.commits[r.commits.length - 1] ?? ''}` : ''}.`,
    );
    return EXIT_OK;
  },
};
