// In-process timings on an existing store, bundled by scripts/bench.js; prints one JSON line.
//   append DIR KEY FLOW TRAIL RUNS   appending one attestation with the local back-end
//   verify DIR KEY FLOW TRAIL RUNS   verifying the whole store
//   search DIR CONFIG TERM…          one search per term, each on a fresh store reader: time and objects read
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { verifyStore } from '../../src/core/verify/index.js';
import { findGit } from '../../src/cli/context/find-git.js';
import { parseConfig } from '../../src/core/config/load-config.js';
import { searchFacts } from '../../src/core/search/search-facts.js';
import { TrustedFacts } from '../../src/core/trust/trusted-facts.js';

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

/** Each search as the CLI makes it (native git reader, trust filter), on a store opened for it alone. */
async function search(dir: string, configFile: string, terms: string[]): Promise<void> {
  const config = parseConfig(readFileSync(configFile, 'utf8'), configFile);
  const gitBinary = findGit(process.env);
  const out = [];
  for (const term of terms) {
    const store = new LocalGitStore({ dir, ...(gitBinary !== undefined ? { gitBinary } : {}) });
    const t0 = performance.now();
    const facts = await TrustedFacts.open({ store, signers: config.trust.signers });
    const opened = store.objectsRead();
    const result = await searchFacts({ facts, config, query: term });
    const ms = performance.now() - t0;
    out.push({ term, ms, objectsRead: store.objectsRead() - opened, hits: Object.fromEntries(result.groups.map((g) => [g.kind, g.hits.length])), unconfirmed: result.unconfirmed });
    store.close();
  }
  process.stdout.write(`${JSON.stringify({ searches: out })}\n`);
}

const [mode, dir, keyFile, flow, trail, runs] = process.argv.slice(2);
if (mode === 'search' && dir !== undefined && keyFile !== undefined) {
  void search(dir, keyFile, process.argv.slice(5));
} else if (dir === undefined || keyFile === undefined || flow === undefined || trail === undefined) {
  throw new Error('usage: in-process.js append|verify DIR KEYFILE FLOW TRAIL [RUNS] | search DIR CONFIG TERM…');
} else {
  void (mode === 'verify' ? verify(dir, keyFile, Number(runs ?? '3')) : append(dir, keyFile, flow, trail, Number(runs ?? '30')));
}
