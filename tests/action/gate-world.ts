// The gate step run as the runner runs it, and the facts its tests start from.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { tempDir, type TestKey } from '../helpers/git.js';
import type { RecordedRequest } from '../helpers/fake-github/server.js';
import { ROOT, parseOutputs, stepEnv, type ActionMetadata, type StepRun } from './runner.js';
import { putEvidence, type World } from './world.js';

export const ALLOWED = 'payment-service';
export const BLOCKED = 'release';

export function config(key: TestKey): string {
  return `trust:
  signers:
    - { principal: ${key.signer.principal}, key: "${key.signer.key}" }
flows:
  ${ALLOWED}:
    require: [unit-tests]
  ${BLOCKED}:
    require: [unit-tests, vulnerability-scan]
types:
  unit-tests: { format: junit }
  vulnerability-scan: { format: sarif, jq: '.error == 0' }
`;
}

/** Runs gate/action.yml's entry as the runner does: its defaults, INPUT_* variables, output files. */
export function gateStep(w: World, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<StepRun> {
  const file = path.join(ROOT, 'gate', 'action.yml');
  const metadata = parse(readFileSync(file, 'utf8')) as ActionMetadata;
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) if (input.default !== undefined && !input.default.includes('${{')) defaults[name] = input.default;
  const dir = tempDir('factstore-step-');
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const options = { cwd: w.workspace, env: { ...w.env, ...env }, inputs: { token: w.gh.token, 'signing-key': w.key.privateKey, ...inputs } };
  const entry = path.resolve(path.dirname(file), metadata.runs.main);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd: w.workspace, env: stepEnv(options, files, defaults), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') }));
  });
}

/** Both flows started for the commit, unit tests passed on each: one flow allowed, the other blocked. */
export async function recorded(w: World, commit = w.sha): Promise<void> {
  putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
  for (const flow of [ALLOWED, BLOCKED]) {
    expect((await w.step({ flow, commit }, {}, 'begin')).code).toBe(0);
    expect((await w.step({ flow, trail: commit, type: 'unit-tests', evidence: 'junit.xml' })).code).toBe(0);
  }
}

/** The gate's check runs written (the high-water mark's own run, on the facts branch's first commit, left out). */
export const checkRunWrites = (requests: readonly RecordedRequest[]) =>
  requests.filter((q) => q.path.includes('/check-runs') && q.method !== 'GET' && bodyOf(q).name !== 'Factstore high-water mark');
/** The runs written to keep the facts branch's high-water mark. */
export const highWaterWrites = (requests: readonly RecordedRequest[]) =>
  requests.filter((q) => q.path.includes('/check-runs') && q.method !== 'GET' && bodyOf(q).name === 'Factstore high-water mark');
export const bodyOf = (q: RecordedRequest | undefined) => (q?.body ?? {}) as { name?: string; head_sha?: string; status?: string; conclusion?: string; external_id?: string; output?: { title: string; summary: string } };

