import { shard } from '../store/layout.js';
import { TERM_FIELDS, termShards, type TermField } from '../store/term-index.js';

/** What a path of the facts tree is, by the layout of src/core/store/layout.ts. */
export type StorePath =
  | { kind: 'trail'; flow: string; trail: string }
  | { kind: 'loose'; factKind: string; key: string; month: string }
  /** `key` of a term index: `<term key>/<yyyy-mm-dd>` */
  | { kind: 'index'; index: IndexName; key: string }
  | { kind: 'evidence'; hex: string }
  /** under trails/, loose/, index/ or evidence/ but not a file the layout allows */
  | { kind: 'unexpected'; expected: string }
  /** outside the layout's folders (the marker, a README): not checked */
  | { kind: 'other' };

export type IndexName = 'artifacts' | 'commits' | `terms/${TermField}`;

const NAME = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const HEX64 = /^[a-f0-9]{64}$/;
const HEX40 = /^[a-f0-9]{40}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TERM_KEY = /^[a-z0-9_~-]{2,768}$/;
const NDJSON = '.ndjson';

const stem = (file: string | undefined): string | undefined =>
  file !== undefined && file.endsWith(NDJSON) ? file.slice(0, -NDJSON.length) : undefined;

const shardCache = new Map<string, string>();

/** sha256 shard of a trail name, remembered: one trail file changes many times. */
function trailShard(trail: string): string {
  let s = shardCache.get(trail);
  if (s === undefined) {
    if (shardCache.size > 200_000) shardCache.clear();
    s = shard(trail);
    shardCache.set(trail, s);
  }
  return s;
}

export function classifyPath(path: string): StorePath {
  const parts = path.split('/');
  switch (parts[0]) {
    case 'trails': {
      const [, flow = '', aa, file, ...extra] = parts;
      const trail = stem(file);
      if (extra.length > 0 || trail === undefined || !NAME.test(flow) || !NAME.test(trail) || aa !== trailShard(trail)) {
        return { kind: 'unexpected', expected: 'trails/<flow>/<sha256(trail)[0:2]>/<trail>.ndjson' };
      }
      return { kind: 'trail', flow, trail };
    }
    case 'loose': {
      const [, factKind = '', key = '', file, ...extra] = parts;
      const month = stem(file);
      if (extra.length > 0 || month === undefined || !NAME.test(factKind) || !NAME.test(key) || !MONTH.test(month)) {
        return { kind: 'unexpected', expected: 'loose/<kind>/<flow or environment>/<yyyy-mm>.ndjson' };
      }
      return { kind: 'loose', factKind, key, month };
    }
    case 'index': {
      if (parts[1] === 'terms') return termIndexPath(parts);
      const [, index, aa, file, ...extra] = parts;
      const key = stem(file) ?? '';
      const shape = index === 'artifacts' ? HEX64 : index === 'commits' ? HEX40 : undefined;
      if (extra.length > 0 || shape === undefined || !shape.test(key) || aa !== key.slice(0, 2)) {
        return { kind: 'unexpected', expected: 'index/artifacts/<aa>/<sha256 hex>.ndjson or index/commits/<aa>/<commit>.ndjson' };
      }
      return { kind: 'index', index: index === 'artifacts' ? 'artifacts' : 'commits', key };
    }
    case 'evidence': {
      const [, aa, hex = '', ...extra] = parts;
      if (extra.length > 0 || !HEX64.test(hex) || aa !== hex.slice(0, 2)) {
        return { kind: 'unexpected', expected: 'evidence/<aa>/<sha256 hex of the bytes>' };
      }
      return { kind: 'evidence', hex };
    }
    default:
      return { kind: 'other' };
  }
}

/** `index/terms/<field>/<k1k2>/<k3k4>/<key>/<yyyy-mm-dd>.ndjson` (src/core/store/term-index.ts). */
function termIndexPath(parts: string[]): StorePath {
  const [, , field = '', a, b, key = '', file, ...extra] = parts;
  const day = stem(file);
  const shards = termShards(key);
  if (extra.length > 0 || day === undefined || !DAY.test(day) || !(TERM_FIELDS as readonly string[]).includes(field) || !TERM_KEY.test(key) || a !== shards[0] || b !== shards[1]) {
    return { kind: 'unexpected', expected: `index/terms/<${TERM_FIELDS.join('|')}>/<key[0:2]>/<key[2:4]>/<key>/<yyyy-mm-dd>.ndjson` };
  }
  return { kind: 'index', index: `terms/${field as TermField}`, key: `${key}/${day}` };
}
