import { isRecord, typeName } from '../../evidence/json-text.js';
import { parseImageReference } from './image-reference.js';
import { listAt, textAt } from './json-fields.js';
import { sha256Digest } from './sha256-digest.js';
import { parseSnapshotJson } from './snapshot-json.js';
import { wrongShape } from './wrong-shape.js';

const TOOL = 'docker image inspect <image…>';

/** The registry digests of one local image, from `RepoDigests` (`repo@sha256:…`). */
export type RepoDigests = { repository: string; digest: string }[];

/**
 * Local image id → its registry digests, from `docker image inspect` output (an array of images,
 * or one image as the Engine API's GET /images/{name}/json returns it).
 */
export function readDockerImageIndex(text: string): Map<string, RepoDigests> {
  const doc = parseSnapshotJson(text, TOOL);
  const images = Array.isArray(doc) ? doc : [doc];
  const index = new Map<string, RepoDigests>();
  for (const [i, image] of images.entries()) {
    if (!isRecord(image)) throw wrongShape(TOOL, `[${i}] is ${typeName(image)}, not an image`);
    const id = sha256Digest(textAt(image, 'Id'));
    if (id === undefined) throw wrongShape(TOOL, `[${i}].Id is ${JSON.stringify(image.Id ?? null)}, not an image id sha256:<hex>`);
    const digests: RepoDigests = [];
    for (const entry of listAt(image, 'RepoDigests', `[${i}]`, TOOL)) {
      const ref = typeof entry === 'string' ? parseImageReference(entry) : undefined;
      if (ref?.repository !== undefined && ref.digest !== undefined) digests.push({ repository: ref.repository, digest: ref.digest });
    }
    index.set(id, [...(index.get(id) ?? []), ...digests]);
  }
  return index;
}

/**
 * The registry digest of a local image run as `configured` (Config.Image): the RepoDigest of the
 * same repository, else the only digest it has; undefined when there is none or several disagree.
 */
export function registryDigest(digests: RepoDigests, configured: string | undefined): { repository: string; digest: string } | undefined {
  const repository = configured !== undefined ? parseImageReference(configured).repository : undefined;
  const same = digests.find((d) => d.repository === repository);
  if (same !== undefined) return same;
  const distinct = new Set(digests.map((d) => d.digest));
  return distinct.size === 1 ? digests[0] : undefined;
}
