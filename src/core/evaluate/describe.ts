import { approvalMet } from './approvals.js';
import type { ApprovalEvaluation, PolicyViolation, TypeEvaluation } from './types.js';

export interface DescribeInput {
  types: readonly TypeEvaluation[];
  approval: ApprovalEvaluation;
  policyViolations: readonly PolicyViolation[];
}

/**
 * The one-sentence verdict of a trail evaluation, e.g.
 * "Missing required attestations: sbom; failed: vulnerability-scan; approval 0/1".
 */
export function describeEvaluation({ types, approval, policyViolations }: DescribeInput): string {
  const parts: string[] = [];
  const missing = types.filter((t) => t.status === 'MISSING').map((t) => (t.pending ? `${t.type} (pending)` : t.type));
  const failed = types.filter((t) => t.status === 'FAILED').map((t) => t.type);
  if (missing.length > 0) parts.push(`missing required attestations: ${missing.join(', ')}`);
  if (failed.length > 0) {
    parts.push(`${parts.length === 0 ? 'failed required attestations' : 'failed'}: ${failed.join(', ')}`);
  }
  if (!approvalMet(approval)) {
    const rejected = approval.rejected ? `, rejected by ${approval.rejectedBy.join(', ')}` : '';
    parts.push(`approval ${approval.granted}/${approval.min}${rejected}`);
  }
  for (const v of policyViolations) parts.push(`policy ${v.policy} denied: ${v.reasons.join(', ')}`);
  if (parts.length === 0) return 'All required attestations passed';
  const sentence = parts.join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
