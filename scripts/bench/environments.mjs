// The environments section of npm run bench: a snapshot of 5,000 running containers (kubectl get pods
// -A -o json of 5,000 pods, 500 images of 10 replicas each), read, judged and recorded by the CLI
// in a fresh repository, whole process; the same snapshot again (nothing new); env status.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const sha = (text) => createHash('sha256').update(text).digest('hex');

/** kubectl get pods -A -o json, as the API server shapes it, for `pods` running pods of `images` images. */
export function podList(pods, images) {
  const items = [];
  for (let i = 0; i < pods; i++) {
    const image = `ghcr.io/acme/svc-${i % images}`;
    items.push({
      apiVersion: 'v1', kind: 'Pod',
      metadata: { name: `svc-${i % images}-${sha(String(i)).slice(0, 10)}`, namespace: `team-${i % 20}` },
      spec: { containers: [{ name: 'app', image: `${image}:1.0` }], nodeName: `node-${i % 50}` },
      status: { phase: 'Running', containerStatuses: [{ name: 'app', image: `${image}:1.0`, imageID: `${image}@sha256:${sha(`${image}:1.0`)}`, ready: true, containerID: `containerd://${sha(`c${i}`)}` }] },
    });
  }
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } });
}

/** Runs the section in `work`; `bin` is the CLI. Returns the figures. */
export function benchEnvironments(work, bin, runs) {
  const dir = path.join(work, 'environments');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const repo = path.join(dir, 'app');
  const run = (args, env = {}) => {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`factstore ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    return { ms, rssKiB: Number(r.stderr.trim().split('\n').pop()), stdout: r.stdout };
  };
  const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '--allow-empty', '-m', 'start');
  execFileSync(process.execPath, [bin, 'keygen', '--out', path.join(dir, 'key'), '--comment', 'ci@bench'], { cwd: repo });
  const env = { FACTSTORE_SIGNING_KEY: readFileSync(path.join(dir, 'key'), 'utf8'), FACTSTORE_ACTOR: 'ci' };
  mkdirSync(path.join(repo, '.github'));
  writeFileSync(path.join(repo, '.github', 'factstore.yml'), `trust:\n  signers:\n    - { principal: ci@bench, key: "${readFileSync(path.join(dir, 'key.pub'), 'utf8').trim()}" }\nflows:\n  svc: { require: [unit-tests] }\nenvironments:\n  production: { type: k8s }\n`);
  git('add', '.github');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'config');
  run(['init'], env);
  const pods = path.join(dir, 'pods.json');
  writeFileSync(pods, podList(5000, 500));
  const first = run(['snapshot', 'k8s', '--environment', 'production', '--file', pods, '--json'], env);
  const recorded = JSON.parse(first.stdout);
  const again = Array.from({ length: runs }, () => run(['snapshot', 'k8s', '--environment', 'production', '--file', pods], env));
  const status = Array.from({ length: runs }, () => run(['env', 'status', 'production'], env));
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const round = (x) => Math.round(x * 10) / 10;
  return {
    pods: 5000,
    images: 500,
    inputMiB: round(statSync(pods).size / 1048576),
    driftRecorded: recorded.drift.length,
    firstSnapshotMs: round(first.ms),
    firstSnapshotPeakRssMiB: round(first.rssKiB / 1024),
    unchangedSnapshotMs: round(median(again.map((r) => r.ms))),
    envStatusMs: round(median(status.map((r) => r.ms))),
  };
}
