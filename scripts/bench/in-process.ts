// In-process timings on an existing store, bundled by scripts/bench.js; prints one JSON line.
//   append DIR KEY FLOW TRAIL RUNS   appending one attestation with the local back-end
//   verify DIR KEY FLOW TRAIL RUNS   verifying the whole store
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { verifyStore } from '../../src/core/verify/index.js';

async function append(dir: string, keyFile: string, flow: string, trail: string, runs: number): Promise<void> {
  const store = new LocalGitStore({ dir, signer: sshSigner(readFileSync(keyFile, 'utf8')) });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fact = makeFact({
      kind: 'attestation', flow, trail, actor: 'bench', ts: new Date().toISOString(),
      type: `bench-${i}`, status: 'PASSED', evidence: [],
    });
    const t0 = performance.now();
    await store.append({ facts: [fact] });
    times.push(performance.now() - t0);
  }
  process.stdout.write(`${JSON.stringify({ appendMs: times })}\n`);
}

async function verify(dir: string, keyFile: string, runs: number): Promise<void> {
  const trusted = [{ principal: 'bench', key: readFileSync(`${keyFile}.pub`, 'utf8').trim() }];
  const times: number[] = [];
  let report;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    report = await verifyStore({ dir, branch: 'factstore', trusted });
    times.push(performance.now() - t0);
  }
  const summary = report === undefined ? undefined : { ok: report.ok, commits: report.commits, facts: report.facts, problems: report.problems.slice(0, 5) };
  process.stdout.write(`${JSON.stringify({ verifyMs: times, report: summary })}\n`);
}

const [mode, dir, keyFile, flow, trail, runs] = process.argv.slice(2);
if (dir === undefined || keyFile === undefined || flow === undefined || trail === undefined) {
  throw new Error('usage: in-process.js append|verify DIR KEYFILE FLOW TRAIL [RUNS]');
}
void (mode === 'verify' ? verify(dir, keyFile, Number(runs ?? '3')) : append(dir, keyFile, flow, trail, Number(runs ?? '30')));
