// npm run bench: speed figures on stores of realistic size, beside native-git equivalents measured
// in the same run. Results go to bench/results.md (for people) and bench/results.json (for diffing).
//   BENCH_FACTS=1000,100000 (default)   BENCH_RUNS=15 (process timings per figure)
//   BENCH_ONLY=stores|evidence|app|environments|search|exports|site, or a comma list (default: all seven); the others keep their previous figures
//   BENCH_APP_EVENTS=100 (sequential check_suite events of the App section)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchEnvironments } from './bench/environments.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'bench', 'work');
const sizes = (process.env.BENCH_FACTS ?? '1000,100000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? '15');
const bin = path.join(root, 'bin', 'factstore.js');
mkdirSync(work, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;
const git = (dir, ...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });

function timed(fn, n = runs) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    times.push(performance.now() - t0);
  }
  return times;
}

function spawnOk(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (r.status !== 0 && !options.allowFail) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r;
}

// The in-process harness is bundled like the CLI so it measures the same code.
function bundle(name) {
  const out = path.join(work, name);
  spawnOk(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build',
    path.join(root, `scripts/bench/${name}.ts`), '-o', out, '--quiet', '--transpile-only', '--target', 'es2022'], { cwd: root });
  return path.join(out, 'index.js');
}
const sections = new Set((process.env.BENCH_ONLY ?? 'stores,evidence,app,environments,search,exports,site').split(',').map((s) => s.trim()));
const harness = path.join(work, 'in-process');
if (sections.has('stores') || sections.has('search')) bundle('in-process');
const githubHarness = sections.has('stores') ? bundle('github') : undefined;
const actionHarness = sections.has('stores') ? bundle('action') : undefined;

function ensureStore(facts) {
  const dir = path.join(work, `store-${facts}`);
  if (!existsSync(path.join(dir, '.git'))) {
    console.error(`bench: generating a store of ${facts} facts in ${path.relative(root, dir)} …`);
    const t0 = performance.now();
    spawnOk(process.execPath, [path.join(root, 'scripts/bench/make-store.mjs'), '--dir', dir, '--facts', String(facts)], { stdio: 'inherit' });
    console.error(`bench: generated in ${round((performance.now() - t0) / 1000)} s`);
  }
  return dir;
}

/** One trail and digest of the store, read from its artifact index. */
function sample(dir) {
  const files = git(dir, 'ls-tree', '-r', '--name-only', 'factstore', '--', 'index/artifacts').trim().split('\n');
  const file = files[Math.floor(files.length / 2)];
  const ref = JSON.parse(git(dir, 'show', `factstore:${file}`).split('\n')[0]);
  return { ...ref, digest: `sha256:${path.basename(file, '.ndjson')}` };
}

/** The native-git equivalent of one append: read the trail file, append a line, rebuild the trees, commit, move the ref. */
function nativeAppend(dir, flow, trailFile, i) {
  const text = git(dir, 'show', `factstore:${trailFile}`);
  const blob = execFileSync('git', ['-C', dir, 'hash-object', '-w', '--stdin'], { input: `${text}{"bench":${i}}\n`, encoding: 'utf8' }).trim();
  const parts = trailFile.split('/');
  let oid = blob;
  for (let depth = parts.length - 1; depth >= 0; depth--) {
    const parent = parts.slice(0, depth).join('/');
    const listing = git(dir, 'ls-tree', parent === '' ? 'factstore' : `factstore:${parent}`);
    const lines = listing.split('\n').filter((l) => l !== '' && !l.endsWith(`\t${parts[depth]}`));
    lines.push(`${depth === parts.length - 1 ? '100644 blob' : '040000 tree'} ${oid}\t${parts[depth]}`);
    oid = execFileSync('git', ['-C', dir, 'mktree'], { input: `${lines.join('\n')}\n`, encoding: 'utf8' }).trim();
  }
  const tip = git(dir, 'rev-parse', 'factstore').trim();
  const commit = execFileSync('git', ['-C', dir, '-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit-tree', oid, '-p', tip, '-m', 'bench'], { encoding: 'utf8' }).trim();
  git(dir, 'update-ref', 'refs/heads/factstore-native', commit);
}

