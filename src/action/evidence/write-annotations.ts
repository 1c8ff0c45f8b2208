import * as core from '@actions/core';
import type { AnnotationPlan } from './annotate-findings.js';
import { MAX_ANNOTATIONS_PER_LEVEL } from './annotate-findings.js';

/** Writes the planned annotations, and one notice for what did not fit. */
export function writeAnnotations(plan: AnnotationPlan): void {
  for (const a of plan.annotations) {
    const properties = {
      title: a.title,
      ...(a.file !== undefined ? { file: a.file } : {}),
      ...(a.startLine !== undefined ? { startLine: a.startLine } : {}),
    };
    if (a.level === 'error') core.error(a.message, properties);
    else core.warning(a.message, properties);
  }
  if (plan.more > 0) {
    core.notice(
      `${plan.atLeast ? 'at least ' : ''}${plan.more} more finding${plan.more === 1 ? '' : 's'} of the evidence not annotated: GitHub shows at most ` +
        `${MAX_ANNOTATIONS_PER_LEVEL} errors and ${MAX_ANNOTATIONS_PER_LEVEL} warnings per step. The full reports are stored with the attestation.`,
      { title: 'Factstore' },
    );
  }
}
