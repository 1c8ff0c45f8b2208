/**
 * Runs the built Action (`dist/action/index.js`) as the GitHub runner does: a fresh environment
 * with INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the run's GITHUB_*
 * variables. Asynchronous, so a fake server in the test process can answer the step's requests.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { tempDir } from '../helpers/git.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The entry points: the folder of each action.yml. */
export type ActionName = 'attest' | 'assert' | 'begin' | 'snapshot' | 'posture' | 'export-otlp';

export interface ActionMetadata {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function actionYml(action: ActionName): { file: string; metadata: ActionMetadata } {
  const file = path.join(ROOT, action === 'attest' ? '' : action, 'action.yml');
  return { file, metadata: parse(readFileSync(file, 'utf8')) as ActionMetadata };
}

/** What the runner does with action.yml: runs `runs.main` with every input's default unless given. */
function entryAndDefaults(action: ActionName): { entry: string; defaults: Record<string, string> } {
  const { file, metadata } = actionYml(action);
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(metadata.inputs)) {
    // expressions such as ${{ github.token }} are the test's to provide
    if (input.default !== undefined && !input.default.includes('${{')) defaults[name] = input.default;
  }
  return { entry: path.resolve(path.dirname(file), metadata.runs.main), defaults };
}

export interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunStepOptions {
  /** the entry point, by its action.yml (default attest, the root one) */
  action?: ActionName;
  /** the step's `with:` values, by input name */
  inputs: Record<string, string>;
  /** GITHUB_* and other variables of the job */
  env: Record<string, string>;
  cwd: string;
}

/** The step's env: only what a runner would set (never this process's GITHUB_* or secrets). */
export function stepEnv(options: RunStepOptions, files: { output: string; summary: string }, defaults: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tempDir(),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...defaults, ...options.inputs })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

export function runStep(options: RunStepOptions): Promise<StepRun> {
  const dir = tempDir('factstore-step-');
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const { entry, defaults } = entryAndDefaults(options.action ?? 'attest');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd: options.cwd, env: stepEnv(options, files, defaults), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(files.output, 'utf8')),
        summary: existsSync(files.summary) ? readFileSync(files.summary, 'utf8') : '',
      });
    });
  });
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIM`, the value's lines, `DELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m?.[1] === undefined || m[2] === undefined) continue;
    const end = lines.indexOf(m[2], i + 1);
    if (end < 0) throw new Error(`unterminated output ${m[1]}`);
    out[m[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

/** The `::error::` (and other workflow command) lines of a step's stdout, message decoded. */
export function commands(stdout: string, name: string): { properties: Record<string, string>; message: string }[] {
  const out: { properties: Record<string, string>; message: string }[] = [];
  for (const line of stdout.split('\n')) {
    const m = new RegExp(`^::${name}( [^:]*)?::(.*)$`).exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const p of (m[1] ?? '').trim().split(',').filter((x) => x !== '')) {
      const [k, ...v] = p.split('=');
      if (k !== undefined) properties[k] = decodeProperty(v.join('='));
    }
    out.push({ properties, message: decodeData(m[2] ?? '') });
  }
  return out;
}

function decodeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function decodeProperty(s: string): string {
  return decodeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}
