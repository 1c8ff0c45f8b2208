import type { Location, RunningArtifact } from './running-artifact.js';

const LOCATION_KEYS = ['cluster', 'namespace', 'pod', 'container', 'containerId', 'task', 'function', 'version', 'bucket', 'key', 'host', 'path'] as const;

export interface ArtifactSighting {
  name: string;
  digest: string;
  localId?: string;
  image?: string;
  where: Location;
}

/**
 * Groups sightings of the same name+digest into one artifact with every place it runs, so that
 * two snapshots of the same environment compare equal whatever order the tool listed things in.
 */
export class ArtifactCollector {
  private readonly byKey = new Map<string, { name: string; digest: string; localIds: Set<string>; images: Set<string>; where: Map<string, Location> }>();

  add(sighting: ArtifactSighting): void {
    const key = `${sighting.name}\0${sighting.digest}`;
    let group = this.byKey.get(key);
    if (group === undefined) {
      group = { name: sighting.name, digest: sighting.digest, localIds: new Set(), images: new Set(), where: new Map() };
      this.byKey.set(key, group);
    }
    if (sighting.localId !== undefined && sighting.localId !== sighting.digest) group.localIds.add(sighting.localId);
    if (sighting.image !== undefined) group.images.add(sighting.image);
    const where = canonicalLocation(sighting.where);
    group.where.set(JSON.stringify(where), where);
  }

  list(): RunningArtifact[] {
    return [...this.byKey.values()]
      .sort((a, b) => compare(a.name, b.name) || compare(a.digest, b.digest))
      .map((g) => {
        // several local ids or references for one digest: the smallest, so the output never depends on input order
        const localId = [...g.localIds].sort(compare)[0];
        const image = [...g.images].sort(compare)[0];
        const where = [...g.where.entries()].sort(([a], [b]) => compare(a, b)).map(([, location]) => location);
        return { name: g.name, digest: g.digest, ...(localId ? { localId } : {}), ...(image ? { image } : {}), where };
      });
  }
}

/** The location with its keys in one order and empty values dropped. */
function canonicalLocation(where: Location): Location {
  const out: Location = {};
  for (const key of LOCATION_KEYS) {
    const value = where[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
