import { isRecord, typeName } from '../../evidence/json-text.js';
import { ArtifactCollector } from './artifact-collector.js';
import { type RepoDigests, readDockerImageIndex, registryDigest } from './docker-image-index.js';
import { parseImageReference } from './image-reference.js';
import { recordAt, textAt } from './json-fields.js';
import type { SourceReading, Skipped } from './running-artifact.js';
import { sha256Digest } from './sha256-digest.js';
import { parseSnapshotJson } from './snapshot-json.js';
import { wrongShape } from './wrong-shape.js';

const TOOL = 'docker inspect <container…>';

/**
 * What runs on a Docker host, from `docker inspect` of its containers. A container names only its
 * LOCAL image id (`Image`), which is not the registry digest CI recorded; `imagesText`, the output
 * of `docker image inspect` for those images, resolves it through their `RepoDigests`. Without it
 * (or when the image has no RepoDigests) the artifact is listed under its local id and `skipped`
 * says why. Stopped containers are skipped.
 */
export function readDocker(containersText: string, imagesText?: string): SourceReading {
  const doc = parseSnapshotJson(containersText, TOOL);
  const images = imagesText !== undefined ? readDockerImageIndex(imagesText) : undefined;
  const collector = new ArtifactCollector();
  const skipped: Skipped[] = [];
  for (const [i, item] of (Array.isArray(doc) ? doc : [doc]).entries()) {
    if (!isRecord(item)) throw wrongShape(TOOL, `[${i}] is ${typeName(item)}, not a container`);
    if (!('State' in item) && 'RepoTags' in item) throw wrongShape(TOOL, `[${i}] is an image (docker image inspect), not a container`);
    const containerId = textAt(item, 'Id');
    if (containerId === undefined || !('State' in item)) throw wrongShape(TOOL, `[${i}] has no Id and State, so it is not a container`);
    const container = textAt(item, 'Name')?.replace(/^\//, '') ?? containerId.slice(0, 12);
    const state = recordAt(item, 'State');
    if (state.Running !== true) {
      skipped.push({ what: `docker container ${container}`, why: `it is not running (State.Status ${textAt(state, 'Status') ?? 'missing'})` });
      continue;
    }
    const localId = sha256Digest(textAt(item, 'Image'));
    if (localId === undefined) {
      skipped.push({ what: `docker container ${container}`, why: `its Image ${JSON.stringify(item.Image ?? null)} is not an image id sha256:<hex>` });
      continue;
    }
    const image = textAt(recordAt(item, 'Config'), 'Image');
    const configured = image !== undefined ? parseImageReference(image) : undefined;
    const where = { container, containerId };
    const resolved = images !== undefined ? registryDigest(images.get(localId) ?? [], image) : undefined;
    const name = (configured?.idOnly ? undefined : configured?.repository) ?? resolved?.repository ?? localId;
    collector.add({ name, digest: resolved?.digest ?? localId, localId, ...(image !== undefined ? { image } : {}), where });
    if (resolved === undefined) {
      skipped.push({ what: `registry digest of docker container ${container}`, why: unresolvedReason(localId, images?.get(localId), images !== undefined) });
    }
  }
  return { artifacts: collector.list(), skipped };
}

function unresolvedReason(localId: string, digests: RepoDigests | undefined, haveImages: boolean): string {
  const listed = `listed under its local image id ${localId}, which matches only an artifact recorded by that id`;
  if (!haveImages) return `${listed}; pass the output of \`docker image inspect\` for its image to resolve the registry digest CI recorded`;
  if (digests === undefined) return `${listed}; the \`docker image inspect\` output given has no such image: inspect that image too`;
  if (digests.length === 0) return `${listed}; the image has no RepoDigests (built or loaded on this host, never pushed or pulled)`;
  return `${listed}; the image's RepoDigests name several repositories, none of them the one the container was started from`;
}
