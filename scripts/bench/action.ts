// The Action's whole process (dist/action/index.js, as the runner starts it) against the stateful
// fake of GitHub seeded with a store generated on disk; bundled by scripts/bench.js; prints one JSON line.
//   run STORE_DIR KEYFILE FLOW TRAIL RUNS JUNIT
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeGitHub } from '../../tests/helpers/fake-github/index.js';

const root = path.resolve(path.dirname(process.argv[1] ?? '.'), '..', '..', '..');
const entry = path.join(root, 'dist', 'action', 'index.js');

function runAction(env: Record<string, string>): Promise<{ ms: number; code: number | null; out: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [entry], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ ms: performance.now() - t0, code, out }));
  });
}

async function run(dir: string, keyFile: string, flow: string, trail: string, runs: number, junit: string): Promise<void> {
  const gh = await startFakeGitHub({ recordBodies: false });
  const work = mkdtempSync(path.join(tmpdir(), 'factstore-bench-action-'));
  try {
    gh.createRepo('bench/app');
    gh.putFiles('bench/app', 'main', { 'README.md': '# app\n' });
    await gh.importFromGit('bench/app', dir, 'factstore');
    mkdirSync(path.join(work, '.github'), { recursive: true });
    copyFileSync(`${dir}.config.yml`, path.join(work, '.github', 'factstore.yml'));
    copyFileSync(junit, path.join(work, 'junit.xml'));
    const base = {
      GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'bench/app', GITHUB_WORKSPACE: work,
      GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'test', GITHUB_WORKFLOW: 'ci',
      GITHUB_ACTOR: 'bench', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main',
      INPUT_FLOW: flow, INPUT_TRAIL: trail, INPUT_EVIDENCE: 'junit.xml', INPUT_TOKEN: gh.token,
      'INPUT_SIGNING-KEY': readFileSync(keyFile, 'utf8'), 'INPUT_DRY-RUN': 'false', INPUT_CONFIG: '.github/factstore.yml', INPUT_COMMAND: 'attest',
    };
    const attestMs: number[] = [];
    const requests: number[] = [];
    for (let i = 0; i < runs; i++) {
      const outputs = path.join(work, `out-${i}`);
      writeFileSync(outputs, '');
      writeFileSync(path.join(work, `summary-${i}`), '');
      gh.resetRequests();
      const r = await runAction({ ...base, INPUT_TYPE: `bench-action-${i}`, GITHUB_RUN_ID: String(100 + i), GITHUB_OUTPUT: outputs, GITHUB_STEP_SUMMARY: path.join(work, `summary-${i}`) });
      if (r.code !== 0) throw new Error(`the Action failed (${r.code}): ${r.out}`);
      attestMs.push(r.ms);
      requests.push(gh.requests.length);
    }
    // A run that stops at its first input check: node start-up plus loading the entry and its command.
    const loadMs: number[] = [];
    for (let i = 0; i < runs; i++) loadMs.push((await runAction({ INPUT_COMMAND: 'attest', GITHUB_WORKSPACE: work })).ms);
    const nodeMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await new Promise((resolve) => spawn(process.execPath, ['-e', '0']).on('close', resolve));
      nodeMs.push(performance.now() - t0);
    }
    process.stdout.write(`${JSON.stringify({ attestMs, requests, loadMs, nodeMs })}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    await gh.close();
  }
}

const [mode, dir, keyFile, flow, trail, runs, junit] = process.argv.slice(2);
if (mode !== 'run' || dir === undefined || keyFile === undefined || flow === undefined || trail === undefined || junit === undefined) {
  throw new Error('usage: action.js run STORE_DIR KEYFILE FLOW TRAIL RUNS JUNIT');
}
void run(dir, keyFile, flow, trail, Number(runs ?? '11'), junit);
