import { shard } from '../store/layout.js';

/** What a path of the facts tree is, by the layout of src/core/store/layout.ts. */
export type StorePath =
  | { kind: 'trail'; flow: string; trail: string }
  | { kind: 'loose'; factKind: string; key: string; month: string }
  | { kind: 'index'; index: 'artifacts' | 'commits'; key: string }
  | { kind: 'evidence'; hex: string }
  /** under trails/, loose/, index/ or evidence/ but not a file the layout allows */
  | { kind: 'unexpected'; expected: string }
  /** outside the layout's folders (the marker, a README): not checked */
  | { kind: 'other' };

const NAME = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const HEX64 = /^[a-f0-9]{64}$/;
const HEX40 = /^[a-f0-9]{40}$/;
const MONTH = /^\d{4}-\d{2}$/;
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
