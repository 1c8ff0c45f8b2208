#!/usr/bin/env node
// Builds a large, realistic facts store for benchmarks, fast: every object is made in memory and
// written straight into one packfile (no per-object git process, no loose objects).
//
//   node scripts/bench/make-store.mjs --dir D --facts 100000 [--trails-per-flow N] [--seed S] [--days N]
//
// D becomes a git repository whose `factstore` branch holds N facts, one signed commit per fact,
// laid out and signed exactly as LocalGitStore writes them (src/core/store/layout.ts,
// src/core/store/local/commit-text.ts, src/core/signing/sign-sshsig.ts). Next to it: D.key,
// D.key.pub, D.allowed_signers (CI's key and the App's) and D.config.yml (trusting them, defining the flows).
// Standalone on purpose: it runs with plain node, without a build of the TypeScript sources.
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const USAGE = 'usage: node scripts/bench/make-store.mjs --dir D --facts N [--trails-per-flow N] [--seed S] [--concurrency N] [--days N]';

function parseArgs(argv) {
  const out = { facts: 1000, trailsPerFlow: 500, seed: 1, concurrency: 6, dir: undefined, days: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const num = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) fail(`${flag} needs a positive integer. ${USAGE}`);
      i++;
      return n;
    };
    if (flag === '--dir') {
      if (value === undefined || value.startsWith('--')) fail(`--dir needs a directory. ${USAGE}`);
      out.dir = value;
      i++;
    } else if (flag === '--facts') out.facts = num();
    else if (flag === '--trails-per-flow') out.trailsPerFlow = num();
    else if (flag === '--seed') out.seed = num();
    else if (flag === '--concurrency') out.concurrency = num();
    else if (flag === '--days') out.days = num();
    else fail(`unknown argument ${flag}. ${USAGE}`);
  }
  if (out.dir === undefined) fail(`--dir is required. ${USAGE}`);
  out.dir = path.resolve(out.dir.replace(/\/+$/, ''));
  return out;
}

