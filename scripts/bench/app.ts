// GitHub App figures: the real App in a real Probot (`probot.receive`), against the stateful fake
// GitHub answering at once, its facts branch seeded with a generated store; bundled by
// scripts/bench.js; prints one JSON line.
//   app STORE_DIR KEYFILE CONFIG FLOW SEQUENTIAL CONCURRENT OCTOKIT
// OCTOKIT: production (the App's own Octokit, app/src/octokit.ts, as app/src/main.ts runs it),
// probot (Probot's default throttling: a second between writes) or off (no throttling, no retry).
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { getOctokit } from '@actions/github';
import { pino } from 'pino';
import { Probot, ProbotOctokit } from 'probot';
import { parse, stringify } from 'yaml';
import { createFactstoreApp } from '../../app/src/index.js';
import { appOctokit } from '../../app/src/octokit.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { generateKeyPair, sshSigner } from '../../src/core/signing/index.js';
import { GitHubStore } from '../../src/core/store/github/github-store.js';
import { trailPath } from '../../src/core/store/layout.js';
import { startFakeGitHub, type FakeGitHub } from '../../tests/helpers/fake-github/index.js';

const REPO = 'bench/app';
const APP_ID = 4711;
const INSTALLATION = 4712;

type OctokitMode = 'production' | 'probot' | 'off';

function octokitFor(mode: OctokitMode): typeof ProbotOctokit {
  if (mode === 'production') return appOctokit();
  if (mode === 'probot') return ProbotOctokit;
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, retry: { enabled: false }, throttle: { ...(options.throttle as object), enabled: false } }));
}

/** The store's config with the App's key trusted, and only the flow measured: one check run per event, whatever the store. */
function benchConfig(configFile: string, flow: string, appPublicKey: string): string {
  const config = parse(readFileSync(configFile, 'utf8')) as { trust: { signers: unknown[] }; flows: Record<string, unknown> };
  // the App's key records decisions and the approvals of the users GitHub authenticated
  config.trust.signers.push({ principal: 'factstore-app', key: appPublicKey, app: true });
  config.flows = { [flow]: config.flows[flow] };
  return stringify(config);
}

const suite = (sha: string, n: number): Parameters<Probot['receive']>[0] =>
  ({
    id: `bench-${n}`,
    name: 'check_suite',
    payload: {
      action: 'requested',
      check_suite: { id: n, head_sha: sha, head_branch: 'work', pull_requests: [], status: 'queued', conclusion: null },
      repository: { id: 1, name: 'app', full_name: REPO, private: true, owner: { login: 'bench', type: 'Organization' }, default_branch: 'main' },
      sender: { login: 'octocat', type: 'User' },
      installation: { id: INSTALLATION },
    },
  }) as unknown as Parameters<Probot['receive']>[0];

function byOperation(gh: FakeGitHub): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of gh.requests) out[`${r.method} ${r.operation ?? r.path}`] = (out[`${r.method} ${r.operation ?? r.path}`] ?? 0) + 1;
  return out;
}

