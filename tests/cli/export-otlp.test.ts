// factstore export otlp against a local OTLP/HTTP receiver that decodes with OpenTelemetry's own
// protobuf definitions: the demo's facts, their ComplyBeacon attributes, the cursor that keeps a
// re-run from sending anything twice, OAuth2 client credentials, a failing collector, and facts
// that must never be sent (unsigned, untrusted) or a forged cursor that would hide facts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { exportKey, trailPath } from '../../src/core/store/layout.js';
import { LocalGitStore } from '../../src/core/store/local/local-store.js';
import { git, tempDir, testKey } from '../helpers/git.js';
import { received, startReceiver, type Receiver } from '../helpers/otlp-receiver.js';
import { tamperFile } from '../helpers/tamper.js';
import { cli, commitConfig, configText, factsTip, FLOW, jsonOf, startTrail, workspace, type CliResult, type Workspace } from './helpers.js';

interface ExportDoc {
  destination: string;
  after: string | null;
  through: string | null;
  tip: string | null;
  streams: { stream: string; exported: number; failed: number }[];
  exported: number;
  failed: number;
  notCounted: number;
  tokensFetched: number;
  error?: string;
  cursorCommit: string | null;
}

/** fact id → the facts commit that added its line, read with plain git (oldest first). */
function addedBy(repo: string): Map<string, string> {
  const out = new Map<string, string>();
  let commit = '';
  for (const line of git(repo, 'log', '--reverse', '--format=commit %H', '-p', '--unified=0', 'factstore', '--', 'trails', 'loose').split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice(7);
    else if (line.startsWith('+{')) out.set((JSON.parse(line.slice(1)) as { id: string }).id, commit);
  }
  return out;
}

/** Every fact line of the facts branch's trails and loose folders but the export cursors, read with plain git. */
function factLines(repo: string): { id: string; kind: string }[] {
  const files = git(repo, 'ls-tree', '-r', '--name-only', 'factstore', '--', 'trails', 'loose').split('\n').filter((f) => f.endsWith('.ndjson') && !f.startsWith('loose/export/'));
  return files.flatMap((f) => git(repo, 'show', `factstore:${f}`).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { id: string; kind: string }));
}

// policy.evaluation.result as ComplyBeacon's registry names its values, per fact
function expectedResult(fact: Record<string, unknown>): string {
  switch (fact.kind) {
    case 'attestation':
      return ({ PASSED: 'Passed', FAILED: 'Failed', PENDING: 'Not Run' } as Record<string, string>)[fact.status as string] ?? '?';
    case 'approval':
      return fact.decision === 'APPROVED' ? 'Passed' : 'Failed';
    case 'decision':
      return fact.event === 'GATE_ALLOWED' ? 'Passed' : 'Failed';
    case 'drift':
      return fact.event === 'DRIFT_DETECTED' ? 'Failed' : 'Passed';
    default:
      return 'Not Applicable';
  }
}

