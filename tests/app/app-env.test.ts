// The App's own settings: its signing key (never echoed, even when malformed), its name, GHE.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTOR, appEnv } from '../../app/src/app-env.js';
import { generateKeyPair } from '../../src/core/signing/index.js';

describe('appEnv', () => {
  it('reads the signing key, and defaults the name and github.com', () => {
    const key = generateKeyPair('factstore-app');
    const env = appEnv({ FACTSTORE_SIGNING_KEY: key.privateKey });
    expect(env.signer?.publicKey).toBe(key.publicKey);
    expect(env.actor).toBe(DEFAULT_ACTOR);
    expect(env.serverUrl).toBe('https://github.com');
    expect(appEnv({}).signer).toBeUndefined();
    expect(appEnv({ FACTSTORE_SIGNING_KEY: '  ' }).signer).toBeUndefined();
  });

  it('links to GitHub Enterprise from GHE_HOST and GHE_PROTOCOL, and names facts with FACTSTORE_ACTOR', () => {
    expect(appEnv({ GHE_HOST: 'github.example.com' }).serverUrl).toBe('https://github.example.com');
    expect(appEnv({ GHE_HOST: 'ghe.internal:8080', GHE_PROTOCOL: 'http' }).serverUrl).toBe('http://ghe.internal:8080');
    expect(appEnv({ FACTSTORE_ACTOR: 'compliance-gate[bot]' }).actor).toBe('compliance-gate[bot]');
  });

  it.each([
    ['a damaged OpenSSH key', '-----BEGIN OPENSSH PRIVATE KEY-----\nc2VjcmV0LXNlY3JldC1zZWNyZXQ=\n-----END OPENSSH PRIVATE KEY-----\n'],
    ['an RSA key', '-----BEGIN RSA PRIVATE KEY-----\nc2VjcmV0LXNlY3JldC1zZWNyZXQ=\n-----END RSA PRIVATE KEY-----\n'],
    ['no key at all', 'c2VjcmV0LXNlY3JldC1zZWNyZXQ='],
  ])('refuses %s at start, saying what to set, without echoing it', (_label, text) => {
    let message = '';
    try {
      appEnv({ FACTSTORE_SIGNING_KEY: text });
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toMatch(/^FACTSTORE_SIGNING_KEY is not a usable key .*factstore keygen/s);
    expect(message).not.toContain('c2VjcmV0');
  });
});
