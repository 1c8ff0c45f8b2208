import { ArtifactCollector } from './artifact-collector.js';
import { parseImageReference } from './image-reference.js';
import { expectRecord, recordAt, textAt } from './json-fields.js';
import type { SourceReading, Skipped } from './running-artifact.js';
import { sha256FromBase64 } from './sha256-digest.js';
import { parseSnapshotJson } from './snapshot-json.js';
import { wrongShape } from './wrong-shape.js';

const TOOL = 'aws lambda get-function';

/**
 * What runs in Lambda, from `aws lambda get-function` (one function, or an array of such outputs).
 * A zip function's `CodeSha256` is the BASE64 sha256 of its deployment package (what `openssl dgst
 * -sha256 -binary | base64` prints), turned into hex here; an image function runs the manifest
 * digest in `Code.ResolvedImageUri`.
 */
export function readLambdaFunctions(text: string): SourceReading {
  const doc = parseSnapshotJson(text, TOOL);
  const collector = new ArtifactCollector();
  const skipped: Skipped[] = [];
  for (const [i, item] of (Array.isArray(doc) ? doc : [doc]).entries()) {
    const where = Array.isArray(doc) ? `[${i}]` : 'the top level';
    const output = expectRecord(item, where, 'a get-function output', TOOL);
    if (!('Configuration' in output)) throw wrongShape(TOOL, `${where} has no "Configuration"`);
    const config = expectRecord(output.Configuration, `${where}.Configuration`, 'an object', TOOL);
    const name = textAt(config, 'FunctionName');
    if (name === undefined) throw wrongShape(TOOL, `${where}.Configuration has no FunctionName`);
    const location = { function: textAt(config, 'FunctionArn') ?? name, version: textAt(config, 'Version') };
    if (config.PackageType === 'Image') {
      const resolved = textAt(recordAt(output, 'Code'), 'ResolvedImageUri');
      const digest = resolved !== undefined ? parseImageReference(resolved).digest : undefined;
      if (digest === undefined) {
        skipped.push({ what: `function ${name}`, why: `an image function whose Code.ResolvedImageUri ${JSON.stringify(resolved ?? null)} names no sha256 digest` });
        continue;
      }
      const image = textAt(recordAt(output, 'Code'), 'ImageUri');
      collector.add({ name, digest, ...(image !== undefined ? { image } : {}), where: location });
      continue;
    }
    const digest = sha256FromBase64(config.CodeSha256);
    if (digest === undefined) {
      skipped.push({ what: `function ${name}`, why: `its CodeSha256 ${JSON.stringify(config.CodeSha256 ?? null)} is not the base64 of a sha256` });
      continue;
    }
    collector.add({ name, digest, where: location });
  }
  return { artifacts: collector.list(), skipped };
}
