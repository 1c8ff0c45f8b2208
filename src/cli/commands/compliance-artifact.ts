import { normalizeDigest } from '../../core/model/names.js';
import { buildCustodyReport, custodyText } from '../../core/report/custody/index.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { withTrust } from '../output/render-trust.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';

export const complianceArtifact: Command = {
  path: ['compliance', 'artifact'],
  summary: 'the chain of custody of an artifact: every trail, fact and facts commit; exit 0 COMPLIANT, 1 NON_COMPLIANT',
  usage: 'compliance artifact SHA256',
  positionals: ['SHA256'],
  options: [],
  details: `For every flow and trail that recorded the digest: the trail (git commit, branch, author), the
artifact facts, the attestations that count for this artifact with their evidence, the approvals and
the gate decisions, each with the facts commit that holds it; then assert's result for each flow.
Exit 0 when every flow that recorded the artifact is COMPLIANT; an unknown digest is NON_COMPLIANT.
Only facts that a trusted key (with authority for them) appended are in the chain; the others are listed
as not counted. A tampered facts branch fails closed with exit 3.`,
  async run(ctx, { positionals }) {
    const digest = normalizeDigest(positionals[0]);
    const config = await ctx.requireConfig();
    const facts = await openTrusted(config, ctx.openStore(config));
    const custody = await buildCustodyReport({
      store: facts,
      digest,
      flows: config.flows,
      policies: config.policies,
      policyEvaluator: ctx.policyEvaluator(),
    });
    const report = { ...custody, trust: await facts.report() };
    ctx.emit('cli/compliance-artifact', report, () => withTrust(custodyText(report), report.trust));
    return report.status === 'COMPLIANT' ? EXIT_OK : EXIT_NOT_OK;
  },
};
