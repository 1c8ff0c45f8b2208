import type { ArtifactSighting } from './artifact-collector.js';
import { parseImageReference } from './image-reference.js';
import { recordAt, textAt } from './json-fields.js';
import type { Location, Skipped } from './running-artifact.js';

export interface ContainerOutcome {
  sighting?: ArtifactSighting;
  /** why it was left out, or (with a sighting) what about it could not be resolved */
  skip?: Skipped;
}

/**
 * One entry of a Pod's `status.*ContainerStatuses`. `imageID` is what the node actually runs:
 * `repo@sha256:…` (containerd, CRI-O) or `docker-pullable://repo@sha256:…` (dockershim) carry the
 * registry manifest digest CI recorded. A bare `sha256:…` (or `docker://sha256:…`) is the image's
 * local id, its config digest: the image was loaded onto the node (kind load, ctr import, a local
 * build) rather than pulled, so no registry digest exists there. It is kept under that id, which
 * matches an artifact recorded by image id, and reported so the user knows why a digest may not match.
 */
export function readContainerStatus(status: Record<string, unknown>, where: Location, label: string): ContainerOutcome {
  const imageId = textAt(status, 'imageID');
  const image = textAt(status, 'image');
  if (imageId === undefined) {
    const waiting = textAt(recordAt(recordAt(status, 'state'), 'waiting'), 'reason');
    return {
      skip: {
        what: `container ${label}`,
        why: `no image digest yet (${waiting ?? 'not started'}): the kubelet reports imageID once the image is pulled and the container created`,
      },
    };
  }
  const running = parseImageReference(imageId);
  if (running.digest === undefined) {
    return { skip: { what: `container ${label}`, why: `its imageID ${JSON.stringify(imageId)} holds no sha256 digest` } };
  }
  const configured = image !== undefined ? parseImageReference(image) : undefined;
  const name = (configured?.idOnly ? undefined : configured?.repository) ?? running.repository ?? running.digest;
  const sighting: ArtifactSighting = { name, digest: running.digest, ...(image !== undefined ? { image } : {}), where };
  if (!running.idOnly) return { sighting };
  return {
    sighting,
    skip: {
      what: `registry digest of container ${label}`,
      why:
        `its imageID ${running.digest} is the image's local id, not a registry digest (the image was loaded onto the node, not pulled): ` +
        'it is listed under that id; deploy the image from a registry to match the digest CI recorded',
    },
  };
}
