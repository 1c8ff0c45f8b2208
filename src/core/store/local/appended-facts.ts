import { FactstoreError } from '../../errors.js';
import type { Fact } from '../../model/fact.js';
import type { FactsCommit } from '../fact-store.js';
import { parseNdjson } from '../ndjson.js';
import type { ObjectReader } from './object-reader.js';
import type { PathChange, PathCommit } from './path-changes.js';

/**
 * The facts each commit appended, oldest first. A facts file only grows, so a commit adds the
 * lines past its parent's line count; that is checked, not assumed: a changed or removed line
 * is an INTEGRITY error. Files are read one after the other, holding one version at a time.
 */
export async function appendedFacts(reader: ObjectReader, commits: readonly PathCommit[]): Promise<FactsCommit[]> {
  const text = lastTextReader(reader);
  const out: FactsCommit[] = [];
  for (const { commit, time, changes } of commits) {
    const facts: Fact[] = [];
    for (const change of changes) {
      if (change.path.endsWith('.ndjson')) facts.push(...(await addedBy(commit, change, text)));
    }
    if (facts.length > 0) out.push({ commit, time: new Date(time * 1000).toISOString(), facts });
  }
  return out;
}

async function addedBy(commit: string, change: PathChange, text: (oid: string | undefined) => Promise<string>): Promise<Fact[]> {
  if (change.newOid === undefined) throw damaged(`${change.path} was removed by facts commit ${commit}`);
  const before = lines(await text(change.oldOid));
  const after = lines(await text(change.newOid));
  for (let i = 0; i < before.length; i++) {
    if (after[i] !== before[i]) throw damaged(`${change.path}:${i + 1} was ${i < after.length ? 'changed' : 'removed'} by facts commit ${commit}`);
  }
  return parseNdjson(after.slice(before.length).join('\n'), `${change.path} (facts commit ${commit})`);
}

function damaged(what: string): FactstoreError {
  return new FactstoreError('INTEGRITY', `${what}: facts are only ever appended, so the store was tampered with; run factstore verify.`);
}

function lines(text: string): string[] {
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** Blob text by id, remembering the last two: a commit's old version is the previous one's new one. */
function lastTextReader(reader: ObjectReader): (oid: string | undefined) => Promise<string> {
  const recent = new Map<string, string>();
  return async (oid) => {
    if (oid === undefined) return '';
    const known = recent.get(oid);
    if (known !== undefined) return known;
    const text = Buffer.from((await reader.read(oid)).content).toString('utf8');
    recent.set(oid, text);
    if (recent.size > 2) recent.delete(recent.keys().next().value ?? oid);
    return text;
  };
}
