import { describe, expect, it } from 'vitest';
import { parseImageReference } from '../../../src/core/environments/sources/image-reference.js';
import { sha256Digest, sha256FromBase64 } from '../../../src/core/environments/sources/sha256-digest.js';

const HEX = 'ab'.repeat(32);

describe('parseImageReference', () => {
  it.each([
    ['ghcr.io/acme/payments:1.2.3', 'ghcr.io/acme/payments', undefined],
    [`ghcr.io/acme/payments:1.2.3@sha256:${HEX}`, 'ghcr.io/acme/payments', `sha256:${HEX}`],
    [`docker-pullable://nginx@sha256:${HEX}`, 'nginx', `sha256:${HEX}`],
    [`docker.io/library/nginx@sha256:${HEX.toUpperCase()}`, 'nginx', `sha256:${HEX}`],
    ['docker.io/acme/web:2', 'acme/web', undefined],
    ['localhost:5000/app', 'localhost:5000/app', undefined],
    ['localhost:5000/app:dev', 'localhost:5000/app', undefined],
    ['nginx', 'nginx', undefined],
  ])('%s is repository %s', (reference, repository, digest) => {
    expect(parseImageReference(reference)).toEqual({ repository, ...(digest ? { digest } : {}), idOnly: false });
  });

  it('tells a bare image id from a reference', () => {
    expect(parseImageReference(`sha256:${HEX}`)).toEqual({ digest: `sha256:${HEX}`, idOnly: true });
    expect(parseImageReference(`docker://sha256:${HEX}`)).toEqual({ digest: `sha256:${HEX}`, idOnly: true });
  });

  it('drops a digest that is not a full sha256', () => {
    expect(parseImageReference('nginx@sha256:abc')).toEqual({ repository: 'nginx', idOnly: false });
  });
});

describe('sha256 helpers', () => {
  it('normalise prefix and case, and refuse other lengths and algorithms', () => {
    expect(sha256Digest(HEX.toUpperCase())).toBe(`sha256:${HEX}`);
    expect(sha256Digest(`SHA256:${HEX}`)).toBe(`sha256:${HEX}`);
    expect(sha256Digest(`sha512:${HEX}`)).toBeUndefined();
    expect(sha256Digest(HEX.slice(2))).toBeUndefined();
    expect(sha256Digest(7)).toBeUndefined();
  });

  it('decode base64 only when it is 32 bytes', () => {
    expect(sha256FromBase64('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256FromBase64('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU')).toBeUndefined();
    expect(sha256FromBase64('AAAA')).toBeUndefined();
  });
});