const results = { date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`, runs, stores: [] };
// A partial run (BENCH_ONLY) keeps the other section's figures from the previous results file.
const previousFile = path.join(root, 'bench', 'results.json');
const previous = existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : {};
if (!sections.has('stores')) results.stores = previous.stores ?? [];
for (const facts of sections.has('stores') ? sizes : []) {
  const dir = ensureStore(facts);
  const cfg = `${dir}.config.yml`;
  const key = `${dir}.key`;
  const { flow, trail, digest } = sample(dir);
  const trailFile = git(dir, 'ls-tree', '-r', '--name-only', 'factstore', '--', `trails/${flow}`).split('\n').find((p) => p.endsWith(`/${trail}.ndjson`));
  const objects = Number(git(dir, 'count-objects', '-v').match(/in-pack: (\d+)/)?.[1] ?? 0);
  const base = ['--store', dir, '--config', cfg, '--key', key, '--actor', 'bench'];
  const r = { facts, objects, figures: {} };

  const inProc = JSON.parse(spawnOk(process.execPath, [path.join(harness, 'index.js'), 'append', dir, key, flow, trail, String(Math.max(runs, 30))]).stdout);
  r.figures.appendInProcessMs = round(median(inProc.appendMs));
  r.figures.nativeAppendMs = round(median(timed((i) => nativeAppend(dir, flow, trailFile, i))));
  r.figures.attestProcessMs = round(median(timed((i) => spawnOk(process.execPath, [bin, ...base, 'attest', '--flow', flow, '--trail', trail, '--type', `bench-proc-${Date.now()}-${i}`, '--status', 'PASSED']))));
  // Every read goes through the trust check (the commits that wrote the trail file, their
  // signatures, the high-water mark). Warm: a decision was taken here before, so the walked
  // history is cached in the git directory; cold: a fresh clone, nothing cached, no mark.
  const assertArgs = (store) => [bin, '--store', store, '--config', cfg, '--actor', 'bench', 'assert', '--flow', flow, '--sha256', digest, '--json'];
  const gateArgs = (store) => [bin, '--store', store, '--config', cfg, '--actor', 'bench', 'gate', '--commit', trail, '--flow', flow, '--git-branch', 'main', '--json'];
  spawnOk(process.execPath, assertArgs(dir), { allowFail: true });
  r.figures.assertProcessMs = round(median(timed(() => spawnOk(process.execPath, assertArgs(dir), { allowFail: true }))));
  r.figures.gateProcessMs = round(median(timed(() => spawnOk(process.execPath, gateArgs(dir), { allowFail: true }))));
  const coldRuns = facts >= 100000 ? 3 : 5;
  const cold = (args) => {
    const times = [];
    for (let i = 0; i < coldRuns; i++) {
      const clone = path.join(work, `cold-${facts}`);
      execFileSync('rm', ['-rf', clone]);
      execFileSync('git', ['clone', '-q', '--no-local', '--branch', 'factstore', dir, clone]);
      const t0 = performance.now();
      spawnOk(process.execPath, args(clone), { allowFail: true });
      times.push(performance.now() - t0);
      execFileSync('rm', ['-rf', clone]);
    }
    return round(median(times));
  };
  r.figures.assertColdMs = cold(assertArgs);
  r.figures.gateColdMs = cold(gateArgs);
  r.figures.pathLogMs = round(median(timed(() => git(dir, '--no-replace-objects', 'log', '--first-parent', '--format=%H', 'factstore', '--', trailFile), 3)));
  r.figures.nativeAssertReadsMs = round(median(timed(() => {
    git(dir, 'show', `factstore:index/artifacts/${digest.slice(7, 9)}/${digest.slice(7)}.ndjson`);
    git(dir, 'show', `factstore:${trailFile}`);
  })));
  const gh = JSON.parse(spawnOk(process.execPath, [githubHarness, 'append', dir, key, flow, trail, '20']).stdout);
  r.figures.githubRequestsPerAppend = median(gh.requests);
  r.figures.githubAppendInProcessMs = round(median(gh.appendMs));
  r.figures.githubReadTrailRequests = gh.readTrailRequests;
  if (facts <= 1000) {
    // The Action's process is measured on the small store: what grows with the store is the request count, above.
    const junit = path.join(root, 'examples', 'evidence', 'unit-tests.junit.xml');
    const action = JSON.parse(spawnOk(process.execPath, [actionHarness, 'run', dir, key, flow, trail, String(runs), junit]).stdout);
    r.figures.actionAttestProcessMs = round(median(action.attestMs));
    r.figures.actionRequestsPerAttest = median(action.requests);
    r.figures.actionLoadMs = round(median(action.loadMs));
    r.figures.actionNodeStartMs = round(median(action.nodeMs));
  }
  r.figures.cliStartMs = round(median(timed(() => spawnOk(process.execPath, [bin, '--version']))));
  r.figures.nodeStartMs = round(median(timed(() => spawnOk(process.execPath, ['-e', '0']))));

  const verifyRuns = facts >= 100000 ? 3 : 5;
  const verify = JSON.parse(spawnOk(process.execPath, [path.join(harness, 'index.js'), 'verify', dir, key, flow, trail, String(verifyRuns)]).stdout);
  r.figures.verifyInProcessMs = round(median(verify.verifyMs));
  r.verifyReport = verify.report;
  r.figures.catFileBatchMs = round(median(timed(() => {
    execFileSync('bash', ['-c', `git -C "${dir}" rev-list --objects factstore | cut -d' ' -f1 | git -C "${dir}" cat-file --batch > /dev/null`]);
  }, verifyRuns)));
  r.figures.verifyVsCatFile = round(r.figures.verifyInProcessMs / r.figures.catFileBatchMs);
  results.stores.push(r);
  console.error(`bench: ${facts} facts: ${JSON.stringify(r.figures)}`);
}

results.evidence = sections.has('evidence') ? benchEvidence() : previous.evidence;
results.app = sections.has('app') ? benchApp() : previous.app;
results.search = sections.has('search') ? benchSearch() : previous.search;
results.exports = sections.has('exports') ? await benchExports() : previous.exports;
results.site = sections.has('site') ? benchSite() : previous.site;
results.environments = sections.has('environments') ? { date: new Date().toISOString(), ...benchEnvironments(work, bin, Math.min(runs, 7)) } : previous.environments;
// the header's date and run count are the store figures' (a partial run keeps them); other sections carry their own date
if (!sections.has('stores') && previous.date !== undefined) Object.assign(results, { date: previous.date, runs: previous.runs ?? runs });

/**
 * factstore search on each store: the backfill of its indexes (`factstore reindex`, on a copy: the
 * stores section measures the store as generated), then searches by trail, artifact name, type,
 * actor and digest prefix, in-process with the objects each reads, and one whole process; then an
 * append on the indexed copy (it writes the term lines too).
 */
function benchSearch() {
  const out = [];
  for (const facts of sizes) {
    const dir = ensureStore(facts);
    const cfg = `${dir}.config.yml`;
    const copy = path.join(work, `search-${facts}`);
    execFileSync('rm', ['-rf', copy]);
    execFileSync('git', ['clone', '-q', '--no-local', '--no-checkout', '--branch', 'factstore', dir, copy]);
    const base = ['--store', copy, '--config', cfg, '--key', `${dir}.key`, '--actor', 'bench'];
    const t0 = performance.now();
    const reindex = JSON.parse(spawnOk(process.execPath, [bin, ...base, 'reindex', '--json']).stdout);
    const reindexS = round((performance.now() - t0) / 1000);
    const { flow, trail, digest } = sample(dir);
    const terms = [trail.slice(0, 10), 'payment', 'unit', 'alice', digest.slice(7, 17)];
    const inProc = JSON.parse(spawnOk(process.execPath, [path.join(harness, 'index.js'), 'search', copy, cfg, ...terms]).stdout);
    const cliSearchMs = round(median(timed(() => spawnOk(process.execPath, [bin, '--store', copy, '--config', cfg, 'search', 'alice'], { allowFail: true }), Math.min(runs, 7))));
    const append = JSON.parse(spawnOk(process.execPath, [path.join(harness, 'index.js'), 'append', copy, `${dir}.key`, flow, trail, '20']).stdout);
    // an environment running 200 of the store's artifacts (a list snapshot), then env status: cold
    // (no history kept in the git directory yet, as in a fresh clone) and warm
    const indexed = git(copy, 'ls-tree', '-r', '--name-only', 'factstore', '--', 'index/artifacts').trim().split('\n');
    const running = Array.from({ length: 200 }, (_, i) => ({ name: `svc-${i}`, sha256: `sha256:${path.basename(indexed[Math.floor((i * indexed.length) / 200)], '.ndjson')}` }));
    const envCfg = path.join(work, `search-${facts}.config.yml`);
    writeFileSync(envCfg, `${readFileSync(cfg, 'utf8')}\nenvironments:\n  staging: { type: list }\n`);
    const list = path.join(work, `running-${facts}.json`);
    writeFileSync(list, JSON.stringify(running));
    const envBase = [bin, '--store', copy, '--config', envCfg, '--key', `${dir}.key`, '--actor', 'bench'];
    execFileSync('rm', ['-rf', path.join(copy, '.git', 'factstore', 'cache')]);
    const s0 = performance.now();
    spawnOk(process.execPath, [...envBase, 'snapshot', 'list', '--environment', 'staging', '--file', list]);
    const snapshotColdMs = round(performance.now() - s0);
    execFileSync('rm', ['-rf', path.join(copy, '.git', 'factstore', 'cache')]);
    const e0 = performance.now();
    const status = spawnOk(process.execPath, [...envBase, 'env', 'status', 'staging', '--json'], { allowFail: true });
    const envStatusColdMs = round(performance.now() - e0);
    const envStatusWarmMs = round(median(timed(() => spawnOk(process.execPath, [...envBase, 'env', 'status', 'staging'], { allowFail: true }), Math.min(runs, 5))));
    const judged = JSON.parse(status.stdout);
    const r = {
      facts,
      reindex: { seconds: reindexS, facts: reindex.facts, indexed: reindex.indexed, commits: reindex.commits.length },
      searches: inProc.searches.map((x) => ({ ...x, ms: round(x.ms) })),
      cliSearchMs,
      appendIndexedInProcessMs: round(median(append.appendMs)),
      environment: { running: running.length, compliant: judged.artifacts.filter((x) => x.status === 'COMPLIANT').length, snapshotColdMs, envStatusColdMs, envStatusWarmMs },
    };
    console.error(`bench: search ${facts} facts: ${JSON.stringify(r)}`);
    out.push(r);
  }
  return { date: new Date().toISOString(), sizes: out };
}

/**
 * The audit bundle of the first week of the largest store (whole process: time, archive size, peak
 * RSS) and its offline verification.
 */
async function benchExports() {
  const facts = Math.max(...sizes);
  const dir = ensureStore(facts);
  const cfg = `${dir}.config.yml`;
  const out = path.join(work, `bundle-${facts}.tar.gz`);
  execFileSync('rm', ['-f', out]);
  const timedProcess = (args, cwd = root) => {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`factstore ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
    return { ms: round(performance.now() - t0), peakRssMiB: round(Number(r.stderr.trim().split('\n').pop()) / 1024), stdout: r.stdout };
  };
  const bundle = timedProcess(['--store', dir, '--config', cfg, 'export', 'bundle', '--from', '2025-01-06', '--to', '2025-01-12', '--framework', 'soc2', '--out', out, '--json']);
  const made = JSON.parse(bundle.stdout);
  const verified = timedProcess(['--config', cfg, 'export', 'verify', out], work);
  const r = {
    date: new Date().toISOString(),
    facts,
    bundle: { window: '2025-01-06 to 2025-01-12', facts: made.facts, files: made.files, mib: round(made.bytes / 2 ** 20), ms: bundle.ms, peakRssMiB: bundle.peakRssMiB },
    verify: { ms: verified.ms, peakRssMiB: verified.peakRssMiB },
    otlp: { protobuf: await benchOtlp(dir, cfg, 'http/protobuf'), json: await benchOtlp(dir, cfg, 'http/json') },
  };
  console.error(`bench: exports ${JSON.stringify(r)}`);
  return r;
}

