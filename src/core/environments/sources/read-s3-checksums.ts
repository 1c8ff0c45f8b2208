import { isRecord, typeName } from '../../evidence/json-text.js';
import { ArtifactCollector } from './artifact-collector.js';
import { expectRecord, recordAt, textAt } from './json-fields.js';
import type { SourceReading, Skipped } from './running-artifact.js';
import { sha256FromBase64 } from './sha256-digest.js';
import { parseSnapshotJson } from './snapshot-json.js';
import { wrongShape } from './wrong-shape.js';

const TOOL = 'aws s3api head-object --checksum-mode ENABLED (a JSON array of {"Key", "ChecksumSHA256"})';
const COMPOSITE = /-(\d+)$/;

/**
 * What a bucket serves, from a JSON array of objects with `Key` and the base64 `ChecksumSHA256`
 * S3 returns (`head-object --checksum-mode ENABLED`, or `Checksum.ChecksumSHA256` of
 * `get-object-attributes`), with an optional `Bucket`. A multipart object's checksum ends in
 * `-<parts>`: it is a checksum of the parts' checksums, not a sha256 of the object, so it is skipped.
 */
export function readS3Checksums(text: string): SourceReading {
  const doc = parseSnapshotJson(text, TOOL);
  if (!Array.isArray(doc)) throw wrongShape(TOOL, `the top level is ${typeName(doc)}, not an array of objects`);
  const collector = new ArtifactCollector();
  const skipped: Skipped[] = [];
  for (const [i, item] of doc.entries()) {
    const object = expectRecord(item, `[${i}]`, 'an object with Key and ChecksumSHA256', TOOL);
    const key = textAt(object, 'Key');
    if (key === undefined) throw wrongShape(TOOL, `[${i}] has no Key`);
    const bucket = textAt(object, 'Bucket');
    const checksum = textAt(object, 'ChecksumSHA256') ?? textAt(recordAt(object, 'Checksum'), 'ChecksumSHA256');
    const what = `object ${bucket !== undefined ? `s3://${bucket}/${key}` : key}`;
    const parts = checksum !== undefined ? COMPOSITE.exec(checksum) : null;
    if (parts !== null || object.ChecksumType === 'COMPOSITE' || (isRecord(object.Checksum) && object.Checksum.ChecksumType === 'COMPOSITE')) {
      const count = parts?.[1] !== undefined ? ` of ${parts[1]} parts` : '';
      skipped.push({ what, why: `its ChecksumSHA256 is a multipart composite (a checksum of the checksums${count}), not a sha256 of the object: sync the bucket to a folder and read that instead` });
      continue;
    }
    const digest = sha256FromBase64(checksum);
    if (digest === undefined) {
      const why = checksum === undefined ? 'S3 returned no ChecksumSHA256 (uploaded without a SHA-256 checksum, or asked without --checksum-mode ENABLED)' : `its ChecksumSHA256 ${JSON.stringify(checksum)} is not the base64 of a sha256`;
      skipped.push({ what, why });
      continue;
    }
    collector.add({ name: key, digest, where: { bucket, key } });
  }
  return { artifacts: collector.list(), skipped };
}