function fail(message) {
  process.stderr.write(`make-store: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- SSH key and SSHSIG (node:crypto)

const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const sshString = (v) => {
  const b = typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v);
  return Buffer.concat([u32(b.length), b]);
};
const wrap70 = (b64) => b64.match(/.{1,70}/g).join('\n');

function makeKey(comment) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
  const pub = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  // openssh-key-v1, unencrypted (OpenSSH PROTOCOL.key), as `factstore keygen` writes it
  const check = randomBytes(4).readUInt32BE(0);
  const section = Buffer.concat([u32(check), u32(check), sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment)]);
  const padding = Buffer.from(Array.from({ length: (8 - (section.length % 8)) % 8 }, (_, i) => i + 1));
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    u32(1),
    sshString(blob),
    sshString(Buffer.concat([section, padding])),
  ]);
  const privateText = `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap70(body.toString('base64'))}\n-----END OPENSSH PRIVATE KEY-----\n`;
  return { privateKey, blob, privateText, publicLine: `ssh-ed25519 ${blob.toString('base64')} ${comment}` };
}

/** The armored SSHSIG (namespace git, sha512) of `payload`: what `ssh-keygen -Y sign` writes. */
function sshsig(key, payload) {
  const digest = createHash('sha512').update(payload).digest();
  const signed = Buffer.concat([Buffer.from('SSHSIG'), sshString('git'), sshString(''), sshString('sha512'), sshString(digest)]);
  const raw = sign(null, signed, key.privateKey);
  const blob = Buffer.concat([
    Buffer.from('SSHSIG'),
    u32(1),
    sshString(key.blob),
    sshString('git'),
    sshString(''),
    sshString('sha512'),
    sshString(Buffer.concat([sshString('ssh-ed25519'), sshString(raw)])),
  ]);
  return `-----BEGIN SSH SIGNATURE-----\n${wrap70(blob.toString('base64'))}\n-----END SSH SIGNATURE-----\n`;
}

/** The gpgsig header goes at the end of the headers, each continuation line indented by one space. */
function signedCommit(payload, armored) {
  const at = payload.indexOf('\n\n') + 1;
  const header = armored
    .slice(0, -1)
    .split('\n')
    .map((line, i) => (i === 0 ? `gpgsig ${line}` : ` ${line}`))
    .join('\n');
  return `${payload.slice(0, at)}${header}\n${payload.slice(at)}`;
}

// ---------------------------------------------------------------- packfile writer

const TYPE_CODE = { commit: 1, tree: 2, blob: 3 };

/** Writes one undeltified pack; the object count in its header is patched at the end. */
class PackWriter {
  constructor(file) {
    this.file = file;
    this.fd = fs.openSync(file, 'w+');
    this.count = 0;
    this.seen = new Set();
    this.chunks = [Buffer.from('PACK\0\0\0\x02\0\0\0\0', 'latin1')];
    this.buffered = 0;
  }

  /** Adds one object unless it is already in the pack; returns its raw 20-byte id. */
  add(type, content) {
    const id = createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest();
    const hex = id.toString('hex');
    if (this.seen.has(hex)) return id;
    this.seen.add(hex);
    const head = [];
    let size = content.length;
    let byte = (TYPE_CODE[type] << 4) | (size & 0x0f);
    size = Math.floor(size / 16);
    while (size > 0) {
      head.push(byte | 0x80);
      byte = size & 0x7f;
      size = Math.floor(size / 128);
    }
    head.push(byte);
    // Trees are mostly object ids, which do not compress: storing them keeps the generator fast.
    const body = deflateSync(content, { level: type === 'tree' ? 0 : 1 });
    this.chunks.push(Buffer.from(head), body);
    this.buffered += head.length + body.length;
    if (this.buffered > 16 << 20) this.flush();
    this.count++;
    return id;
  }

  flush() {
    if (this.chunks.length > 0) fs.writeSync(this.fd, Buffer.concat(this.chunks));
    this.chunks = [];
    this.buffered = 0;
  }

  /** Patches the object count into the header and appends the SHA-1 trailer. */
  finish() {
    this.flush();
    fs.writeSync(this.fd, u32(this.count), 0, 4, 8);
    const hash = createHash('sha1');
    const chunk = Buffer.allocUnsafe(8 << 20);
    let pos = 0;
    for (;;) {
      const n = fs.readSync(this.fd, chunk, 0, chunk.length, pos);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
      pos += n;
    }
    fs.writeSync(this.fd, hash.digest(), 0, 20, pos);
    fs.closeSync(this.fd);
  }
}

// ---------------------------------------------------------------- the facts tree, in memory

/** A directory whose serialised form is rebuilt only when something beneath it changed. */
class Dir {
  constructor() {
    this.keys = []; // sort keys in git order: a directory sorts as if its name ended in '/'
    this.entries = new Map();
    this.id = undefined;
  }

  child(name, mode) {
    let e = this.entries.get(name);
    if (e === undefined) {
      e = { name, mode, head: Buffer.from(`${mode} ${name}\0`), id: undefined, dir: mode === '40000' ? new Dir() : undefined };
      this.entries.set(name, e);
      const key = mode === '40000' ? `${name}/` : name;
      let lo = 0;
      let hi = this.keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.keys[mid].key < key) lo = mid + 1;
        else hi = mid;
      }
      this.keys.splice(lo, 0, { key, entry: e });
    }
    return e;
  }

  set(filePath, blobId) {
    const parts = filePath.split('/');
    let dir = this;
    dir.id = undefined;
    for (let i = 0; i < parts.length - 1; i++) {
      dir = dir.child(parts[i], '40000').dir;
      dir.id = undefined;
    }
    dir.child(parts[parts.length - 1], '100644').id = blobId;
  }

  write(pack) {
    if (this.id !== undefined) return this.id;
    let size = 0;
    for (const { entry } of this.keys) {
      if (entry.dir !== undefined) entry.id = entry.dir.write(pack);
      size += entry.head.length + 20;
    }
    const buf = Buffer.allocUnsafe(size);
    let at = 0;
    for (const { entry } of this.keys) {
      at += entry.head.copy(buf, at);
      at += entry.id.copy(buf, at);
    }
    this.id = pack.add('tree', buf);
    return this.id;
  }
}

// ---------------------------------------------------------------- facts, as makeFact builds them

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const k of Object.keys(value).sort()) if (value[k] !== undefined) out[k] = canonical(value[k]);
    return out;
  }
  return value;
}
const canonicalJson = (v) => JSON.stringify(canonical(v));
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function makeFact(input) {
  const basis =
    input.idempotencyKey !== undefined
      ? canonicalJson({ kind: input.kind, flow: input.flow, trail: input.trail, key: input.idempotencyKey })
      : canonicalJson(input);
  return canonical({ v: 1, id: sha256(basis), ...input });
}

const auditEvent = (f) =>
  f.kind === 'trail' ? 'TRAIL_STARTED'
  : f.kind === 'artifact' ? 'ARTIFACT_REPORTED'
  : f.kind === 'attestation' ? 'ATTESTATION_RECORDED'
  : f.kind === 'approval' ? (f.decision === 'APPROVED' ? 'APPROVAL_GRANTED' : 'APPROVAL_REJECTED')
  : f.kind === 'drift' ? 'DRIFT_DETECTED'
  : f.event;

/**
 * src/core/store/commit-message.ts for one fact, with what the commit appended to its facts file
 * (src/core/trust/append-claims.ts: lines before, lines after, sha256 of the file up to them).
 */
function commitMessage(f, claim) {
  const where = f.trail === undefined ? f.flow : `${f.flow}/${f.trail}`;
  const what = f.kind === 'attestation' ? ` ${f.type} ${f.status}` : f.kind === 'artifact' ? ` ${f.artifact}` : '';
  const line = `${auditEvent(f)} ${where}${what} (${f.id.slice(0, 12)})`;
  return `factstore: ${line}\n\n${line}\n\nFactstore-Append: ${claim.path} ${claim.before} ${claim.after} ${claim.sha256}\n`;
}

const lineCount = (text) => (text === '' ? 0 : text.replace(/\n$/, '').split('\n').length);

/** src/core/store/layout.ts */
const shard = (text) => sha256(text).slice(0, 2);
const trailPath = (flow, trail) => `trails/${flow}/${shard(trail)}/${trail}.ndjson`;
const artifactIndexPath = (digest) => `index/artifacts/${digest.slice(7, 9)}/${digest.slice(7)}.ndjson`;
const commitIndexPath = (commit) => `index/commits/${commit.slice(0, 2)}/${commit}.ndjson`;
const evidencePath = (digest) => `evidence/${digest.slice(7, 9)}/${digest.slice(7)}`;
const loosePath = (f) => `loose/${f.kind}/${'environment' in f ? f.environment : f.flow}/${f.ts.slice(0, 7)}.ndjson`;

// ---------------------------------------------------------------- a realistic stream of CI writes

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ['payment-service', 'checkout', 'ledger', 'web-frontend', 'identity', 'search', 'notifications', 'billing', 'catalog', 'inventory'];

function flowName(i) {
  const base = SERVICES[i % SERVICES.length];
  return i < SERVICES.length ? base : `${base}-${Math.floor(i / SERVICES.length)}`;
}

function junit(trail, failures) {
  const cases = Array.from({ length: 12 }, (_, i) =>
    i < failures
      ? `    <testcase classname="suite.${trail.slice(0, 8)}" name="case ${i}" time="0.01"><failure message="expected true">assert</failure></testcase>`
      : `    <testcase classname="suite.${trail.slice(0, 8)}" name="case ${i}" time="0.01"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vitest tests" tests="12" failures="${failures}" errors="0">\n  <testsuite name="${trail}" tests="12" failures="${failures}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

function sarif(trail, warnings) {
  const results = Array.from({ length: warnings }, (_, i) => ({ ruleId: `rule-${i}`, level: 'warning', message: { text: `finding ${i} in ${trail.slice(0, 8)}` } }));
  return `${JSON.stringify({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [{ tool: { driver: { name: 'eslint' } }, results }] }, null, 2)}\n`;
}

function cyclonedx(trail, components) {
  const list = Array.from({ length: components }, (_, i) => ({ type: 'library', name: `dep-${i}`, version: `1.${i}.0`, purl: `pkg:npm/dep-${i}@1.${i}.0` }));
  return `${JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', serialNumber: `urn:uuid:${trail.slice(0, 8)}-0000-4000-8000-000000000000`, components: list }, null, 2)}\n`;
}

/** The CI steps of one trail, in order; each step is one write (one commit) of one fact. */
function trailSteps(ctx) {
  const { rand, flow, trail, n } = ctx;
  const runId = String(9_000_000 + n);
  const context = { repository: `acme/${flow}`, workflow: 'ci', runId, runAttempt: '1', ref: 'refs/heads/main', sha: trail, event: 'push', serverUrl: 'https://github.com' };
  const digest = `sha256:${sha256(`artifact:${trail}`)}`;
  const base = { flow, trail, actor: 'github-actions', context };
  const evidence = (name, format, text, summary) => {
    const bytes = Buffer.from(text);
    const sha = `sha256:${sha256(bytes)}`;
    return { ref: { name, sha256: sha, size: bytes.length, format, summary }, bytes, sha };
  };
  const failures = rand() < 0.03 ? 1 + Math.floor(rand() * 3) : 0;
  const warnings = Math.floor(rand() * 4);
  const components = 20 + Math.floor(rand() * 60);
  const steps = [
    () => ({ input: { kind: 'trail', ...base, commit: trail, gitBranch: 'main', author: `dev-${n % 37}` } }),
    () => ({ input: { kind: 'artifact', ...base, commit: trail, artifact: digest, name: `ghcr.io/acme/${flow}`, tag: `v1.${n}.0`, registry: 'ghcr.io' } }),
    () => {
      const ev = evidence('junit.xml', 'junit', junit(trail, failures), { tests: 12, passed: 12 - failures, failures, errors: 0, skipped: 0 });
      return { input: { kind: 'attestation', ...base, type: 'unit-tests', status: failures > 0 ? 'FAILED' : 'PASSED', idempotencyKey: `${runId}/unit-tests`, evidence: [ev.ref] }, evidence: [ev] };
    },
    () => {
      const ev = evidence('eslint.sarif', 'sarif', sarif(trail, warnings), { results: warnings, error: 0, warning: warnings, note: 0 });
      return { input: { kind: 'attestation', ...base, artifact: digest, type: 'vulnerability-scan', status: 'PASSED', idempotencyKey: `${runId}/vulnerability-scan`, evidence: [ev.ref] }, evidence: [ev] };
    },
    () => {
      const ev = evidence('bom.json', 'cyclonedx', cyclonedx(trail, components), { components });
      return { input: { kind: 'attestation', ...base, artifact: digest, type: 'sbom', status: 'PASSED', idempotencyKey: `${runId}/sbom`, evidence: [ev.ref] }, evidence: [ev] };
    },
  ];
  if (rand() < 0.5) {
    steps.push(() => ({
      input: { kind: 'attestation', ...base, type: 'code-review', status: 'PASSED', evidenceUrl: `https://github.com/acme/${flow}/pull/${n}`, details: 'Reviewed and approved on the pull request', evidence: [] },
    }));
  }
  steps.push(() => ({
    input: { kind: 'approval', flow, trail, actor: n % 3 === 0 ? 'bob' : 'alice', decision: rand() < 0.97 ? 'APPROVED' : 'REJECTED', comment: 'Release checked' },
  }));
  if (rand() < 0.2) {
    steps.push(() => ({
      input: { kind: 'snapshot', actor: 'deployer', event: 'ENVIRONMENT_SNAPSHOT', environment: 'production', type: 'k8s', artifacts: [{ name: `ghcr.io/acme/${flow}`, artifact: digest }] },
    }));
  }
  return steps;
}

// ---------------------------------------------------------------- main

function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (fs.existsSync(args.dir) && fs.readdirSync(args.dir).length > 0) fail(`${args.dir} exists and is not empty: give a new directory.`);
  fs.mkdirSync(args.dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', args.dir]);
  const gitdir = path.join(args.dir, '.git');

  const principal = 'bench@factstore';
  const key = makeKey(principal);
  const appKey = makeKey('factstore-app@bench');
  fs.writeFileSync(`${args.dir}.key`, key.privateText, { mode: 0o600 });
  fs.writeFileSync(`${args.dir}.key.pub`, `${key.publicLine}\n`);
  // both keys that sign the store's commits: CI's, and the App's (the approvals)
  fs.writeFileSync(`${args.dir}.allowed_signers`, `${principal} namespaces="git" ssh-ed25519 ${key.blob.toString('base64')}\nfactstore-app@bench namespaces="git" ssh-ed25519 ${appKey.blob.toString('base64')}\n`);

  const rand = prng(args.seed);
  const totalTrails = Math.ceil(args.facts / 7);
  const flowCount = Math.max(1, Math.ceil(totalTrails / args.trailsPerFlow));
  const flows = Array.from({ length: flowCount }, (_, i) => flowName(i));

  const packFile = path.join(gitdir, 'objects', 'pack', 'tmp-make-store.pack');
  const pack = new PackWriter(packFile);
  const root = new Dir();
  const files = new Map(); // path -> current text of every NDJSON file
  let clock = Date.parse('2025-01-06T08:00:00Z');
  let parent;

  const commit = (message, signer = key) => {
    const tree = root.write(pack).toString('hex');
    const seconds = Math.floor(clock / 1000);
    const who = `Factstore <factstore@localhost> ${seconds} +0000`;
    const payload = `tree ${tree}\n${parent === undefined ? '' : `parent ${parent}\n`}author ${who}\ncommitter ${who}\n\n${message}`;
    const text = signedCommit(payload, sshsig(signer, Buffer.from(payload)));
    parent = pack.add('commit', Buffer.from(text)).toString('hex');
  };
  const writeFile = (p, text) => {
    files.set(p, text);
    root.set(p, pack.add('blob', Buffer.from(text)));
  };
  const appendLine = (p, line, unique) => {
    const text = files.get(p) ?? '';
    if (unique && text.split('\n').includes(line)) return;
    writeFile(p, `${text}${line}\n`);
  };

  writeFile('FACTSTORE.json', `${JSON.stringify({ factstore: { layout: 1 } }, null, 2)}\n`);
  commit('factstore: create the facts branch\n');

  let trailNumber = 0;
  const newTrail = () => {
    const n = trailNumber++;
    const flow = flows[n % flows.length];
    const trail = sha256(`commit:${args.seed}:${n}`).slice(0, 40);
    return { steps: trailSteps({ rand, flow, trail, n }), next: 0 };
  };
  const active = Array.from({ length: args.concurrency }, newTrail);
  for (let written = 0; written < args.facts; written++) {
    const slot = Math.floor(rand() * active.length);
    const run = active[slot];
    const step = run.steps[run.next++]();
    if (run.next >= run.steps.length) active[slot] = newTrail();
    // 5 to 60 s between facts; with --days, spread over that many days from 2025-01-06
    clock += args.days === undefined ? 5_000 + Math.floor(rand() * 55_000) : Math.floor(((args.days * 86_400_000) / args.facts) * (0.2 + rand() * 1.6));
    // a fact is never dated after its commit: the commit's time is the fact's second
    const fact = makeFact({ ...step.input, ts: new Date(Math.floor(clock / 1000) * 1000).toISOString() });
    const line = JSON.stringify(fact);
    const home = fact.trail === undefined ? loosePath(fact) : trailPath(fact.flow, fact.trail);
    const before = files.get(home) ?? '';
    if (fact.trail === undefined) {
      appendLine(loosePath(fact), line, false);
    } else {
      appendLine(trailPath(fact.flow, fact.trail), line, false);
      const ref = JSON.stringify({ flow: fact.flow, trail: fact.trail });
      if (fact.kind === 'artifact') appendLine(artifactIndexPath(fact.artifact), ref, true);
      if (fact.kind === 'trail' && fact.commit !== undefined) appendLine(commitIndexPath(fact.commit), ref, true);
    }
    for (const ev of step.evidence ?? []) root.set(evidencePath(ev.sha), pack.add('blob', ev.bytes));
    const after = files.get(home) ?? '';
    const claim = { path: home, before: lineCount(before), after: lineCount(after), sha256: sha256(after) };
    // approvals are a person's: the App records them with its own key (app: true in the config)
    commit(commitMessage(fact, claim), fact.kind === 'approval' ? appKey : key);
    if ((written + 1) % 10_000 === 0) process.stderr.write(`make-store: ${written + 1} facts (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  pack.finish();

  const out = execFileSync('git', ['index-pack', packFile], { cwd: args.dir, encoding: 'utf8' }).trim();
  const name = out.split(/\s+/).pop();
  fs.chmodSync(packFile, 0o444); // as git leaves its packs
  fs.renameSync(packFile, path.join(gitdir, 'objects', 'pack', `pack-${name}.pack`));
  fs.renameSync(packFile.replace(/\.pack$/, '.idx'), path.join(gitdir, 'objects', 'pack', `pack-${name}.idx`));
  execFileSync('git', ['update-ref', 'refs/heads/factstore', parent], { cwd: args.dir });

  const config = [
    '# Written by scripts/bench/make-store.mjs for the benchmark store next to it.',
    'facts: { branch: factstore }',
    'trust:',
    '  signers:',
    `    - { principal: ${principal}, key: "${key.publicLine}" }`,
    `    - { principal: factstore-app@bench, key: "${appKey.publicLine}", app: true }`,
    'flows:',
    ...flows.flatMap((f) => [
      `  ${f}:`,
      '    require: [unit-tests, vulnerability-scan, sbom]',
      '    approval: { required: true, approvers: [alice, bob], min: 1 }',
    ]),
    'types:',
    '  unit-tests: { format: junit }',
    '  vulnerability-scan: { format: sarif }',
    '  sbom: { format: cyclonedx }',
    '  code-review: {}',
    '',
  ];
  fs.writeFileSync(`${args.dir}.config.yml`, config.join('\n'));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${JSON.stringify({ dir: args.dir, branch: 'factstore', tip: parent, facts: args.facts, trails: trailNumber, flows: flows.length, objects: pack.count, seconds: Number(seconds) })}\n`);
}

main();