/**
 * `factstore site` of each store (whole process: time, peak RSS, files, total size, largest file),
 * then one fact more and the site built again into the same folder: the files rewritten and the
 * time. On a copy of the store, since the fact is appended there.
 */
function benchSite() {
  const out = [];
  for (const facts of sizes) {
    const dir = ensureStore(facts);
    const cfg = `${dir}.config.yml`;
    const copy = path.join(work, `site-store-${facts}`);
    const site = path.join(work, `site-${facts}`);
    rmSync(copy, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
    execFileSync('git', ['clone', '-q', '--no-checkout', '-b', 'factstore', dir, copy]);
    const env = { ...process.env, FACTSTORE_SIGNING_KEY: readFileSync(`${dir}.key`, 'utf8'), FACTSTORE_ACTOR: 'bench' };
    const build = () => {
      const t0 = performance.now();
      const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, '--store', copy, '--config', cfg, 'site', '--out', site, '--json'], { cwd: copy, env, encoding: 'utf8', maxBuffer: 1 << 30 });
      if (r.status !== 0) throw new Error(`factstore site failed (${r.status}): ${r.stderr.slice(-2000)}`);
      const doc = JSON.parse(r.stdout);
      return { ms: round(performance.now() - t0), peakRssMiB: round(Number(r.stderr.trim().split('\n').pop()) / 1024), files: doc.files, written: doc.written, mib: round(doc.bytes / 2 ** 20), largest: { path: doc.largest.path, kib: round(doc.largest.bytes / 1024) }, trails: doc.trails };
    };
    const full = build();
    const ref = sample(dir);
    spawnOk(process.execPath, [bin, '--store', copy, '--config', cfg, 'attest', '--flow', ref.flow, '--trail', ref.trail, '--type', 'unit-tests', '--status', 'PASSED'], { env, cwd: copy });
    const again = build();
    rmSync(copy, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
    const r = { facts, full, oneFactMore: { ms: again.ms, written: again.written, peakRssMiB: again.peakRssMiB, shareOfFull: round((again.ms / full.ms) * 100) } };
    console.error(`bench: site ${facts} facts: ${JSON.stringify(r)}`);
    out.push(r);
  }
  return { date: new Date().toISOString(), sizes: out };
}

