import type { FlowConfig } from '../config/config.js';

/**
 * Whether a flow applies to a commit judged for `branches` (the event's: a pull request's base, the
 * pushed branch, the deployment's ref). A flow without `branches` applies everywhere; with the
 * branches unknown, every flow applies (the gate errs on gating). Never read from a fact: a trail's
 * recorded branch is whatever its writer said.
 */
export function appliesToBranches(flow: FlowConfig, branches: readonly string[] | undefined): boolean {
  if (flow.branches.length === 0 || branches === undefined) return true;
  return branches.some((branch) => flow.branches.includes(branch.replace(/^refs\/heads\//, '')));
}
