// GitHub back-end figures against the stateful fake of GitHub's REST API (the one the tests use),
// seeded with a store generated on disk; bundled by scripts/bench.js; prints one JSON line.
//   append STORE_DIR KEYFILE FLOW TRAIL RUNS   requests and in-process time per appended attestation
import { getOctokit } from '@actions/github';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import { startFakeGitHub } from '../../tests/helpers/fake-github/index.js';

async function append(dir: string, keyFile: string, flow: string, trail: string, runs: number): Promise<void> {
  const gh = await startFakeGitHub({ recordBodies: false });
  try {
    gh.createRepo('bench/facts');
    gh.putFiles('bench/facts', 'main', { 'README.md': '# facts\n' });
    const t0 = performance.now();
    const imported = await gh.importFromGit('bench/facts', dir, 'factstore');
    const importMs = performance.now() - t0;
    const octokit = getOctokit(gh.token, { baseUrl: gh.url });
    const store = new GitHubStore({ request: octokit.request, owner: 'bench', repo: 'facts', signer: sshSigner(readFileSync(keyFile, 'utf8')) });
    const requests: number[] = [];
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const fact = makeFact({ kind: 'attestation', flow, trail, actor: 'bench', ts: new Date().toISOString(), type: `bench-gh-${i}`, status: 'PASSED', evidence: [] });
      gh.resetRequests();
      const t = performance.now();
      await store.append({ facts: [fact] });
      times.push(performance.now() - t);
      requests.push(gh.requests.length);
    }
    const readsBefore = gh.requests.length;
    gh.resetRequests();
    await store.readTrail(flow, trail);
    const readRequests = gh.requests.length;
    process.stdout.write(`${JSON.stringify({ objects: imported.objects, importMs, requests, appendMs: times, readTrailRequests: readRequests, readsBefore })}\n`);
  } finally {
    await gh.close();
  }
}

const [mode, dir, keyFile, flow, trail, runs] = process.argv.slice(2);
if (mode !== 'append' || dir === undefined || keyFile === undefined || flow === undefined || trail === undefined) {
  throw new Error('usage: github.js append STORE_DIR KEYFILE FLOW TRAIL [RUNS]');
}
void append(dir, keyFile, flow, trail, Number(runs ?? '20'));
