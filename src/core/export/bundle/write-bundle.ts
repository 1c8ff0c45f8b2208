import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FactstoreConfig } from '../../config/config.js';
import { FactstoreError } from '../../errors.js';
import type { Framework } from '../../frameworks/framework.js';
import { auditEvent, type BypassFact, type Fact } from '../../model/fact.js';
import { splitSignedCommit } from '../../signing/commit-signature.js';
import { parseCommitHeader } from '../../store/local/object-reader.js';
import { parseClaims, splitLines } from '../../trust/append-claims.js';
import { merkleRoot } from '../merkle.js';
import { writeTar, type TarEntry } from '../tar.js';
import { controlsOf } from './bundle-controls.js';
import type { BundledFact, BundleWindow } from './bundle-facts.js';
import { bundleReadme } from './bundle-readme.js';

/** What a bundle reads beyond the facts: raw objects and files of the facts branch, and the reviewed configs. */
export interface BundleSource {
  /** the commit object as stored, signature header included */
  rawCommit(sha: string): Promise<Buffer>;
  /** a facts file's text at the facts commit read */
  fileText(path: string): Promise<string | undefined>;
  readEvidence(sha256: string): Promise<Uint8Array | undefined>;
  /** the config file as committed at a commit of the repository (a decision's configCommit) */
  configAt(commit: string): Promise<string | undefined>;
}

export interface ManifestFact {
  id: string;
  kind: string;
  event: string;
  ts: string;
  flow?: string;
  trail?: string;
  /** the facts file that holds it, and its line there (1-based) */
  path: string;
  line: number;
  /** the facts commit that appended it, and the principal of the key that signed that commit */
  commit: string;
  signer: string;
  controls: string[];
}

export interface BundleManifest {
  bundle: 1;
  window: { from: string; to: string };
  flows: string[];
  framework: { name: string; title: string; version: string } | null;
  /** the facts commit read */
  factsCommit: string | null;
  /** RFC 9162 Merkle Tree Hash (hex) over the lines of facts.ndjson, in order */
  merkleRoot: string;
  facts: ManifestFact[];
  /** every other file of the archive (the manifest aside), by path */
  files: { path: string; sha256: string; size: number }[];
}

export interface BundleInput {
  facts: readonly BundledFact[];
  source: BundleSource;
  config: FactstoreConfig;
  window: BundleWindow;
  framework?: Framework;
  factsCommit: string | undefined;
}

const sha256 = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * The audit bundle: one gzipped tar holding the window's facts (`facts.ndjson`, canonical order,
 * each line exactly as the facts branch holds it), the evidence they name, the configs their
 * decisions were taken with, the signature transcript (every facts commit that appended one of
 * them, as stored, and each facts file up to the last line those commits declare), a README for
 * people and a manifest with every file's sha256 and the facts' Merkle root. Same facts, same
 * bytes: nothing in it depends on when or where it was made.
 */
export async function writeBundle(input: BundleInput): Promise<{ archive: Buffer; manifest: BundleManifest }> {
  const { source } = input;
  const files = new Map<string, Buffer>();
  const lines: string[] = [];
  const manifestFacts: ManifestFact[] = [];
  const texts = new Map<string, string[]>();
  const needed = new Map<string, number>();
  const commits = new Map<string, Buffer>();
  for (const b of input.facts) {
    let fileLines = texts.get(b.path);
    if (fileLines === undefined) {
      fileLines = splitLines(await source.fileText(b.path));
      texts.set(b.path, fileLines);
    }
    const index = fileLines.findIndex((l) => l.includes(`"id":"${b.fact.id}"`) && (JSON.parse(l) as Fact).id === b.fact.id);
    if (index === -1) throw new FactstoreError('INTEGRITY', `fact ${b.fact.id} counts but is not in ${b.path}: run factstore verify.`);
    let raw = commits.get(b.commit);
    if (raw === undefined) {
      raw = await source.rawCommit(b.commit);
      commits.set(b.commit, raw);
    }
    const claims = parseClaims(parseCommitHeader(splitSignedCommit(raw.toString('utf8')).payload ?? '').message);
    const claim = claims.ok ? claims.claims.get(b.path) : undefined;
    // a fact counts only through such a declaration: without one it could not be re-checked
    if (claim === undefined) throw new FactstoreError('INTEGRITY', `facts commit ${b.commit} declares no append to ${b.path}: its facts cannot be re-checked from a bundle; run factstore verify.`);
    needed.set(b.path, Math.max(needed.get(b.path) ?? 0, claim.after));
    lines.push(fileLines[index] ?? '');
    const fact = b.fact;
    manifestFacts.push({
      id: fact.id,
      kind: fact.kind,
      event: auditEvent(fact),
      ts: fact.ts,
      ...('flow' in fact && typeof fact.flow === 'string' ? { flow: fact.flow } : {}),
      ...(fact.trail !== undefined ? { trail: fact.trail } : {}),
      path: b.path,
      line: index + 1,
      commit: b.commit,
      signer: b.signer,
      controls: input.framework === undefined ? [] : controlsOf(fact, input.framework, input.config).map((c) => c.id),
    });
    if (fact.kind === 'attestation') {
      for (const e of fact.evidence) {
        const hex = e.sha256.slice('sha256:'.length);
        if (files.has(`evidence/${hex}`)) continue;
        const bytes = await source.readEvidence(e.sha256);
        if (bytes === undefined) throw new FactstoreError('INTEGRITY', `evidence ${e.sha256} of fact ${fact.id} is not on the facts branch: run factstore verify.`);
        files.set(`evidence/${hex}`, Buffer.from(bytes));
      }
    }
    if (fact.kind === 'decision' && fact.configCommit !== undefined && !files.has(`config/${fact.configCommit}.yml`)) {
      const text = await source.configAt(fact.configCommit);
      if (text !== undefined) files.set(`config/${fact.configCommit}.yml`, Buffer.from(text, 'utf8'));
    }
  }
  files.set('facts.ndjson', Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8'));
  for (const [sha, raw] of commits) files.set(`transcript/commits/${sha}`, raw);
  for (const [path, after] of needed) files.set(`transcript/files/${path}`, Buffer.from((texts.get(path) ?? []).slice(0, after).map((l) => `${l}\n`).join(''), 'utf8'));
  const base = {
    bundle: 1 as const,
    window: { from: input.window.from.toISOString(), to: input.window.to.toISOString() },
    flows: [...input.window.flows],
    framework: input.framework === undefined ? null : { name: input.framework.name, title: input.framework.title, version: input.framework.version },
    factsCommit: input.factsCommit ?? null,
    merkleRoot: merkleRoot(lines.map((l) => Buffer.from(l, 'utf8'))),
    facts: manifestFacts,
  };
  files.set('README.md', Buffer.from(bundleReadme({ ...base, files: [] }, input.framework, input.facts.map((b) => b.fact).filter((f): f is BypassFact => f.kind === 'bypass')), 'utf8'));
  const listed = [...files].map(([path, bytes]) => ({ path, sha256: sha256(bytes), size: bytes.length })).sort((a, b) => (a.path < b.path ? -1 : 1));
  const manifest: BundleManifest = { ...base, files: listed };
  const entries: TarEntry[] = [...[...files].map(([path, bytes]) => ({ path, bytes })), { path: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') }];
  return { archive: gzipSync(writeTar(entries), { level: 9 }), manifest };
}
