// Environments end to end: a compliant artifact deployed and snapshotted is COMPLIANT; an unknown
// digest is drift, recorded once; replacing it shows CHANGED in env diff and clears the drift.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { commitConfig, configText, DIGEST_A, DIGEST_B, factsTip, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

const ENVIRONMENTS = `environments:
  production: { type: list, description: what the vendor runs for us }
  Cluster-EU: { type: k8s }
  prod-all: { members: [production, Cluster-EU] }
  prod-gh: { members: [production, github-prod] }
`;

let w: Workspace;

interface Snapshotted {
  recorded: boolean;
  snapshot: { id: string };
  changes: { change: string; name: string }[];
  drift: { event: string; name: string; artifact: string; reason?: string; resolution?: string }[];
  status: string;
}

const running = (entries: { name: string; sha256: string }[]) => {
  writeFileSync(path.join(w.repo, 'running.json'), JSON.stringify(entries));
  return w.fs(['snapshot', 'list', '--environment', 'production', '--file', 'running.json', '--json']);
};

beforeAll(async () => {
  w = await workspace();
  commitConfig(w.repo, configText(w.key, ENVIRONMENTS));
  await startTrail(w, 't1', DIGEST_A);
  for (const type of ['unit-tests', 'vulnerability-scan']) {
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', type, '--status', 'PASSED'])).code).toBe(0);
  }
  expect((await w.fs(['approve', '--flow', FLOW, '--trail', 't1', '--comment', 'ok'], w.asAlice)).code).toBe(0);
});

