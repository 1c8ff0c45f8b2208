import { createHash } from 'node:crypto';
import { isFlowFact, type Fact } from '../model/fact.js';
import { termIndexPath, termsOf } from './term-index.js';

/**
 * Where facts live in the facts branch tree. Every lookup by trail, artifact digest or git
 * commit reads O(1) files; every write touches a few small files.
 *
 *   FACTSTORE.json                          layout marker
 *   trails/<flow>/<aa>/<trail>.ndjson       every fact of a trail
 *   index/artifacts/<aa>/<hex>.ndjson       {"flow","trail"} lines: trails that recorded the digest
 *   index/commits/<aa>/<sha>.ndjson         {"flow","trail"} lines: trails started for a git commit
 *   index/terms/<field>/…/<key>/<yyyy-mm-dd>.ndjson  {"flow","trail"} lines: trails by name, type, actor (term-index.ts)
 *   loose/<kind>/<key>/<yyyy-mm>.ndjson     facts bound to no trail (by flow or environment)
 *   evidence/<aa>/<hex>                     evidence bytes, content-addressed
 *
 * `<aa>` is two hex characters: of the digest/commit itself, or of sha256(trail) for trails.
 */
export const LAYOUT_VERSION = 1;
export const MARKER_PATH = 'FACTSTORE.json';

export function shard(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 2);
}

export function trailPath(flow: string, trail: string): string {
  return `trails/${flow}/${shard(trail)}/${trail}.ndjson`;
}

export function artifactIndexPath(digest: string): string {
  const hex = digest.slice('sha256:'.length);
  return `index/artifacts/${hex.slice(0, 2)}/${hex}.ndjson`;
}

export function commitIndexPath(commit: string): string {
  return `index/commits/${commit.slice(0, 2)}/${commit}.ndjson`;
}

export function evidencePath(sha256: string): string {
  const hex = sha256.startsWith('sha256:') ? sha256.slice(7) : sha256;
  return `evidence/${hex.slice(0, 2)}/${hex}`;
}

export function looseDir(kind: string, key: string): string {
  return `loose/${kind}/${key}`;
}

/** The folder key of tamper alarms: they belong to the facts branch, not to a flow. */
export const ALARM_KEY = 'tamper';

/** The folder key of an export cursor: its stream and a short hash of its destination (a URL is no file name). */
export function exportKey(stream: string, destination: string): string {
  return `${stream}-${createHash('sha256').update(destination).digest('hex').slice(0, 16)}`;
}

/** The folder key of a loose fact: its environment for snapshots and drift, `tamper` for alarms, the destination for export cursors, else its flow. */
export function looseKey(fact: Fact): string {
  if (fact.kind === 'alarm') return ALARM_KEY;
  if (fact.kind === 'export') return exportKey(fact.stream, fact.destination);
  return fact.kind === 'snapshot' || fact.kind === 'drift' ? fact.environment : fact.flow;
}

export function loosePath(fact: Fact): string {
  const key = looseKey(fact);
  return `${looseDir(fact.kind, key)}/${fact.ts.slice(0, 7)}.ndjson`;
}

/** One write to one NDJSON file: lines to append unless a line with the same dedupe key is there. */
export interface FileAppend {
  path: string;
  lines: { key: string; text: string }[];
}

/** The file appends one fact needs: its home file, plus index lines for artifacts, commits and search terms. */
export function placementsFor(fact: Fact): FileAppend[] {
  const text = JSON.stringify(fact);
  if (!isFlowFact(fact) || fact.trail === undefined) return [{ path: loosePath(fact), lines: [{ key: fact.id, text }] }];
  const out: FileAppend[] = [{ path: trailPath(fact.flow, fact.trail), lines: [{ key: fact.id, text }] }];
  const ref = JSON.stringify({ flow: fact.flow, trail: fact.trail });
  if (fact.kind === 'artifact') out.push({ path: artifactIndexPath(fact.artifact), lines: [{ key: ref, text: ref }] });
  if (fact.kind === 'trail' && fact.commit !== undefined) {
    out.push({ path: commitIndexPath(fact.commit), lines: [{ key: ref, text: ref }] });
  }
  for (const { field, term } of termsOf(fact)) out.push({ path: termIndexPath(field, term, fact.ts), lines: [{ key: ref, text: ref }] });
  return out;
}
