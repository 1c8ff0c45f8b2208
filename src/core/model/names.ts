import { badInput } from '../errors.js';

/** DESIGN §6: flow, trail, type and environment names. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
export const COMMIT_PATTERN = /^[a-f0-9]{40}$/;

export function checkName(what: string, value: string | undefined): string {
  if (value === undefined || value === '') {
    throw badInput(`${what} name is empty: give a name of 1-128 letters, digits, '.', '_' or '-'.`);
  }
  if (value.length > 128) {
    throw badInput(`${what} name is ${value.length} characters long: the limit is 128.`);
  }
  if (!NAME_PATTERN.test(value) || value.includes('..')) {
    throw badInput(
      `${what} name ${JSON.stringify(value)} is not allowed: use letters, digits, '.', '_' or '-', ` +
        `starting with a letter or digit (no '/', no '..').`,
    );
  }
  return value;
}

/** Accepts `sha256:<hex>` or bare hex, any case; returns `sha256:<lowercase hex>`. */
export function normalizeDigest(value: string | undefined): string {
  const raw = (value ?? '').trim();
  const hex = raw.toLowerCase().startsWith('sha256:') ? raw.slice(7) : raw;
  const digest = `sha256:${hex.toLowerCase()}`;
  if (!DIGEST_PATTERN.test(digest)) {
    throw badInput(
      `digest ${JSON.stringify(raw)} is malformed: expected sha256:<64 hex characters> ` +
        `(for an image: docker inspect --format '{{index .RepoDigests 0}}'; for a file: use --file).`,
    );
  }
  return digest;
}

export function checkCommit(value: string | undefined): string {
  const sha = (value ?? '').trim().toLowerCase();
  if (!COMMIT_PATTERN.test(sha)) {
    throw badInput(`commit ${JSON.stringify(value ?? '')} is not a full git commit id: give 40 hex characters (git rev-parse HEAD).`);
  }
  return sha;
}
