import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { TrustedSigner } from '../../config/config.js';
import { isFactstoreError } from '../../errors.js';
import type { Fact } from '../../model/fact.js';
import { splitSignedCommit } from '../../signing/commit-signature.js';
import { parseCommitHeader } from '../../store/local/object-reader.js';
import { linesHash, parseClaims, splitLines } from '../../trust/append-claims.js';
import { authorityProblem } from '../../trust/authority.js';
import { commitVerdict, verdictText } from '../../trust/commit-verdict.js';
import { TrustedKeys } from '../../trust/trusted-keys.js';
import { merkleRoot } from '../merkle.js';
import { readTar } from '../tar.js';
import type { BundleManifest } from './write-bundle.js';

export interface BundleProblem {
  code: 'NOT_A_BUNDLE' | 'FILE_MISSING' | 'FILE_CHANGED' | 'FILE_UNLISTED' | 'MERKLE_MISMATCH' | 'FACT_MISMATCH' | 'COMMIT_MISMATCH' | 'SIGNATURE' | 'NOT_DECLARED' | 'AUTHORITY' | 'EVIDENCE_MISMATCH' | 'OUTSIDE_WINDOW';
  /** the file of the archive, the fact or the commit it is about */
  path?: string;
  fact?: string;
  commit?: string;
  message: string;
}

export interface BundleVerification {
  ok: boolean;
  facts: number;
  commits: number;
  files: number;
  merkleRoot: string | null;
  window: { from: string; to: string } | null;
  /** the principals whose keys signed the facts (of the keys supplied) */
  signers: string[];
  /** whether what each key may record was checked (a config gives it; an allowed-signers file does not) */
  authorityChecked: boolean;
  problems: BundleProblem[];
}

/** At most this much once unzipped: a bundle is read into memory. */
export const MAX_BUNDLE_BYTES = 2 * 1024 ** 3;

/**
 * Re-checks a bundle offline, with keys the auditor supplies: every file against the manifest,
 * the Merkle root, and for each fact the facts commit that appended it — its object hashes to its
 * id, its signature verifies with one of `signers`, the append its signed message declares covers
 * the fact's line, and (with `authority`) that key may record that kind of fact. Never throws on
 * a bad bundle: everything wrong is a problem, named.
 */