describe('factstore export otlp: the demo', () => {
  let repo: string;
  let env: Record<string, string>;
  let collector: Receiver;
  const fs = (args: string[], extra: Record<string, string> = {}): Promise<CliResult> => cli(args, { cwd: repo, env: { ...env, ...extra } });

  beforeAll(async () => {
    const dir = path.join(tempDir(), 'demo');
    expect((await cli(['demo', '--dir', dir], { cwd: tempDir(), env: {} })).code).toBe(0);
    repo = path.join(dir, 'payment-service');
    git(repo, 'remote', 'add', 'origin', 'git@github.com:acme/payment-service.git');
    env = { FACTSTORE_SIGNING_KEY: readFileSync(path.join(dir, 'keys', 'ci-signing-key'), 'utf8'), FACTSTORE_ACTOR: 'ci' };
    collector = await startReceiver();
  }, 120_000);

  afterAll(async () => {
    await collector.close();
  });

  it('sends one record per fact that counts, with the attributes a ComplyBeacon collector reads', async () => {
    const r = await fs(['export', 'otlp', '--endpoint', collector.url, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = jsonOf<ExportDoc>(r, 'export-otlp');
    const records = received(collector);
    const lines = factLines(repo);
    const commits = addedBy(repo);
    expect(records).toHaveLength(lines.length);
    expect(doc.exported).toBe(lines.length);
    expect(doc.failed).toBe(0);
    expect(new Set(records.map((x) => x.attributes['factstore.fact_id']))).toEqual(new Set(lines.map((l) => l.id)));
    // the requests went where --endpoint said, with /v1/logs added, as protobuf
    expect(collector.requests.every((q) => q.path === '/v1/logs' && q.contentType === 'application/x-protobuf')).toBe(true);
    for (const x of records) {
      const fact = JSON.parse(x.body) as Record<string, unknown>;
      const a = x.attributes;
      expect(a['factstore.fact_id']).toBe(fact.id);
      expect(a['factstore.facts_commit'], String(fact.id)).toBe(commits.get(String(fact.id)));
      expect(a['factstore.kind']).toBe(fact.kind);
      expect(a['policy.engine.name']).toBe('factstore');
      expect(a['policy.evaluation.result'], JSON.stringify([fact.kind, fact.event, fact.status])).toBe(expectedResult(fact));
      expect(typeof a['policy.rule.id']).toBe('string');
      expect(a['policy.rule.id']).toBe(fact.kind === 'attestation' ? fact.type : fact.kind === 'decision' ? 'gate' : fact.kind === 'snapshot' ? 'environment-snapshot' : fact.kind);
      expect(a['factstore.signer']).toBe(fact.kind === 'approval' ? 'alice@demo' : 'ci@demo');
      if ('flow' in fact) expect(a['factstore.flow']).toBe(fact.flow);
      if ('trail' in fact) {
        expect(a['factstore.trail']).toBe(fact.trail);
        expect(a['compliance.assessment.id']).toBe(`${String(fact.flow)}/${String(fact.trail)}`);
      }
      if (typeof fact.artifact === 'string') expect(a['factstore.artifact']).toBe(fact.artifact);
      if (fact.kind === 'decision') {
        expect(a['compliance.remediation.action']).toBe(fact.event === 'GATE_ALLOWED' ? 'Allow' : 'Block');
        expect(a['policy.rule.uri']).toBe(`https://github.com/acme/payment-service/blob/${String(fact.configCommit)}/.github/factstore.yml`);
      }
      if (fact.kind === 'attestation') expect(a['factstore.evidence.sha256']).toEqual((fact.evidence as { sha256: string }[]).map((e) => e.sha256));
      expect(BigInt(x.timeUnixNano)).toBe(BigInt(Date.parse(String(fact.ts))) * 1_000_000n);
      expect(x.eventName).toMatch(/^factstore\.[a-z_]+$/);
      expect(x.severityText).toBe(a['policy.evaluation.result'] === 'Failed' ? 'WARN' : 'INFO');
      expect(x.resource['service.name']).toBe('factstore');
      expect(x.resource['factstore.facts.repository']).toBe('acme/payment-service');
      expect(x.scope.name).toBe('factstore');
    }
    // the demo has a failing scan, a blocked and an allowed gate, a snapshot and drift
    for (const kind of ['trail', 'artifact', 'attestation', 'approval', 'decision', 'snapshot', 'drift']) expect(doc.streams.map((s) => s.stream)).toContain(kind);
    expect(records.some((x) => x.attributes['policy.evaluation.result'] === 'Failed')).toBe(true);
    // the cursor is a signed fact naming the destination and the tip the records came from
    expect(doc.through).toBe(doc.tip);
    expect(doc.cursorCommit).toBe(factsTip(repo));
    const cursor = JSON.parse(git(repo, 'show', `factstore:loose/export/${exportKey('otlp', doc.destination)}/${new Date().toISOString().slice(0, 7)}.ndjson`).trim()) as Record<string, unknown>;
    expect(cursor).toMatchObject({ kind: 'export', stream: 'otlp', destination: `${collector.url}/v1/logs`, through: doc.tip, records: lines.length });
    expect((await fs(['verify'])).code).toBe(0);
  });

  it('sends nothing on a re-run, then only what was recorded since', async () => {
    const before = collector.requests.length;
    const again = await fs(['export', 'otlp', '--endpoint', collector.url]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing new to send');
    expect(collector.requests.length).toBe(before);
    const trail = factLines(repo).find((l) => l.kind === 'trail') as unknown as { trail: string };
    expect((await fs(['attest', '--flow', 'payment-service', '--trail', trail.trail, '--type', 'unit-tests', '--status', 'PASSED'])).code).toBe(0);
    const next = await fs(['export', 'otlp', '--endpoint', collector.url]);
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/attestation\s+1\s+0\s+OK/);
    const last = received(collector).slice(-1)[0];
    expect(received(collector)).toHaveLength(factLines(repo).length);
    expect(last?.attributes['policy.rule.id']).toBe('unit-tests');
    expect(collector.requests.length).toBe(before + 1);
  });

  it('keeps a cursor per destination: the same facts go to a second collector as OTLP JSON', async () => {
    const json = await startReceiver();
    try {
      const r = await fs(['export', 'otlp', '--endpoint', `${json.url}/otel/v1/logs`, '--protocol', 'http/json', '--json']);
      expect(r.code).toBe(0);
      const doc = jsonOf<ExportDoc>(r, 'export-otlp');
      expect(doc.after).toBeNull();
      expect(json.requests.every((q) => q.contentType === 'application/json' && q.path === '/otel/v1/logs')).toBe(true);
      // every fact but the first collector's cursor
      expect(new Set(received(json).map((x) => x.attributes['factstore.fact_id']))).toEqual(new Set(factLines(repo).map((l) => l.id)));
    } finally {
      await json.close();
    }
  });

  it('prints the records with --dry-run and sends and records nothing', async () => {
    const tip = factsTip(repo);
    const before = collector.requests.length;
    const r = await fs(['export', 'otlp', '--endpoint', collector.url, '--from-commit', git(repo, 'rev-list', '--max-parents=0', 'factstore').trim(), '--dry-run']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { attributes: Record<string, unknown> });
    expect(lines.length).toBe(factLines(repo).length);
    expect(factsTip(repo)).toBe(tip);
    expect(collector.requests.length).toBe(before);
  });
});

describe('factstore export otlp: auth, failures and attacks', () => {
  let w: Workspace;
  let collector: Receiver;
  const OAUTH = { clientId: 'factstore-ci', clientSecret: 's3cr3t-client-secret-value' };

  beforeAll(async () => {
    w = await workspace();
    collector = await startReceiver({ oauth: OAUTH });
    commitConfig(
      w.repo,
      configText(
        w.key,
        `exporters:
  otlp:
    endpoint: ${collector.url}
    auth: { type: oauth2, token_endpoint: ${collector.url}/oauth/token, client_id: ${OAUTH.clientId}, scopes: [logs.write, evidence] }
`,
      ),
    );
    await startTrail(w, 't1', `sha256:${'a'.repeat(64)}`);
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED'])).code).toBe(0);
  });

  afterAll(async () => {
    await collector.close();
  });

  it('says which secret is missing, and sends nothing', async () => {
    const r = await w.fs(['export', 'otlp']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('FACTSTORE_OTLP_CLIENT_SECRET is not set');
    expect(collector.requests).toHaveLength(0);
  });

  it('fails on a refused client secret with the token endpoint\'s error, never printing the secret', async () => {
    const tip = factsTip(w.repo);
    const r = await w.fs(['export', 'otlp'], { FACTSTORE_OTLP_CLIENT_SECRET: 'wrong-secret-value' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('invalid_client');
    expect(`${r.stdout}${r.stderr}`).not.toContain('wrong-secret-value');
    expect(factsTip(w.repo)).toBe(tip);
  });

  it('fetches a token with client credentials (HTTP Basic, the scopes) and sends with it', async () => {
    const r = await w.fs(['export', 'otlp', '--json'], { FACTSTORE_OTLP_CLIENT_SECRET: OAUTH.clientSecret });
    expect(r.code).toBe(0);
    const doc = jsonOf<ExportDoc>(r, 'export-otlp');
    expect(doc.exported).toBe(3);
    expect(doc.tokensFetched).toBe(1);
    const grant = collector.grants.slice(-1)[0];
    expect(grant).toEqual({ clientId: OAUTH.clientId, clientSecret: OAUTH.clientSecret, scope: 'logs.write evidence', via: 'basic' });
    expect(collector.requests[0]?.headers.authorization).toBe(`Bearer ${collector.oauth?.issued[0] ?? ''}`);
    expect(r.stdout).not.toContain(OAUTH.clientSecret);
  });

  it('gets a new token when the collector refuses the old one', async () => {
    for (const t of collector.oauth?.issued ?? []) collector.oauth?.revoked.add(t);
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'vulnerability-scan', '--status', 'PASSED'])).code).toBe(0);
    const r = await w.fs(['export', 'otlp', '--json'], { FACTSTORE_OTLP_CLIENT_SECRET: OAUTH.clientSecret });
    expect(r.code).toBe(0);
    expect(jsonOf<ExportDoc>(r, 'export-otlp')).toMatchObject({ exported: 1, tokensFetched: 1 });
  });

  it('stops at a collector that refuses a batch: non-zero exit, the table, its message under it, the cursor unmoved', async () => {
    expect((await w.fs(['approve', '--flow', FLOW, '--trail', 't1'], w.asAlice)).code).toBe(0);
    const tip = factsTip(w.repo);
    const taken = received(collector).length;
    collector.failNext.push({ status: 400, body: JSON.stringify({ code: 3, message: 'log record attribute policy.rule.id rejected by processor' }) });
    const r = await w.fs(['export', 'otlp'], { FACTSTORE_OTLP_CLIENT_SECRET: OAUTH.clientSecret });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/STREAM\s+EXPORTED\s+FAILED\s+STATUS\napproval\s+0\s+1\s+FAILED/);
    expect(r.stdout).toContain('HTTP 400');
    expect(r.stdout).toContain('log record attribute policy.rule.id rejected by processor');
    expect(factsTip(w.repo)).toBe(tip);
    expect(received(collector)).toHaveLength(taken);
    // fixed: the re-run sends the approval, once
    const ok = await w.fs(['export', 'otlp', '--json'], { FACTSTORE_OTLP_CLIENT_SECRET: OAUTH.clientSecret });
    expect(jsonOf<ExportDoc>(ok, 'export-otlp')).toMatchObject({ exported: 1, failed: 0 });
    const ids = received(collector).map((x) => x.attributes['factstore.fact_id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never sends an unsigned fact or one signed by a key the config does not trust', async () => {
    const forged = makeFact({ kind: 'attestation', flow: FLOW, trail: 't1', actor: 'mallory', ts: new Date().toISOString(), type: 'pen-test', status: 'PASSED', evidence: [] });
    const file = trailPath(FLOW, 't1');
    tamperFile(w.repo, 'factstore', file, `${git(w.repo, 'show', `factstore:${file}`)}${JSON.stringify(forged)}\n`);
    const mallory = new LocalGitStore({ dir: w.repo, signer: sshSigner(testKey('mallory@evil').privateKey) });
    await mallory.append({ facts: [makeFact({ kind: 'attestation', flow: FLOW, trail: 't1', actor: 'mallory', ts: new Date().toISOString(), type: 'sast', status: 'PASSED', evidence: [] })] });
    const taken = received(collector).length;
    const r = await w.fs(['export', 'otlp', '--json'], { FACTSTORE_OTLP_CLIENT_SECRET: OAUTH.clientSecret });
    expect(r.code).toBe(0);
    expect(jsonOf<ExportDoc>(r, 'export-otlp')).toMatchObject({ exported: 0, notCounted: 2, cursorCommit: null });
    expect(received(collector)).toHaveLength(taken);
  });

  it('ignores a forged cursor: an unsigned export fact cannot make facts skip the export', async () => {
    // mallory records a trusted-looking fact's absence: a cursor "through" the tip, unsigned, then a real fact follows it
    const destination = `${collector.url}/v1/logs`;
    const tipBefore = factsTip(w.repo);
    const fake = makeFact({ kind: 'export', event: 'FACTS_EXPORTED', stream: 'otlp', destination, through: tipBefore, records: 1, actor: 'mallory', ts: new Date().toISOString() });
    const folder = `loose/export/${exportKey('otlp', destination)}/${fake.ts.slice(0, 7)}.ndjson`;
    const current = git(w.repo, 'show', `factstore:${folder}`);
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'FAILED'])).code).toBe(0);
    tamperFile(w.repo, 'factstore', folder, `${current}${JSON.stringify({ ...fake, through: factsTip(w.repo) })}\n`);
    const r = await w.fs(['export', 'otlp', '--json'], { FACTSTORE_OTLP_CLIENT_SECRET: OAUTH.clientSecret });
    expect(jsonOf<ExportDoc>(r, 'export-otlp')).toMatchObject({ exported: 1 });
    expect(received(collector).slice(-1)[0]?.attributes['policy.evaluation.result']).toBe('Failed');
  });

  it('refuses credentials over plain http to another machine, and credentials in the URL', async () => {
    const remote = await w.fs(['export', 'otlp', '--endpoint', 'http://collector.example.com:4318'], { FACTSTORE_OTLP_CLIENT_SECRET: OAUTH.clientSecret });
    expect(remote.code).toBe(2);
    expect(remote.stderr).toContain('plain http to another machine');
    const userinfo = await w.fs(['export', 'otlp', '--endpoint', 'https://user:pass@collector.example.com'], { FACTSTORE_OTLP_CLIENT_SECRET: OAUTH.clientSecret });
    expect(userinfo.code).toBe(2);
    expect(userinfo.stderr).toContain('carries credentials in its URL');
    expect(`${userinfo.stdout}${userinfo.stderr}`).not.toContain('pass@');
  });

  it('refuses to send when the key may not record the cursor', async () => {
    const key = testKey('ci-limited@acme');
    const limited = await workspace();
    commitConfig(limited.repo, `trust:\n  signers:\n    - { principal: ci-limited@acme, key: "${key.signer.key}", kinds: [trail, artifact, attestation] }\nflows:\n  ${FLOW}:\n    require: [unit-tests]\n`);
    const r = await cli(['export', 'otlp', '--endpoint', collector.url], { cwd: limited.repo, env: { FACTSTORE_SIGNING_KEY: key.privateKey, FACTSTORE_ACTOR: 'ci' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('may not record export facts');
    expect(r.stderr).toContain('Nothing was sent');
  });
});