/**
 * `factstore export otlp` of the whole store (no cursor yet) to a receiver on this machine that
 * takes every request at once (no collector time): records a second, requests, bytes, peak RSS. On
 * a copy of the store, since the export records its cursor there.
 */
async function benchOtlp(dir, cfg, protocol) {
  const copy = path.join(work, 'otlp-store');
  rmSync(copy, { recursive: true, force: true });
  execFileSync('git', ['clone', '-q', '--no-checkout', '-b', 'factstore', dir, copy]);
  let requests = 0;
  let bytes = 0;
  const server = createServer((req, res) => {
    req.on('data', (c) => (bytes += c.length));
    req.on('end', () => {
      requests++;
      res.writeHead(200, { 'content-type': protocol === 'http/json' ? 'application/json' : 'application/x-protobuf' }).end(protocol === 'http/json' ? '{}' : '');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/v1/logs`;
  const t0 = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, bin, '--store', copy, '--config', cfg, 'export', 'otlp', '--endpoint', url, '--protocol', protocol, '--json'], {
    env: { ...process.env, FACTSTORE_SIGNING_KEY: readFileSync(`${dir}.key`, 'utf8'), FACTSTORE_ACTOR: 'bench' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ms = performance.now() - t0;
  server.close();
  rmSync(copy, { recursive: true, force: true });
  if (code !== 0) throw new Error(`factstore export otlp failed (${code}): ${stderr.slice(-2000)}`);
  const doc = JSON.parse(stdout);
  return { records: doc.exported, requests, mib: round(bytes / 2 ** 20), ms: round(ms), recordsPerSecond: Math.round(doc.exported / (ms / 1000)), peakRssMiB: round(Number(stderr.trim().split('\n').pop()) / 1024) };
}

/**
 * The GitHub App in Probot, handling check_suite events against the fake GitHub seeded with each
 * store (GitHub answering at once): requests per evaluation, handling time, 50 events at once.
 */
function benchApp() {
  const appHarness = bundle('app');
  const events = process.env.BENCH_APP_EVENTS ?? '100';
  const percentile = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  };
  const measure = (facts, octokit, sequential, concurrent) => {
    const dir = ensureStore(facts);
    const t0 = performance.now();
    const r = JSON.parse(spawnOk(process.execPath, [appHarness, 'app', dir, `${dir}.key`, `${dir}.config.yml`, 'payment-service', String(sequential), String(concurrent), octokit]).stdout);
    const out = {
      facts,
      octokit,
      objects: r.objects,
      requestsPerEvaluation: r.requests,
      requestsByOperation: r.perEvaluation,
      firstEvent: r.firstEvent,
      sinceMark: r.sinceMark,
      events: r.receiveMs.length,
      receiveP50Ms: round(percentile(r.receiveMs, 50)),
      receiveP95Ms: round(percentile(r.receiveMs, 95)),
      concurrent: { events: r.concurrent.events, wallMs: round(r.concurrent.ms), rejected: r.concurrent.rejected, errors: r.concurrent.errorLines.length, firstErrors: r.concurrent.errorLines.slice(0, 3), withCheckRun: r.concurrent.withCheckRun, decisionsRecorded: r.concurrent.decisions },
      importMs: round(r.importMs),
      harnessS: round((performance.now() - t0) / 1000),
    };
    console.error(`bench: app ${facts} facts, ${octokit}: ${JSON.stringify(out)}`);
    return out;
  };
  return {
    production: sizes.map((facts) => measure(facts, 'production', events, 50)),
    // what the App's own throttling costs: the same events with no throttling at all
    unthrottled: measure(sizes[0], 'off', events, 50),
    // Probot's default throttling (a second between writes), which app/src/octokit.ts replaces: a few events only
    probotDefault: measure(sizes[0], 'probot', 5, 0),
  };
}

/** Parsing large reports (a fresh process per run, so peak memory is the parse's own) and jq evaluation. */
function benchEvidence() {
  const reports = path.join(work, 'reports');
  if (!existsSync(path.join(reports, 'sarif-50mb.sarif'))) spawnOk(process.execPath, [path.join(root, 'scripts/bench/make-reports.mjs'), reports]);
  const harnessFile = bundle('evidence');
  const parse = (file) => {
    const samples = Array.from({ length: 5 }, () => JSON.parse(spawnOk(process.execPath, [harnessFile, 'parse', path.join(reports, file)]).stdout));
    const last = samples[samples.length - 1];
    return { mib: round(last.bytes / 2 ** 20), parseMs: round(median(samples.map((x) => x.parseMs))), peakRssMiB: round(Math.max(...samples.map((x) => x.peakRssMiB))), summary: last.summary };
  };
  const jq = JSON.parse(spawnOk(process.execPath, [harnessFile, 'jq', '500']).stdout);
  const out = {
    junit: parse('junit-10mb.xml'),
    sarif: parse('sarif-50mb.sarif'),
    jqFirstEvaluationMs: round(jq.firstMs),
    jqTypeStatusMs: round(median(jq.typeMs)),
    jqPolicyEvaluationMs: round(median(jq.policyMs)),
    jqLoadedWithoutPolicies: jq.loadedWithoutPolicies,
  };
  console.error(`bench: evidence: ${JSON.stringify(out)}`);
  return out;
}

const targets = [
  ['appendInProcessMs', 'append one attestation, in-process (median)', '≤ 50 ms', 'nativeAppendMs'],
  ['attestProcessMs', '`factstore attest`, whole process (median)', '≤ 400 ms', 'nativeAppendMs'],
  ['assertProcessMs', '`factstore assert`, whole process, warm (median)', '≤ 1.2× the 378 ms before per-fact trust', 'nativeAssertReadsMs'],
  ['gateProcessMs', '`factstore gate`, whole process, warm (median)', '', 'nativeAssertReadsMs'],
  ['assertColdMs', '`factstore assert`, cold: a fresh clone, nothing cached (median)', '≤ 2 s', 'pathLogMs'],
  ['gateColdMs', '`factstore gate`, cold (median)', '', 'pathLogMs'],
  ['verifyInProcessMs', '`verify` of the whole store', '≤ 3× cat-file', 'catFileBatchMs'],
  ['cliStartMs', '`factstore --version` (start-up)', '', 'nodeStartMs'],
];
const md = [`# Benchmarks`, '', `Run: ${results.date} on ${results.machine}; ${results.runs} runs per process figure (medians).`,
  'Regenerate with `npm run bench` (stores are generated once into bench/work/, not committed).', ''];
for (const s of results.stores) {
  md.push(`## ${s.facts.toLocaleString('en')} facts (${s.objects.toLocaleString('en')} git objects)`, '',
    '| figure | Factstore | target | native git equivalent |', '|---|---|---|---|');
  for (const [k, label, target, native] of targets) {
    md.push(`| ${label} | ${s.figures[k]} ms | ${target} | ${s.figures[native]} ms (${native}) |`);
  }
  if (s.figures.githubRequestsPerAppend !== undefined) {
    md.push(`| GitHub back-end: requests per appended attestation (median of 20, fake GitHub seeded with this store) | ${s.figures.githubRequestsPerAppend} | the same for every store size | |`,
      `| GitHub back-end: append one attestation, in-process, GitHub answering at once | ${s.figures.githubAppendInProcessMs} ms | | |`,
      `| GitHub back-end: requests to read one trail | ${s.figures.githubReadTrailRequests} | | |`);
  }
  if (s.figures.actionAttestProcessMs !== undefined) {
    md.push(`| the Action's attest step, whole process (median; fake GitHub answering at once, so no network time) | ${s.figures.actionAttestProcessMs} ms | ≤ 1 s | ${s.figures.actionNodeStartMs} ms (node start) |`,
      `| requests of one attest step (config from the workspace, trail already begun) | ${s.figures.actionRequestsPerAttest} | | |`,
      `| \`dist/action/index.js\` load: a run that stops at its first input check | ${s.figures.actionLoadMs} ms | ≤ 300 ms | ${s.figures.actionNodeStartMs} ms (node start) |`);
  }
  md.push('', `verify / cat-file ratio: **${s.figures.verifyVsCatFile}×**; verify found ${s.verifyReport?.problems?.length ?? '?'} problems in ${s.verifyReport?.commits ?? '?'} commits.`, '');
}
if (results.evidence !== undefined) {
  const e = results.evidence;
  md.push('## Evidence parsing and jq', '', '| figure | Factstore | target |', '|---|---|---|',
    `| parse a ${e.junit.mib} MiB JUnit file (${e.junit.summary.tests.toLocaleString('en')} test cases), median of 5 processes | ${e.junit.parseMs} ms, peak RSS ${e.junit.peakRssMiB} MiB | ≤ 1 s |`,
    `| parse a ${e.sarif.mib} MiB SARIF log (${e.sarif.summary.results.toLocaleString('en')} results) | ${e.sarif.parseMs} ms, peak RSS ${e.sarif.peakRssMiB} MiB | ≤ 3 s |`,
    `| jq status of one attestation, warm (median of 500) | ${e.jqTypeStatusMs} ms | ≤ 2 ms |`,
    `| evaluate a trail with one jq policy, warm (median of 500) | ${e.jqPolicyEvaluationMs} ms | |`,
    `| first jq evaluation in a process (starts the worker, loads jq) | ${e.jqFirstEvaluationMs} ms | paid only when a jq runs |`,
    `| jq loaded when evaluating a flow without policies | ${e.jqLoadedWithoutPolicies ? 'yes' : 'no'} | no |`, '',
    'Peak RSS is the whole Node process (about 45 MiB before any parsing). The SARIF log is over the default 10 MiB evidence limit: it is parsed with the limit raised, as `evidence.max_bytes` in the config would.', '');
}
if (results.environments !== undefined) {
  const v = results.environments;
  md.push('## Environments', '', `Run: ${v.date ?? results.date}. A snapshot of ${v.pods.toLocaleString('en')} running containers (\`kubectl get pods -A -o json\` of ${v.pods.toLocaleString('en')} pods, ${v.images} images, ${v.inputMiB} MiB) in a fresh repository, whole process.`, '',
    '| figure | Factstore |', '|---|---|',
    `| \`factstore snapshot k8s\`, first: read, judge ${v.images} artifacts, record the snapshot and ${v.driftRecorded} drift facts in one signed commit | ${v.firstSnapshotMs} ms, peak RSS ${v.firstSnapshotPeakRssMiB} MiB |`,
    `| the same snapshot again: nothing new recorded (median) | ${v.unchangedSnapshotMs} ms |`,
    `| \`factstore env status\` on it (median) | ${v.envStatusMs} ms |`, '');
}
if (results.search !== undefined) {
  const v = results.search;
  md.push('## Search and environments on large stores', '', `Run: ${v.date}. \`factstore reindex\` backfills the search indexes of each generated store (written without them), then each search runs as the CLI runs it (native git reader, every hit confirmed from trusted facts) on a store opened for it alone. *Objects read* counts the distinct git objects Factstore's reader read for the search (the tip's checks excluded); confirming a trail also walks its file's history with \`git log\`, which grows with the store.`, '',
    '| store | backfill (`factstore reindex`) | search | objects read | hits | in-process |', '|---|---|---|---|---|---|');
  for (const x of v.sizes) {
    x.searches.forEach((q, i) => md.push(`| ${i === 0 ? `${x.facts.toLocaleString('en')} facts` : ''} | ${i === 0 ? `${x.reindex.seconds} s: ${x.reindex.indexed.toLocaleString('en')} lines for ${x.reindex.facts.toLocaleString('en')} facts, ${x.reindex.commits} commit(s)` : ''} | \`${q.term}\` | ${q.objectsRead} | ${Object.entries(q.hits).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'} | ${q.ms} ms |`));
  }
  md.push('', '| figure | ' + v.sizes.map((x) => `${x.facts.toLocaleString('en')} facts`).join(' | ') + ' |', '|---|' + v.sizes.map(() => '---|').join(''),
    `| \`factstore search alice\`, whole process (median) | ${v.sizes.map((x) => `${x.cliSearchMs} ms`).join(' | ')} |`,
    `| append one attestation in-process on the indexed store (writes its term lines too; median of 20) | ${v.sizes.map((x) => `${x.appendIndexedInProcessMs} ms`).join(' | ')} |`,
    ...(v.sizes.every((x) => x.environment !== undefined) ? [
      `| \`factstore snapshot list\` of ${v.sizes[0].environment.running} running artifacts of the store, each judged; cold (no history kept yet) | ${v.sizes.map((x) => `${x.environment.snapshotColdMs} ms`).join(' | ')} |`,
      `| \`factstore env status\` of that environment, cold / warm (median) | ${v.sizes.map((x) => `${x.environment.envStatusColdMs} / ${x.environment.envStatusWarmMs} ms (${x.environment.compliant} COMPLIANT)`).join(' | ')} |`,
    ] : []), '');
}
if (results.exports !== undefined) {
  const x = results.exports;
  md.push('## Exports', '', `Run: ${x.date}. On the store of ${x.facts.toLocaleString('en')} facts, whole process.`, '',
    '| figure | Factstore |', '|---|---|',
    `| \`factstore export bundle\` of one week (${x.bundle.window}): ${x.bundle.facts.toLocaleString('en')} facts, ${x.bundle.files.toLocaleString('en')} files | ${x.bundle.ms} ms, ${x.bundle.mib} MiB, peak RSS ${x.bundle.peakRssMiB} MiB |`,
    `| \`factstore export verify\` of it, offline | ${x.verify.ms} ms, peak RSS ${x.verify.peakRssMiB} MiB |`,
    ...(x.otlp !== undefined ? Object.entries(x.otlp).map(([name, o]) => `| \`factstore export otlp\` of the whole store (no cursor yet), ${name}, to a receiver on this machine: ${o.records.toLocaleString('en')} records in ${o.requests} requests, ${o.mib} MiB | ${o.ms} ms (${o.recordsPerSecond.toLocaleString('en')} records/s), peak RSS ${o.peakRssMiB} MiB |`) : []), '',
    'The bundle reads every trail of the store through the trust check (a fact may be dated long before the commit that appended it, so no trail can be skipped by its history alone), which is what its time and memory grow with.', '');
}
if (results.site !== undefined) {
  const v = results.site;
  md.push('## Compliance site', '', `Run: ${v.date}. \`factstore site\` of each store, whole process; then one attestation more and the site built again into the same folder.`,
    'Targets from the issue: no page or data file over ~1 MB at 100k facts; after one new fact, at most 50 files rewritten in at most 10 % of a full build.', '',
    `| figure | ${v.sizes.map((x) => `${x.facts.toLocaleString('en')} facts`).join(' | ')} |`, `|---|${v.sizes.map(() => '---|').join('')}`,
    `| full build: time, peak RSS | ${v.sizes.map((x) => `${x.full.ms} ms, ${x.full.peakRssMiB} MiB`).join(' | ')} |`,
    `| files, total size, largest file | ${v.sizes.map((x) => `${x.full.files.toLocaleString('en')} files, ${x.full.mib} MiB, ${x.full.largest.path} ${x.full.largest.kib} KiB`).join(' | ')} |`,
    `| one fact more: files rewritten, time (share of the full build) | ${v.sizes.map((x) => `${x.oneFactMore.written} files, ${x.oneFactMore.ms} ms (${x.oneFactMore.shareOfFull} %)`).join(' | ')} |`, '',
    'A rebuild writes only the files whose bytes changed, and data files take rows oldest first so a new fact changes the last one; but it still reads and evaluates the whole store, so its time is that of a full build: incremental evaluation (only the trails a new facts commit touched) is not built yet.', '');
}
if (results.app !== undefined) {
  const a = results.app;
  md.push('## GitHub App', '', 'The App in a real Probot (`probot.receive` of `check_suite.requested`), its facts branch on the fake GitHub seeded with the store',
    '(the same fake the tests use, answering at once: no network time), one flow gated, the decision recorded and the check run updated each time.',
    'Targets from the issue: requests per gate evaluation must not grow with the store; handling a `check_suite` event with GitHub answering instantly: p95 ≤ 200 ms; 50 events handled concurrently without error.', '',
    '| figure | Octokit | store | Factstore | target |', '|---|---|---|---|---|');
  const ops = (x) => Object.entries(x.requestsByOperation).map(([k, n]) => `${k.replace(/^\w+ /, '')} ×${n}`).join(', ');
  for (const x of a.production) {
    md.push(`| GitHub requests per gate evaluation (token cached) | production | ${x.facts.toLocaleString('en')} facts | ${x.requestsPerEvaluation} | the same for every store size, ≤ 14 |`,
      ...(x.firstEvent !== undefined ? [`| GitHub requests of the App's first event (installation token, the facts branch's first commit, the App's id) | production | ${x.facts.toLocaleString('en')} facts | ${x.firstEvent.requests} | |`] : []),
      ...Object.entries(x.sinceMark ?? {}).map(([n, s]) => `| GitHub requests per gate evaluation with ${n} facts commit${n === '1' ? '' : 's'} since the high-water mark | production | ${x.facts.toLocaleString('en')} facts | ${s.requests} | grows with those commits only (compare pages of 100) |`),
      `| handle one \`check_suite\` event, p50 / p95 of ${x.events} sequential | production | ${x.facts.toLocaleString('en')} facts | ${x.receiveP50Ms} / ${x.receiveP95Ms} ms | p95 ≤ 200 ms |`,
      `| ${x.concurrent.events} events at once (one commit each): errors, check runs written, decisions recorded, wall time | production | ${x.facts.toLocaleString('en')} facts | ${x.concurrent.errors + x.concurrent.rejected} errors, ${x.concurrent.withCheckRun} check runs, ${x.concurrent.decisionsRecorded} decisions, ${x.concurrent.wallMs} ms | no error |`);
  }
  const u = a.unthrottled;
  const p = a.probotDefault;
  md.push(`| handle one \`check_suite\` event, p50 / p95 of ${u.events} sequential | none (throttling and retry off) | ${u.facts.toLocaleString('en')} facts | ${u.receiveP50Ms} / ${u.receiveP95Ms} ms | |`,
    `| ${u.concurrent.events} events at once: errors, check runs, decisions, wall time | none | ${u.facts.toLocaleString('en')} facts | ${u.concurrent.errors + u.concurrent.rejected} errors, ${u.concurrent.withCheckRun} check runs, ${u.concurrent.decisionsRecorded} decisions, ${u.concurrent.wallMs} ms | |`,
    `| handle one \`check_suite\` event, p50 / p95 of ${p.events} sequential | Probot's default (1 s between writes) | ${p.facts.toLocaleString('en')} facts | ${p.receiveP50Ms} / ${p.receiveP95Ms} ms | |`, '',
    `Requests of one evaluation: ${ops(a.production[0])}. The App's state runs (high-water mark and tamper alarm, one request) are read beside the facts; each trail is read with the commits that wrote it (List commits, which carries their signed payloads); the decision is recorded on the facts commit it was taken on, with nothing read again; the mark moves to the decision's commit.`, '',
    'Octokit: *production* is the App\'s own (app/src/octokit.ts, as app/src/main.ts runs it): one hook retries rate limits and server errors, in place of Probot\'s throttling and retry plugins,',
    'which schedule every request through Bottleneck (about 15 ms a request even when GitHub answers at once) and space writes a second apart (the last row). *none* switches throttling and retry off.', '');
}
md.push('Native equivalents: append = `git show` + `hash-object` + one `mktree` per level + `commit-tree` + `update-ref` (unsigned);',
  'assert reads = `git show` of the artifact index file and the trail file; cat-file = `git rev-list --objects factstore | git cat-file --batch`;',
  'path log = `git log --first-parent -- <trail file>` from the tip to the root: what a cold trust check cannot avoid (the trail file\'s whole history, removals included).', '');
mkdirSync(path.join(root, 'bench'), { recursive: true });
writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(root, 'bench', 'results.md'), md.join('\n'));
console.log(md.join('\n'));
