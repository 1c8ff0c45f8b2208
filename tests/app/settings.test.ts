// Every setting of the App checked before it serves (app/src/settings.ts): the forms Probot
// accepts still work, secrets can come from files, every problem is listed with what to set,
// and no secret is ever quoted. Keys are real: RSA and EC from node:crypto, Ed25519 from ssh-keygen.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../app/src/settings.js';
import { tempDir } from '../helpers/git.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const sshDir = tempDir('factstore-ssh-');
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'factstore-app', '-f', path.join(sshDir, 'key')]);
const ed25519 = readFileSync(path.join(sshDir, 'key'), 'utf8');
const body = (pem: string): string => pem.split('\n')[1] ?? '';

const production = (env: Record<string, string>, cwd = tempDir()) => checkSettings(env, { production: true, cwd });
const development = (env: Record<string, string>, cwd = tempDir()) => checkSettings(env, { production: false, cwd });
const all = { APP_ID: '123456', PRIVATE_KEY: rsa, WEBHOOK_SECRET: 's3cret-webhook', FACTSTORE_SIGNING_KEY: ed25519 };

describe('checkSettings', () => {
  it('passes good settings on, the App key as a PKCS#8 PEM Probot accepts', () => {
    const { env, problems } = production(all);
    expect(problems).toEqual([]);
    expect(env.PRIVATE_KEY).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(env).toMatchObject({ APP_ID: '123456', WEBHOOK_SECRET: 's3cret-webhook', FACTSTORE_SIGNING_KEY: ed25519 });
  });

  it('reads the App key in the forms Probot reads: base64 of the PEM, `\\n` written out, PRIVATE_KEY_PATH, the one .pem of the folder', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'factstore-gate.2026-01-01.private-key.pem'), rsa);
    const forms: Record<string, string>[] = [{ PRIVATE_KEY: Buffer.from(rsa).toString('base64') }, { PRIVATE_KEY: rsa.replace(/\n/g, '\\n') }, { PRIVATE_KEY_PATH: 'factstore-gate.2026-01-01.private-key.pem' }, {}];
    for (const given of forms) {
      const { env, problems } = production({ ...all, PRIVATE_KEY: '', ...given }, dir);
      expect(problems).toEqual([]);
      expect(env.PRIVATE_KEY).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    }
    writeFileSync(path.join(dir, 'old.pem'), rsa);
    expect(production({ ...all, PRIVATE_KEY: '' }, dir).problems).toEqual([expect.stringMatching(/^PRIVATE_KEY is not set and the folder holds 2 \.pem files .*: set PRIVATE_KEY_PATH to the App's one\.$/)]);
  });

  it('names the key that was given instead of the App key, without quoting it', () => {
    const problems = [ec, ed25519, 'bogus'].map((k) => production({ ...all, PRIVATE_KEY: k }).problems);
    expect(problems).toEqual([
      [expect.stringMatching(/^PRIVATE_KEY is a key of type ec, not the App's RSA private key/)],
      [expect.stringMatching(/^PRIVATE_KEY is an OpenSSH key/)],
      [expect.stringMatching(/^PRIVATE_KEY is not a PEM RSA private key/)],
    ]);
    expect(problems.flat().join('\n')).not.toContain(body(ec));
    expect(production({ ...all, PRIVATE_KEY_PATH: 'nowhere.pem', PRIVATE_KEY: '' }).problems).toEqual([expect.stringMatching(/^The App's private key file nowhere\.pem cannot be read \(ENOENT\)/)]);
  });

  it('reads WEBHOOK_SECRET_FILE and FACTSTORE_SIGNING_KEY_FILE as mounted secrets, and refuses both forms at once', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'webhook_secret'), 'from-a-file\n');
    writeFileSync(path.join(dir, 'signing_key'), ed25519);
    const files = { WEBHOOK_SECRET_FILE: path.join(dir, 'webhook_secret'), FACTSTORE_SIGNING_KEY_FILE: path.join(dir, 'signing_key') };
    const { env, problems } = production({ APP_ID: '1', PRIVATE_KEY: rsa, ...files });
    expect(problems).toEqual([]);
    expect(env).toMatchObject({ WEBHOOK_SECRET: 'from-a-file', FACTSTORE_SIGNING_KEY: ed25519.replace(/\n$/, ''), WEBHOOK_SECRET_FILE: undefined, FACTSTORE_SIGNING_KEY_FILE: undefined });
    expect(production({ ...all, ...files }).problems).toEqual([
      'WEBHOOK_SECRET and WEBHOOK_SECRET_FILE are both set: keep only one of them.',
      'FACTSTORE_SIGNING_KEY and FACTSTORE_SIGNING_KEY_FILE are both set: keep only one of them.',
    ]);
    expect(production({ APP_ID: '1', PRIVATE_KEY: rsa, WEBHOOK_SECRET_FILE: '/run/secrets/missing' }).problems).toEqual([
      'WEBHOOK_SECRET_FILE names /run/secrets/missing, which cannot be read (ENOENT): mount the secret at that path, or set WEBHOOK_SECRET instead.',
    ]);
  });

  it('stops the start on a half-set OTLP destination, and reads its client secret as a mounted secret', () => {
    const oauth = { FACTSTORE_OTLP_ENDPOINT: 'https://beacon.acme.test', FACTSTORE_OTLP_AUTH: 'oauth2', FACTSTORE_OTLP_TOKEN_ENDPOINT: 'https://auth.acme.test/token', FACTSTORE_OTLP_CLIENT_ID: 'factstore' };
    expect(production({ ...all, ...oauth }).problems).toEqual(['FACTSTORE_OTLP_CLIENT_SECRET is not set: it holds the OAuth2 client secret, which never goes in the config.']);
    expect(production({ ...all, FACTSTORE_OTLP_ENDPOINT: 'http://beacon.acme.test', FACTSTORE_OTLP_AUTH: 'header', FACTSTORE_OTLP_HEADER_VALUE: 'Bearer x' }).problems).toEqual([
      'the OTLP endpoint http://beacon.acme.test is plain http to another machine: credentials would cross the network in clear. Use https.',
    ]);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'otlp_secret'), 'from-a-file\n');
    const { env, problems } = production({ ...all, ...oauth, FACTSTORE_OTLP_CLIENT_SECRET_FILE: path.join(dir, 'otlp_secret') });
    expect(problems).toEqual([]);
    expect(env).toMatchObject({ FACTSTORE_OTLP_CLIENT_SECRET: 'from-a-file', FACTSTORE_OTLP_CLIENT_SECRET_FILE: undefined });
    expect(production(all).env).not.toHaveProperty('FACTSTORE_OTLP_CLIENT_SECRET');
  });

  it('checks where the server listens and logs, and where GitHub is', () => {
    const { problems } = production({ ...all, PORT: 'http', GHE_PROTOCOL: 'ftp', GHE_HOST: 'https://ghe.acme.test/', LOG_LEVEL: 'verbose', LOG_FORMAT: 'xml' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['PORT', 'GHE_PROTOCOL', 'GHE_HOST', 'LOG_LEVEL', 'LOG_FORMAT']);
    expect(production({ ...all, PORT: '8080', GHE_PROTOCOL: 'http', GHE_HOST: 'ghe.acme.test:8443', LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }).problems).toEqual([]);
  });

  it('outside production leaves missing settings to Probot (the setup page, deliveries refused), but not wrong ones', () => {
    expect(development({}).problems).toEqual([]);
    expect(development({ APP_ID: '7', PRIVATE_KEY: rsa }).problems).toEqual([]);
    expect(development({ APP_ID: 'abc', PRIVATE_KEY: 'bogus', FACTSTORE_SIGNING_KEY: rsa }).problems.map((p) => p.split(' ')[0])).toEqual(['APP_ID', 'PRIVATE_KEY', 'FACTSTORE_SIGNING_KEY']);
    expect(development({ ...all, WEBHOOK_SECRET: 'development' }).problems).toEqual([]);
  });
});
