import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../src/core/evidence/files/parse-evidence-file.js';
import { MAX_ANNOTATIONS_PER_LEVEL, planAnnotations, workspacePath } from '../../src/action/evidence/annotate-findings.js';
import { commands } from './runner.js';
import { FLOW, putEvidence, world } from './world.js';

describe('annotations for failed evidence', () => {
  it('annotates SARIF errors and warnings with file and line, at most 10 of each, and says how many more', async () => {
    const w = await world();
    // semgrep's report: 35 errors and 42 warnings
    putEvidence(w, 'sarif/semgrep-1.69.0__issue_10191.sarif.json', 'semgrep.sarif');
    const r = await w.step({ flow: FLOW, type: 'vulnerability-scan', evidence: 'semgrep.sarif' });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('FAILED');
    const errors = commands(r.stdout, 'error');
    const warnings = commands(r.stdout, 'warning');
    expect(errors.length).toBe(MAX_ANNOTATIONS_PER_LEVEL);
    expect(warnings.length).toBe(MAX_ANNOTATIONS_PER_LEVEL);
    for (const a of [...errors, ...warnings]) {
      expect(a.properties.file).toMatch(/^[^/].*\.(js|ts|json|yml|yaml|html|md)$/);
      expect(Number(a.properties.line)).toBeGreaterThan(0);
      expect(a.properties.title).toMatch(/^semgrep\.sarif: /);
    }
    const notices = commands(r.stdout, 'notice');
    expect(notices.map((n) => n.message)).toEqual([
      'at least 30 more findings of the evidence not annotated: GitHub shows at most 10 errors and 10 warnings per step. The full reports are stored with the attestation.',
    ]);
  });

  it('annotates a failing test case as an error; a passing report gets none', async () => {
    const w = await world();
    putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
    const r = await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml', 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect([...commands(r.stdout, 'error'), ...commands(r.stdout, 'warning'), ...commands(r.stdout, 'notice')]).toEqual([]);
  });
});

describe('planAnnotations', () => {
  const file = (findings: ParsedFile['findings']): ParsedFile => ({ name: 'r.sarif', format: 'sarif', summary: {}, defaultStatus: 'FAILED', findings });

  it('keeps errors before warnings, skips notes, counts what is left out', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ level: 'error' as const, message: `e${i}`, file: 'a.js', line: i + 1 }));
    const plan = planAnnotations([file([...many, { level: 'note', message: 'n' }, { level: 'warning', message: 'w', file: 'b.js' }])], '/ws');
    expect(plan.annotations.map((a) => `${a.level}:${a.message}`)).toEqual([...many.slice(0, 10).map((e) => `error:${e.message}`), 'warning:w']);
    expect(plan.more).toBe(2);
    expect(plan.atLeast).toBe(false);
    expect(plan.annotations[0]).toEqual({ level: 'error', message: 'e0', title: 'r.sarif', file: 'a.js', startLine: 1 });
  });

  it('maps failures to errors and names the test case in the title', () => {
    const plan = planAnnotations([{ ...file([{ level: 'failure', message: 'expected 1', name: 'adds' }]), name: 'junit.xml', format: 'junit' }], '/ws');
    expect(plan.annotations).toEqual([{ level: 'error', message: 'expected 1', title: 'junit.xml: adds' }]);
  });
});

describe('workspacePath', () => {
  it('makes absolute paths and file URIs under the workspace relative to it', () => {
    expect(workspacePath('file:///home/runner/work/demo/lint/src/app.js', '/home/runner/work/demo/lint')).toBe('src/app.js');
    expect(workspacePath('/home/runner/work/demo/lint/src/app.js', '/home/runner/work/demo/lint/')).toBe('src/app.js');
    expect(workspacePath('./src/app.js', '/ws')).toBe('src/app.js');
    expect(workspacePath('src/app.js', '/ws')).toBe('src/app.js');
  });

  it('leaves paths outside the workspace as they are', () => {
    expect(workspacePath('file:///opt/lib/x.js', '/ws')).toBe('/opt/lib/x.js');
    expect(workspacePath('https://example.com/x.js', '/ws')).toBe('https://example.com/x.js');
  });
});
