import { sha256Digest } from './sha256-digest.js';

export interface ImageReference {
  /** the repository in Docker's familiar form (nginx, acme/app, ghcr.io/acme/app) */
  repository?: string;
  /** `sha256:<hex>` when the reference pins a digest */
  digest?: string;
  /** true when the reference is only an image id (`sha256:<hex>`), with no repository */
  idOnly: boolean;
}

// Runtimes prefix what they report: dockershim's imageID, CRI-O and old Docker's docker://sha256:…
const SCHEMES = ['docker-pullable://', 'docker://', 'containerd://', 'cri-o://'];
// Docker Hub is written three ways; the familiar form keeps one name across runtimes
// (dockershim says nginx, containerd says docker.io/library/nginx for the same image).
const HUB_PREFIXES = ['docker.io/library/', 'index.docker.io/library/', 'registry-1.docker.io/library/', 'docker.io/', 'index.docker.io/', 'registry-1.docker.io/'];

/**
 * Splits an image reference (`ghcr.io/acme/app:1.2@sha256:…`, `nginx:1.25`,
 * `docker-pullable://nginx@sha256:…`, `sha256:…`) into its repository and digest.
 */
export function parseImageReference(reference: string): ImageReference {
  let rest = reference.trim();
  for (const scheme of SCHEMES) if (rest.startsWith(scheme)) rest = rest.slice(scheme.length);
  const bare = sha256Digest(rest);
  if (bare !== undefined && rest.includes(':')) return { digest: bare, idOnly: true };
  const at = rest.indexOf('@');
  const digest = at >= 0 ? sha256Digest(rest.slice(at + 1)) : undefined;
  let name = at >= 0 ? rest.slice(0, at) : rest;
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) name = name.slice(0, colon); // a tag, not a registry port
  return { ...(name !== '' ? { repository: familiarName(name) } : {}), ...(digest ? { digest } : {}), idOnly: false };
}

function familiarName(name: string): string {
  const lower = name.toLowerCase();
  for (const prefix of HUB_PREFIXES) if (lower.startsWith(prefix)) return name.slice(prefix.length);
  return name;
}
