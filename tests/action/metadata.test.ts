import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionYml, ROOT, type ActionMetadata, type ActionName } from './runner.js';

const ENTRY = path.join(ROOT, 'dist', 'action', 'index.js');

const EXPECTED: Record<ActionName, { inputs: string[]; outputs: string[] }> = {
  attest: {
    inputs: ['flow', 'type', 'new-type', 'status', 'override-reason', 'evidence', 'format', 'artifact', 'artifact-file', 'trail', 'details', 'evidence-url', 'facts-repo', 'facts-branch', 'token', 'signing-key', 'dry-run', 'config', 'command', 'app-id', 'app-private-key'],
    outputs: ['attestation-id', 'trail', 'status', 'facts-commit'],
  },
  assert: { inputs: ['flow', 'sha256', 'artifact-file', 'facts-repo', 'facts-branch', 'token', 'config', 'config-token', 'high-water-app-id', 'command'], outputs: ['status', 'result'] },
  begin: {
    inputs: ['flow', 'trail', 'commit', 'git-branch', 'description', 'artifact', 'artifact-file', 'artifact-name', 'artifact-tag', 'artifact-registry', 'facts-repo', 'facts-branch', 'token', 'signing-key', 'config', 'command'],
    outputs: ['trail', 'facts-commit', 'artifact'],
  },
  snapshot: {
    inputs: ['environment', 'type', 'file', 'images', 'dir', 'bucket', 'paths', 'drift-issue', 'facts-repo', 'facts-branch', 'token', 'signing-key', 'dry-run', 'config', 'config-token', 'high-water-app-id', 'command'],
    outputs: ['status', 'snapshot-id', 'drift', 'recorded', 'facts-commit', 'drift-issue'],
  },
  posture: { inputs: ['since', 'frameworks', 'facts-repo', 'facts-branch', 'token', 'config', 'config-token', 'high-water-app-id', 'command'], outputs: ['result'] },
  'export-otlp': {
    inputs: ['endpoint', 'protocol', 'since', 'from-commit', 'facts-repo', 'facts-branch', 'token', 'signing-key', 'dry-run', 'config', 'config-token', 'high-water-app-id', 'command'],
    outputs: ['result', 'exported', 'failed', 'facts-commit'],
  },
};

/** Every input name the Action's sources read. */
function inputsReadBySources(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/(?:optional|required|list|boolean)Input\('([^']+)'/g)) names.add(m[1] ?? '');
    }
  };
  walk(path.join(ROOT, 'src', 'action'));
  return names;
}

describe('action.yml of each entry point', () => {
  for (const action of Object.keys(EXPECTED) as ActionName[]) {
    it(`${action}: the documented inputs and outputs, running the shared bundle with command ${action}`, () => {
      const { file, metadata } = actionYml(action);
      expect(Object.keys(metadata.inputs).sort()).toEqual([...EXPECTED[action].inputs].sort());
      expect(Object.keys(metadata.outputs).sort()).toEqual([...EXPECTED[action].outputs].sort());
      for (const [name, input] of Object.entries({ ...metadata.inputs, ...metadata.outputs })) {
        expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(input.description.length).toBeGreaterThan(10);
      }
      expect(metadata.inputs.command?.default).toBe(action);
      expect(metadata.inputs.token?.default).toBe('${{ github.token }}');
      // attest's entry point also runs `command: doctor`, which needs no flow or type: a workflow
      // linter (actionlint) would refuse a doctor step that leaves out an input marked required
      // a snapshot is about an environment, not a flow
      if (action === 'snapshot') expect([metadata.inputs.flow, metadata.inputs.environment?.required, metadata.inputs.type?.required]).toEqual([undefined, true, true]);
      // the posture is about every flow
      else if (action === 'posture') expect([metadata.inputs.flow, metadata.inputs['signing-key']]).toEqual([undefined, undefined]);
      // the export sends every flow's facts
      else if (action === 'export-otlp') expect([metadata.inputs.flow, metadata.inputs.endpoint?.required]).toEqual([undefined, false]);
      else expect(metadata.inputs.flow?.required).toBe(action !== 'attest');
      if (action === 'attest') expect(metadata.inputs.type?.required).toBe(false);
      expect(metadata.runs.using).toBe('node24');
      expect(path.resolve(path.dirname(file), metadata.runs.main)).toBe(ENTRY);
    });
  }

  it('every action.yml of the repository runs on node24: GitHub Actions is removing node20', () => {
    const files = ['action.yml', ...readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, d.name, 'action.yml')))
      .map((d) => path.join(d.name, 'action.yml'))];
    expect(files.sort()).toEqual(['action.yml', 'assert/action.yml', 'begin/action.yml', 'export-otlp/action.yml', 'gate/action.yml', 'posture/action.yml', 'snapshot/action.yml']);
    for (const file of files) {
      const metadata = parse(readFileSync(path.join(ROOT, file), 'utf8')) as ActionMetadata;
      expect({ file, using: metadata.runs.using }).toEqual({ file, using: 'node24' });
    }
  });

  it('declares every input the sources read', () => {
    // gate/action.yml (its `flow` is optional) is checked in gate.test.ts
    const gate = parse(readFileSync(path.join(ROOT, 'gate', 'action.yml'), 'utf8')) as ActionMetadata;
    const declared = new Set([...Object.values(EXPECTED).flatMap((e) => e.inputs), ...Object.keys(gate.inputs)]);
    expect([...inputsReadBySources()].filter((n) => !declared.has(n))).toEqual([]);
  });
});
