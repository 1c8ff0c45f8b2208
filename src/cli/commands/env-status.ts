import { snapshotsOf } from '../../core/environments/environment-history.js';
import { environmentStatus, type EnvironmentStatus } from '../../core/environments/environment-status.js';
import { findEnvironment } from '../../core/environments/find-environment.js';
import { logicalStatus, type LogicalStatus } from '../../core/environments/logical-status.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_NOT_OK, EXIT_OK } from '../exit-codes.js';
import { withTrust } from '../output/render-trust.js';
import { short } from '../output/table.js';

export const envStatus: Command = {
  path: ['env', 'status'],
  summary: "is everything running in an environment allowed there? exit 0 COMPLIANT, 1 not",
  usage: 'env status ENVIRONMENT',
  positionals: ['ENVIRONMENT'],
  options: [],
  details: `A logical environment (members:) is reported as one: COMPLIANT when every member is; a member that is
only a GitHub environment (no runtime environment of that name) is not observed, so not compliant.
A runtime environment: judges its newest snapshot: each running artifact is asserted in the flows the environment
requires (require_flows), else in every flow that recorded it, as compliance artifact decides. An artifact no trail
recorded has no provenance. The environment is COMPLIANT when every running artifact is. Exit 0 COMPLIANT,
1 NON_COMPLIANT or no snapshot yet.`,
  async run(ctx, { positionals }) {
    const config = await ctx.requireConfig();
    const found = findEnvironment(config, positionals[0] ?? '');
    const facts = await openTrusted(config, ctx.openStore(config));
    const { type } = found.env;
    if (type === undefined) {
      const logical = await logicalStatus({ environment: found, config, store: facts, policyEvaluator: ctx.policyEvaluator() });
      const report = { ...logical, trust: await facts.report() };
      ctx.emit('cli/env-status', report, () => withTrust(logicalText(logical), report.trust));
      return logical.status === 'COMPLIANT' ? EXIT_OK : EXIT_NOT_OK;
    }
    const environment = { ...found, type };
    const snapshot = (await snapshotsOf(facts, environment.name)).at(-1);
    const status = await environmentStatus({ environment, snapshot, flows: config.flows, store: facts, policies: config.policies, policyEvaluator: ctx.policyEvaluator() });
    const report = { ...status, trust: await facts.report() };
    ctx.emit('cli/env-status', report, () => withTrust(statusText(status), report.trust));
    return status.status === 'COMPLIANT' ? EXIT_OK : EXIT_NOT_OK;
  },
};

function logicalText(l: LogicalStatus): string {
  const rows = l.members.map((m) => (!('artifacts' in m) ? `NOT_OBSERVED  ${m.environment}: no runtime environment of that name in the config, so no snapshot vouches for it` : statusText(m)));
  return [`${l.status}  ${l.environment} (logical: ${l.members.map((m) => m.environment).join(', ')})`, ...rows.map((r) => r.split('\n').map((x) => `  ${x}`).join('\n'))].join('\n');
}

export function statusText(s: EnvironmentStatus): string {
  if (s.snapshot === null) return `NO_SNAPSHOT  ${s.environment} (${s.type}): no snapshot yet: record one with factstore snapshot ${s.type} --environment ${s.environment}`;
  const head = `${s.status}  ${s.environment} (${s.type}): ${s.artifacts.length} artifact(s) running at snapshot ${short(s.snapshot.id)} of ${s.snapshot.ts}`;
  const rows = s.artifacts.map((a) => {
    const flows = a.flows.map((f) => `${f.flow} ${f.status}${f.trail !== undefined ? ` (trail ${f.trail})` : ''}`).join(', ');
    const why = a.status === 'NO_PROVENANCE' ? 'recorded by no trail' : flows;
    return `  ${a.status === 'COMPLIANT' ? 'ok   ' : 'DRIFT'}  ${a.name}  ${short(a.artifact)}${a.matchedBy === 'localId' ? ' (by local image id)' : ''}  ${a.status}: ${why}`;
  });
  return [head, ...rows].join('\n');
}