describe('an environment over its life', () => {
  it('a compliant artifact running: one snapshot recorded, COMPLIANT, no drift', async () => {
    const r = await running([{ name: 'payments', sha256: DIGEST_A }]);
    expect(r.code, r.stderr).toBe(0);
    const s = jsonOf<Snapshotted>(r, 'snapshot');
    expect(s).toMatchObject({ recorded: true, status: 'COMPLIANT', drift: [], changes: [{ change: 'ADDED', name: 'payments' }] });
    const status = await w.fs(['env', 'status', 'PRODUCTION']);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^COMPLIANT {2}production \(list\): 1 artifact\(s\) running/);
    expect(status.stdout).toContain(`${FLOW} COMPLIANT (trail t1)`);
  });

  it('the same artifacts again: nothing new recorded, and said so', async () => {
    const tip = factsTip(w.repo);
    const r = await w.fs(['snapshot', 'list', '--environment', 'production', '--file', 'running.json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Nothing new recorded: the same 1 artifact\(s\) run as at snapshot/);
    expect(factsTip(w.repo)).toBe(tip);
  });

  it('an unknown digest deployed: drift recorded once, env status exit 1, env diff CHANGED with the entrant judged', async () => {
    const r = await running([{ name: 'payments', sha256: DIGEST_B }]);
    const s = jsonOf<Snapshotted>(r, 'snapshot');
    expect(s.status).toBe('NON_COMPLIANT');
    expect(s.drift).toEqual([{ event: 'DRIFT_DETECTED', name: 'payments', artifact: DIGEST_B, reason: 'NO_PROVENANCE' }]);
    // looking again records no second DRIFT_DETECTED
    const again = jsonOf<Snapshotted>(await w.fs(['snapshot', 'list', '--environment', 'production', '--file', 'running.json', '--json']), 'snapshot');
    expect(again).toMatchObject({ recorded: false, drift: [] });
    const status = await w.fs(['env', 'status', 'production']);
    expect(status.code).toBe(1);
    expect(status.stdout).toContain('DRIFT  payments');
    expect(status.stdout).toContain('NO_PROVENANCE: recorded by no trail');
    const diff = await w.fs(['env', 'diff', 'production', '--json']);
    expect(diff.code).toBe(1);
    expect(jsonOf<{ changes: unknown[] }>(diff, 'env-diff').changes).toEqual([{ change: 'CHANGED', name: 'payments', from: [DIGEST_A], to: [DIGEST_B], entered: [{ artifact: DIGEST_B, status: 'NO_PROVENANCE' }] }]);
    const md = await w.fs(['env', 'diff', 'production', '--markdown']);
    expect(md.stdout).toContain('| 🟠 CHANGED | `payments` |');
  });

  it('the compliant artifact back: the drift is resolved, and the log shows the deployments', async () => {
    const s = jsonOf<Snapshotted>(await running([{ name: 'payments', sha256: DIGEST_A }]), 'snapshot');
    expect(s.drift).toEqual([{ event: 'DRIFT_RESOLVED', name: 'payments', artifact: DIGEST_B, resolution: 'GONE' }]);
    expect(s.status).toBe('COMPLIANT');
    const log = jsonOf<{ entries: { event: string; name?: string }[] }>(await w.fs(['env', 'log', 'production', '--json']), 'env-log');
    expect(log.entries.filter((e) => e.event === 'ENVIRONMENT_SNAPSHOT')).toHaveLength(3);
    expect(log.entries.filter((e) => e.event.startsWith('DRIFT_'))).toHaveLength(2);
    const audit = jsonOf<{ entries: { event: string; what: string }[] }>(await w.fs(['log', '--event', 'ARTIFACT_DEPLOYED', '--json']), 'log');
    expect(audit.entries.map((e) => e.what)).toEqual([`production: payments ${DIGEST_A.slice(0, 19)}…`, `production: payments ${DIGEST_B.slice(0, 19)}…`, `production: payments ${DIGEST_A.slice(0, 19)}…`]);
    const removed = jsonOf<{ entries: { event: string }[] }>(await w.fs(['log', '--event', 'ARTIFACT_REMOVED', '--json']), 'log');
    expect(removed.entries).toHaveLength(2);
  });
});

describe('a real kubectl get pods -A -o json', () => {
  it('records the cluster, and every image no trail recorded is drift, once each', async () => {
    const pods = path.join(import.meta.dirname, '..', 'fixtures', 'environments', 'k8s', 'kubectl__kuard-minikube-pods.json');
    const r = await w.fs(['snapshot', 'k8s', '--environment', 'cluster-eu', '--file', pods, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = jsonOf<Snapshotted & { skipped: unknown[] }>(r, 'snapshot');
    expect(s.recorded).toBe(true);
    expect(s.status).toBe('NON_COMPLIANT');
    expect(s.changes.length).toBeGreaterThan(0);
    expect(s.drift.map((d) => d.name).sort()).toEqual(s.changes.map((c) => c.name).sort());
    expect(s.drift.every((d) => d.reason === 'NO_PROVENANCE')).toBe(true);
  });
});

describe('--file - (standard input)', () => {
  it('reads kubectl piped in, in a real process; an empty pipe is refused', async () => {
    const { spawnSync } = await import('node:child_process');
    const bin = path.join(import.meta.dirname, '..', '..', 'bin', 'factstore.js');
    const pods = path.join(import.meta.dirname, '..', 'fixtures', 'environments', 'k8s', 'kubectl__kuard-minikube-pods.json');
    const env = { ...process.env, ...w.env };
    const piped = spawnSync(process.execPath, [bin, 'snapshot', 'k8s', '--environment', 'cluster-eu', '--file', '-', '--json'], { cwd: w.repo, env, input: (await import('node:fs')).readFileSync(pods), encoding: 'utf8' });
    expect(piped.status, piped.stderr).toBe(0);
    // the same pods as the file read above: nothing new
    expect((JSON.parse(piped.stdout) as { recorded: boolean }).recorded).toBe(false);
    const empty = spawnSync(process.execPath, [bin, 'snapshot', 'k8s', '--environment', 'cluster-eu', '--file', '-'], { cwd: w.repo, env, input: '', encoding: 'utf8' });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('standard input is empty');
  });
});

describe('a logical environment', () => {
  it('is reported as one, with each member: compliant only when every member is', async () => {
    const r = await w.fs(['env', 'status', 'prod-all', '--json']);
    const doc = jsonOf<{ type: string; status: string; members: { environment: string; status: string }[] }>(r, 'env-status');
    expect(doc.type).toBe('logical');
    // production runs only the compliant artifact again; Cluster-EU drifts (the kuard images)
    expect(doc.members.map((m) => [m.environment, m.status])).toEqual([['production', 'COMPLIANT'], ['Cluster-EU', 'NON_COMPLIANT']]);
    expect(doc.status).toBe('NON_COMPLIANT');
    expect(r.code).toBe(1);
    const text = await w.fs(['env', 'status', 'prod-all']);
    expect(text.stdout).toMatch(/^NON_COMPLIANT {2}prod-all \(logical: production, Cluster-EU\)/);
  });

  it('a member that is only a GitHub environment is not observed, so the whole is not compliant', async () => {
    const r = await w.fs(['env', 'status', 'prod-gh', '--json']);
    const doc = jsonOf<{ status: string; members: { environment: string; status: string }[] }>(r, 'env-status');
    expect(doc.members.map((m) => [m.environment, m.status])).toEqual([['production', 'COMPLIANT'], ['github-prod', 'NOT_OBSERVED']]);
    expect(doc.status).toBe('NON_COMPLIANT');
  });
});

describe('what a snapshot refuses', () => {
  it('a type other than the config says, an unknown environment, a logical one', async () => {
    const wrong = await w.fs(['snapshot', 'k8s', '--environment', 'production', '--file', 'running.json']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('environment production is of type list in the config, not k8s: the config is the truth, so this snapshot is refused');
    const unknown = await w.fs(['snapshot', 'list', '--environment', 'prodution', '--file', 'running.json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean production?');
    const logical = await w.fs(['env', 'log', 'prod-all']);
    expect(logical.stderr).toContain('environment prod-all is a logical environment (members: production, Cluster-EU)');
    const missing = await w.fs(['snapshot', 'list', '--environment', 'production']);
    expect(missing.stderr).toContain('snapshot list needs --file');
  });

  it('a trusted key without authority for snapshots is refused, and nothing is written', async () => {
    const { testKey } = await import('../helpers/git.js');
    const builds = testKey('builds@acme');
    const own = path.join(w.repo, 'builds.yml');
    // trusted, but only for trails, artifacts and attestations
    writeFileSync(own, configText(builds, ENVIRONMENTS).replace(`key: "${builds.signer.key}" }`, `key: "${builds.signer.key}", kinds: [trail, artifact, attestation] }`));
    const tip = factsTip(w.repo);
    const r = await w.fs(['--config', own, 'snapshot', 'list', '--environment', 'production', '--file', 'running.json'], { FACTSTORE_SIGNING_KEY: builds.privateKey });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('may not record snapshot facts');
    expect(r.stderr).toContain('Nothing was recorded');
    expect(factsTip(w.repo)).toBe(tip);
  });

  it('a snapshot forged by a key nobody trusts does not count: env status judges the trusted one', async () => {
    const before = await w.fs(['env', 'status', 'production', '--json']);
    const trustedId = jsonOf<{ snapshot: { id: string } }>(before, 'env-status').snapshot.id;
    const { testKey } = await import('../helpers/git.js');
    const mallory = testKey('mallory@evil');
    writeFileSync(path.join(w.repo, 'forged.json'), JSON.stringify([{ name: 'payments', sha256: DIGEST_B }]));
    // the CLI refuses an untrusted writer, so mallory records through a config that trusts her key…
    const own = path.join(w.repo, 'mallory.yml');
    writeFileSync(own, configText(mallory, ENVIRONMENTS));
    const forged = await w.fs(['--config', own, 'snapshot', 'list', '--environment', 'production', '--file', 'forged.json'], { FACTSTORE_SIGNING_KEY: mallory.privateKey });
    expect(forged.code, forged.stderr).toBe(0);
    // …but the committed config decides what counts
    const after = await w.fs(['env', 'status', 'production', '--json']);
    const doc = jsonOf<{ snapshot: { id: string }; status: string; trust: { ignored: unknown[] } }>(after, 'env-status');
    expect(doc.snapshot.id).toBe(trustedId);
    expect(doc.status).toBe('COMPLIANT');
    expect(doc.trust.ignored.length).toBeGreaterThan(0);
    expect(git(w.repo, 'log', '-1', '--format=%B', 'factstore')).toContain('ENVIRONMENT_SNAPSHOT');
  });
});
