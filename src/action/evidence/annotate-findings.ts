import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FINDINGS, type Finding } from '../../core/evidence/index.js';
import type { ParsedFile } from '../../core/evidence/files/parse-evidence-file.js';

/** GitHub shows at most 10 error and 10 warning annotations of a step; more are dropped silently. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file?: string;
  startLine?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** findings left out to stay within GitHub's limits */
  more: number;
  /** a report had more findings than its parser keeps: `more` is a lower bound */
  atLeast: boolean;
}

/**
 * Annotations for the problems the reports name (failing test cases, SARIF errors and warnings),
 * most severe first, within GitHub's per-step limits. Paths are made relative to the workspace,
 * as GitHub needs them to place the annotation on the file.
 */
export function planAnnotations(files: readonly ParsedFile[], workspace: string): AnnotationPlan {
  const annotations: Annotation[] = [];
  const used = { error: 0, warning: 0 };
  let more = 0;
  let atLeast = false;
  for (const file of files) {
    if ((file.findings?.length ?? 0) >= MAX_FINDINGS) atLeast = true;
    for (const finding of file.findings ?? []) {
      const level = levelOf(finding);
      if (level === undefined) continue;
      if (used[level] >= MAX_ANNOTATIONS_PER_LEVEL) {
        more++;
        continue;
      }
      used[level]++;
      annotations.push(toAnnotation(finding, level, file.name, workspace));
    }
  }
  return { annotations, more, atLeast: atLeast && more > 0 };
}

function levelOf(finding: Finding): Annotation['level'] | undefined {
  if (finding.level === 'error' || finding.level === 'failure') return 'error';
  return finding.level === 'warning' ? 'warning' : undefined;
}

function toAnnotation(finding: Finding, level: Annotation['level'], report: string, workspace: string): Annotation {
  const title = finding.name !== undefined ? `${report}: ${finding.name}` : report;
  const annotation: Annotation = { level, message: finding.message, title };
  const file = finding.file === undefined ? undefined : workspacePath(finding.file, workspace);
  if (file !== undefined) {
    annotation.file = file;
    if (finding.line !== undefined) annotation.startLine = finding.line;
  }
  return annotation;
}

/** A report's file reference (a path, or a `file://` URI) relative to the workspace. */
export function workspacePath(reference: string, workspace: string): string {
  let p = reference;
  if (p.startsWith('file://')) {
    try {
      p = fileURLToPath(p);
    } catch {
      return reference;
    }
  }
  if (!path.isAbsolute(p)) return p.replace(/^\.\//, '');
  const rel = path.relative(workspace, p);
  return rel.startsWith('..') || path.isAbsolute(rel) ? p : rel.split(path.sep).join('/');
}