async function run(dir: string, keyFile: string, configFile: string, flow: string, sequential: number, concurrent: number, mode: OctokitMode): Promise<void> {
  const gh = await startFakeGitHub({ recordBodies: false });
  try {
    const appKey = generateKeyPair('factstore-app');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    gh.addAppInstallation({ appId: APP_ID, key: rsa, installationId: INSTALLATION, slug: 'factstore' });
    gh.createRepo(REPO);
    const configCommit = gh.putFiles(REPO, 'main', { 'README.md': '# app\n', '.github/factstore.yml': benchConfig(configFile, flow, appKey.publicKey) });
    const t0 = performance.now();
    const imported = await gh.importFromGit(REPO, dir, 'factstore');
    const importMs = performance.now() - t0;

    // the commits gated: one for the sequential events, one per concurrent event, each with its trail
    gh.setRef(REPO, 'heads/work', configCommit);
    const commits = Array.from({ length: concurrent + 1 }, (_, i) => gh.putFiles(REPO, 'work', { 'src/n.txt': `${i}\n` }, { message: `change ${i}\n` }));
    const ci = new GitHubStore({ request: getOctokit(gh.token, { baseUrl: gh.url }).request, owner: 'bench', repo: 'app', signer: sshSigner(readFileSync(keyFile, 'utf8')) });
    const ts = new Date().toISOString();
    const [main] = commits as [string];
    const facts: Fact[] = commits.map((commit) => makeFact({ kind: 'trail', flow, trail: commit, commit, gitBranch: 'work', actor: 'ci', ts }));
    for (const type of ['unit-tests', 'vulnerability-scan', 'sbom']) facts.push(makeFact({ kind: 'attestation', flow, trail: main, type, status: 'PASSED', evidence: [], actor: 'ci', ts }));
    await ci.append({ facts });
    // alice's approval, as the App records it for her (its key is the one with authority for approvals)
    const asApp = new GitHubStore({ request: getOctokit(gh.token, { baseUrl: gh.url }).request, owner: 'bench', repo: 'app', signer: sshSigner(appKey.privateKey) });
    await asApp.append({ facts: [makeFact({ kind: 'approval', flow, trail: main, commit: main, decision: 'APPROVED', actor: 'alice', ts })] });

    const logs: string[] = [];
    const probot = new Probot({
      appId: APP_ID,
      privateKey: rsa,
      baseUrl: gh.url,
      Octokit: octokitFor(mode),
      log: pino({ level: process.env.BENCH_TRACE === '1' ? 'debug' : 'info' }, { write: (line: string) => void logs.push(line) }),
    });
    await probot.load(createFactstoreApp({ signer: sshSigner(appKey.privateKey), actor: 'factstore[bot]', serverUrl: 'https://github.com' }));

    // the first event mints the installation token (cached after), finds the facts branch's first
    // commit (kept after) and starts the high-water mark
    gh.resetRequests();
    await probot.receive(suite(main, 0));
    const firstEvent = { requests: gh.requests.length, byOperation: byOperation(gh) };
    gh.resetRequests();
    await probot.receive(suite(main, 1));
    const perEvaluation = byOperation(gh);
    // BENCH_TRACE=1: the requests of that one event, with when Probot saw each answer
    if (process.env.BENCH_TRACE === '1') process.stderr.write(`${logs.slice(-25).map((l) => { const e = JSON.parse(l) as { time: number; msg?: string }; return `${e.time} ${e.msg ?? ''}`; }).join('\n')}\n`);
    const requests = gh.requests.length;

    const times: number[] = [];
    for (let i = 0; i < sequential; i++) {
      const t = performance.now();
      await probot.receive(suite(main, 2 + i));
      times.push(performance.now() - t);
    }

    // facts that arrived since the last decision: the commits between the high-water mark and the
    // tip are checked to be one line (compare, 100 a page), so the cost grows with them, never with the store
    const sinceMark: Record<string, { requests: number; byOperation: Record<string, number>; title: string | undefined }> = {};
    // (they go to another trail, so the gated trail's own history stays as it was)
    const other = commits[1] ?? main;
    for (const n of [1, 50, 250]) {
      for (let i = 0; i < n; i++) await ci.append({ facts: [makeFact({ kind: 'attestation', flow, trail: other, type: `extra-${n}-${i}`, status: 'PASSED', evidence: [], actor: 'ci', ts })] });
      gh.resetRequests();
      await probot.receive(suite(main, 5000 + n));
      sinceMark[String(n)] = { requests: gh.requests.length, byOperation: byOperation(gh), title: gh.checkRuns(REPO).filter((r) => r.head_sha === main).at(-1)?.output.title ?? undefined };
    }

    const errorsBefore = logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 50).length;
    const tc = performance.now();
    const settled = await Promise.allSettled(commits.slice(1).map((sha, i) => probot.receive(suite(sha, 1000 + i))));
    const concurrentMs = performance.now() - tc;
    const errorLines = logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 50).slice(errorsBefore).map((l) => (JSON.parse(l) as { msg?: string }).msg ?? '');
    const runs = gh.checkRuns(REPO);
    const withRun = commits.slice(1).filter((sha) => runs.some((r) => r.head_sha === sha && r.status === 'completed')).length;
    const decisions = commits.slice(1).filter((sha) => (gh.readFile(REPO, 'factstore', trailPath(flow, sha))?.toString('utf8') ?? '').includes('"kind":"decision"')).length;
    process.stdout.write(
      `${JSON.stringify({
        mode,
        objects: imported.objects,
        importMs,
        requests,
        perEvaluation,
        firstEvent,
        sinceMark,
        receiveMs: times,
        concurrent: { events: concurrent, ms: concurrentMs, rejected: settled.filter((s) => s.status === 'rejected').length, errorLines, withCheckRun: withRun, decisions },
        mainRun: runs.filter((r) => r.head_sha === main).map((r) => r.output.title),
      })}\n`,
    );
  } finally {
    await gh.close();
  }
}

const [mode, dir, keyFile, configFile, flow, sequential, concurrent, octokit] = process.argv.slice(2);
if (mode !== 'app' || dir === undefined || keyFile === undefined || configFile === undefined || flow === undefined) {
  throw new Error('usage: app.js app STORE_DIR KEYFILE CONFIG FLOW [SEQUENTIAL] [CONCURRENT] [production|probot|off]');
}
// Probot's throttling keeps timers: the process ends when the figures are out
run(dir, keyFile, configFile, flow, Number(sequential ?? '100'), Number(concurrent ?? '50'), (octokit ?? 'production') as OctokitMode).then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
