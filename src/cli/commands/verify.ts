import { badInput } from '../../core/errors.js';
import { LocalHighWaterMark } from '../../core/store/local/local-high-water.js';
import { verifyStore, type VerifyReport } from '../../core/verify/index.js';
import { optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { FACTS_REMOTE } from '../context/context.js';
import { EXIT_INTEGRITY, EXIT_OK } from '../exit-codes.js';
import { short, table } from '../output/table.js';

export const verify: Command = {
  path: ['verify'],
  summary: 'check every facts commit signature, fact and evidence hash: exit 0 clean, 3 integrity failure',
  usage: 'verify [--checkpoint SHA]',
  options: [
    { name: 'checkpoint', type: 'string', value: 'SHA', description: 'a facts commit seen before (full or abbreviated id): it must still be in the history (no rewrite)' },
  ],
  details: `Signatures are checked against trust.signers of the config; every fact against schemas/fact.schema.json;
every evidence file against its sha256; the tip must descend from the newest facts commit a decision was taken
on in this repository (its high-water mark, kept in the git directory) and from --checkpoint; replaced objects
and grafted commits of the branch are reported. The same signatures verify with plain git:
  git -c gpg.format=ssh -c gpg.ssh.allowedSignersFile=FILE verify-commit SHA`,
  async run(ctx, { values }) {
    const config = await ctx.requireConfig();
    const trusted = config.trust.signers;
    if (trusted.length === 0) {
      throw badInput(
        `no trusted signers in ${ctx.configLabel()}: run factstore keygen --out PATH and add the signer it prints under trust.signers, then verify again.`,
      );
    }
    const given = optionalString(values, 'checkpoint');
    const checkpoint = given === undefined ? undefined : checkCheckpoint(given);
    const store = ctx.openStore(config); // a clear error when --store is not a git repository
    // the newest decision taken in this repository is a checkpoint nobody has to remember
    const highWater = await new LocalHighWaterMark(store.gitdir, store.branch).read();
    const report = await verifyStore({
      dir: ctx.storeDir(),
      branch: store.branch,
      remote: FACTS_REMOTE,
      trusted,
      ...(checkpoint !== undefined ? { checkpoint } : {}),
      ...(highWater !== undefined ? { highWater } : {}),
      progress: (commits) => ctx.progress(`${commits.toLocaleString('en-US')} commits checked`),
    });
    ctx.emit('cli/verify', report, () => renderReport(report));
    return report.ok ? EXIT_OK : EXIT_INTEGRITY;
  },
};

/** A commit id, full or abbreviated: it goes to git, so nothing else gets through. */
function checkCheckpoint(value: string): string {
  const sha = value.trim().toLowerCase();
  if (!/^[0-9a-f]{4,40}$/.test(sha)) {
    throw badInput(`--checkpoint ${JSON.stringify(value)} is not a commit id: give the facts commit you recorded earlier (git rev-parse factstore).`);
  }
  return sha;
}

function renderReport(r: VerifyReport): string {
  const counts = `${r.commits} commit(s), ${r.facts} fact(s), ${r.evidence} evidence file(s)`;
  const checkpoint =
    (r.checkpoint === undefined ? '' : `; checkpoint ${short(r.checkpoint.commit)} ${r.checkpoint.ancestor ? 'is' : 'is NOT'} an ancestor of the tip`) +
    (r.highWater === undefined ? '' : `; the last decision taken here (facts ${short(r.highWater.commit)}) ${r.highWater.ancestor ? 'is' : 'is NOT'} in the history`);
  const head = `${r.ok ? 'VERIFIED' : 'INTEGRITY FAILURE'}  ${r.branch} at ${short(r.tip)}: ${counts}${checkpoint}`;
  if (r.problems.length === 0) return `${head}\n  every commit is signed by a trusted signer; every fact and evidence file checks out`;
  const rows = r.problems.map((p) => [p.code, p.commit === undefined ? '-' : short(p.commit), p.path === undefined ? '-' : `${p.path}${p.line !== undefined ? `:${p.line}` : ''}`, p.message]);
  return `${head}\n  ${r.problems.length} problem(s):\n${table(rows, '  ')}`;
}
