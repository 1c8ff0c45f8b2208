import { badInput } from '../../errors.js';
import { isRecord, typeName } from '../../evidence/json-text.js';
import { ArtifactCollector } from './artifact-collector.js';
import type { SourceReading } from './running-artifact.js';
import { sha256Digest } from './sha256-digest.js';
import { parseSnapshotJson } from './snapshot-json.js';
import { wrongShape } from './wrong-shape.js';

const FORMAT = 'an artifact list (a JSON array of {"name", "sha256"})';
// enough to fix a hand-written list; a generated list that is wrong everywhere needs its generator fixed
const MAX_PROBLEMS_SHOWN = 50;

/**
 * What runs where no tool can say, from a JSON array of `{ "name", "sha256" }` written by the
 * user or a script. `sha256` may carry the `sha256:` prefix and upper-case hex; every bad entry is
 * reported at once, so a list is fixed in one go.
 */
export function readArtifactList(text: string): SourceReading {
  const doc = parseSnapshotJson(text, FORMAT);
  if (!Array.isArray(doc)) throw wrongShape(FORMAT, `the top level is ${typeName(doc)}, not an array`);
  const collector = new ArtifactCollector();
  const problems: string[] = [];
  for (const [i, item] of doc.entries()) {
    if (!isRecord(item)) {
      problems.push(`[${i}] is ${typeName(item)}, not {"name", "sha256"}`);
      continue;
    }
    const name = typeof item.name === 'string' ? item.name.trim() : '';
    const digest = sha256Digest(item.sha256);
    if (name === '') problems.push(`[${i}].name is ${typeof item.name === 'string' ? 'empty' : typeName(item.name)}, not a name`);
    if (digest === undefined) problems.push(`[${i}].sha256 ${JSON.stringify(item.sha256 ?? null)} is not a sha256 (64 hex digits, with or without sha256:)`);
    if (name !== '' && digest !== undefined) collector.add({ name, digest, where: {} });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ');
    const more = problems.length > MAX_PROBLEMS_SHOWN ? `; and ${problems.length - MAX_PROBLEMS_SHOWN} more` : '';
    throw badInput(`the artifact list has ${problems.length} invalid ${problems.length === 1 ? 'entry' : 'entries'}: ${shown}${more}. Fix them and run again.`);
  }
  return { artifacts: collector.list(), skipped: [] };
}