export function verifyBundle(archive: Buffer, what: string, signers: readonly TrustedSigner[], authority: boolean): BundleVerification {
  const result: BundleVerification = { ok: false, facts: 0, commits: 0, files: 0, merkleRoot: null, window: null, signers: [], authorityChecked: authority, problems: [] };
  const problem = (p: BundleProblem) => result.problems.push(p);
  let entries;
  try {
    entries = readTar(gunzipSync(archive, { maxOutputLength: MAX_BUNDLE_BYTES }), what);
  } catch (e) {
    problem({ code: 'NOT_A_BUNDLE', message: isFactstoreError(e) ? e.message : `${what} is not a gzipped bundle archive (${e instanceof Error ? e.message : String(e)}): export it again, or ask for the original.` });
    return result;
  }
  const files = new Map(entries.map((e) => [e.path, e.bytes]));
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '') as BundleManifest;
    if (manifest.bundle !== 1 || !Array.isArray(manifest.files) || !Array.isArray(manifest.facts)) throw new Error('not a bundle manifest');
  } catch {
    problem({ code: 'NOT_A_BUNDLE', path: 'manifest.json', message: `${what} has no readable manifest.json: it is not a Factstore bundle, or the manifest was changed.` });
    return result;
  }
  result.window = manifest.window;
  result.files = manifest.files.length;
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const listed = new Set<string>(['manifest.json']);
  for (const f of manifest.files) {
    listed.add(f.path);
    const bytes = files.get(f.path);
    if (bytes === undefined) problem({ code: 'FILE_MISSING', path: f.path, message: `${f.path} is listed in the manifest but not in the archive.` });
    else if (bytes.length !== f.size || sha256(bytes) !== f.sha256) problem({ code: 'FILE_CHANGED', path: f.path, message: `${f.path} does not hash to the sha256 the manifest gives: it was changed after the bundle was made.` });
  }
  for (const path of files.keys()) if (!listed.has(path)) problem({ code: 'FILE_UNLISTED', path, message: `${path} is in the archive but not in the manifest: it was added after the bundle was made.` });

  const lines = splitLines(files.get('facts.ndjson')?.toString('utf8'));
  result.facts = lines.length;
  const root = merkleRoot(lines.map((l) => Buffer.from(l, 'utf8')));
  result.merkleRoot = root;
  if (root !== manifest.merkleRoot || lines.length !== manifest.facts.length) {
    problem({ code: 'MERKLE_MISMATCH', path: 'facts.ndjson', message: `the facts of facts.ndjson hash to the Merkle root ${root}, not to ${manifest.merkleRoot} as the manifest says (${lines.length} facts for ${manifest.facts.length} listed): facts were changed, added or removed.` });
  }
  const keys = new TrustedKeys(signers);
  const verdicts = new Map<string, { principal?: string; claims?: Map<string, { before: number; after: number; sha256: string }>; problem?: BundleProblem }>();
  const from = Date.parse(manifest.window.from);
  const to = Date.parse(manifest.window.to);
  const signedBy = new Set<string>();
  lines.forEach((line, i) => {
    const entry = manifest.facts[i];
    let fact: Fact;
    try {
      fact = JSON.parse(line) as Fact;
    } catch {
      problem({ code: 'FACT_MISMATCH', path: 'facts.ndjson', message: `facts.ndjson:${i + 1} is not JSON.` });
      return;
    }
    if (entry === undefined || entry.id !== fact.id) {
      problem({ code: 'FACT_MISMATCH', fact: fact.id, message: `facts.ndjson:${i + 1} (fact ${fact.id}) is not the fact the manifest lists there.` });
      return;
    }
    const t = Date.parse(fact.ts);
    if (!(t >= from && t < to)) problem({ code: 'OUTSIDE_WINDOW', fact: fact.id, message: `fact ${fact.id} was recorded at ${fact.ts}, outside the bundle's window.` });
    const verdict = commitOf(entry.commit);
    if (verdict.problem !== undefined) {
      problem({ ...verdict.problem, fact: fact.id });
      return;
    }
    const claim = verdict.claims?.get(entry.path);
    const fileLines = splitLines(files.get(`transcript/files/${entry.path}`)?.toString('utf8'));
    if (claim === undefined || entry.line <= claim.before || entry.line > claim.after) {
      problem({ code: 'NOT_DECLARED', fact: fact.id, commit: entry.commit, message: `facts commit ${entry.commit.slice(0, 12)} does not declare appending line ${entry.line} of ${entry.path}, where fact ${fact.id} is said to be.` });
      return;
    }
    if (fileLines[entry.line - 1] !== line || linesHash(fileLines.slice(0, claim.after)) !== claim.sha256) {
      problem({ code: 'FACT_MISMATCH', fact: fact.id, commit: entry.commit, message: `fact ${fact.id} is not what facts commit ${entry.commit.slice(0, 12)} signed as appended to ${entry.path}: the fact or the transcript was changed.` });
      return;
    }
    if (authority && verdict.principal !== undefined) {
      const signer = signers.find((s) => s.principal === verdict.principal);
      const why = signer === undefined ? undefined : authorityProblem(signer, fact);
      if (why !== undefined) problem({ code: 'AUTHORITY', fact: fact.id, commit: entry.commit, message: `fact ${fact.id} does not count: ${why}.` });
    }
    if (verdict.principal !== undefined) signedBy.add(verdict.principal);
    if (fact.kind === 'attestation') {
      for (const e of fact.evidence) {
        const bytes = files.get(`evidence/${e.sha256.slice('sha256:'.length)}`);
        if (bytes === undefined || `sha256:${sha256(bytes)}` !== e.sha256) problem({ code: 'EVIDENCE_MISMATCH', fact: fact.id, path: `evidence/${e.sha256.slice(7)}`, message: `evidence ${e.sha256} of fact ${fact.id} is missing from the bundle or does not hash to its name.` });
      }
    }
  });
  result.commits = verdicts.size;
  result.signers = [...signedBy].sort();
  result.ok = result.problems.length === 0;
  return result;

  function commitOf(sha: string) {
    let known = verdicts.get(sha);
    if (known !== undefined) return known;
    const raw = files.get(`transcript/commits/${sha}`);
    if (raw === undefined) known = { problem: { code: 'COMMIT_MISMATCH', commit: sha, message: `facts commit ${sha} is not in transcript/commits/.` } };
    else if (createHash('sha1').update(`commit ${raw.length}\0`).update(raw).digest('hex') !== sha) {
      known = { problem: { code: 'COMMIT_MISMATCH', commit: sha, path: `transcript/commits/${sha}`, message: `transcript/commits/${sha} does not hash to ${sha}: the commit object was changed.` } };
    } else {
      const { payload, signature } = splitSignedCommit(raw.toString('utf8'));
      const verdict = commitVerdict({ payload, signature }, keys);
      if (verdict.status !== 'trusted') known = { problem: { code: 'SIGNATURE', commit: sha, message: `facts commit ${sha.slice(0, 12)} is ${verdictText(verdict).replace('trust.signers does not list', 'the keys you gave do not hold')}.` } };
      else {
        const claims = parseClaims(parseCommitHeader(payload ?? '').message);
        known = claims.ok ? { principal: verdict.entry.signer.principal, claims: claims.claims } : { problem: { code: 'NOT_DECLARED', commit: sha, message: `facts commit ${sha.slice(0, 12)}: ${claims.problem}.` } };
      }
    }
    verdicts.set(sha, known);
    return known;
  }
}
