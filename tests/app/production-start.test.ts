// The container's entry command, run verbatim from the image's layout (Docker does not run here):
// in production every setting is checked before anything listens, and each problem gets one
// line saying what to set, all of them at once, within 5 s, never Probot's setup page; with good
// settings it answers /healthz, /readyz and its HEALTHCHECK, and gates with the files the image
// holds (policies run in the jq worker the image must carry).
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/git.js';
import { execForm, layOutImage, ROOT, type Image } from './container.js';
import { actionAttest, APP_ID, appPrivateKey, checkSuite, e2eWorld, REPO, type E2EWorld } from './e2e-world.js';
import { deliver, freePort, get, healthy, runImage, runToExit } from './image-process.js';

const WEBHOOK_SECRET = 'b1f0c6d2e8a94f7d9c3e5a1b7d2f4e6c';
let image: Image;
/** an OpenSSH Ed25519 key made by ssh-keygen, as `factstore keygen` makes them */
let signingKey: string;

beforeAll(() => {
  image = layOutImage();
  const dir = tempDir('factstore-ssh-');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'factstore-app', '-f', path.join(dir, 'key')]);
  signingKey = readFileSync(path.join(dir, 'key'), 'utf8');
});

const good = (): Record<string, string> => ({ APP_ID: String(APP_ID), PRIVATE_KEY: appPrivateKey, WEBHOOK_SECRET, FACTSTORE_SIGNING_KEY: signingKey });
const problemLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('  - '));
const secretsIn = (text: string): boolean => [WEBHOOK_SECRET, appPrivateKey.split('\n')[1] ?? '', signingKey.split('\n')[1] ?? ''].some((s) => text.includes(s));

describe('the entry command in production, with a bad setting', () => {
  it.each([
    ['no WEBHOOK_SECRET', { WEBHOOK_SECRET: '' }, /^ {2}- WEBHOOK_SECRET is not set \(nor WEBHOOK_SECRET_FILE\): .*Set it to the webhook secret/],
    ['a PRIVATE_KEY that is no key', { PRIVATE_KEY: 'bogus' }, /^ {2}- PRIVATE_KEY is not a PEM RSA private key \(node:crypto cannot read it\): set PRIVATE_KEY to the text of the \.pem file/],
    ['the signing key given as PRIVATE_KEY', { PRIVATE_KEY: 'SIGNING' }, /^ {2}- PRIVATE_KEY is an OpenSSH key \(FACTSTORE_SIGNING_KEY is the one of that kind\), not the App's RSA private key/],
    ['a non-numeric APP_ID', { APP_ID: 'abc' }, /^ {2}- APP_ID must be the App's numeric ID \("App ID" on the App's settings page\), not "abc"\.$/],
    ['a FACTSTORE_SIGNING_KEY that is the App key', { FACTSTORE_SIGNING_KEY: 'APP' }, /^ {2}- FACTSTORE_SIGNING_KEY is not a usable key \(.*\): set it to the private key text written by `factstore keygen`\.$/],
    ["Probot's default WEBHOOK_SECRET", { WEBHOOK_SECRET: 'development' }, /^ {2}- WEBHOOK_SECRET is `development`, Probot's default that anyone can sign with/],
  ])('%s: exits 1 within 5 s with one line saying what to set, and nothing else', async (_label, bad, line) => {
    const swap: Record<string, string> = { SIGNING: signingKey, APP: appPrivateKey };
    const settings = { ...good(), ...Object.fromEntries(Object.entries(bad).map(([k, v]) => [k, swap[v] ?? v])) };
    const r = await runToExit(image, settings, 5000);
    expect(r.code).toBe(1);
    expect(r.elapsed).toBeLessThan(5000);
    expect(problemLines(r.stderr)).toHaveLength(1);
    expect(problemLines(r.stderr)[0]).toMatch(line);
    expect(r.stderr).toMatch(/^factstore: the App did not start: a setting to fix:\n/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stdout).toBe('');
    expect(secretsIn(r.stdout + r.stderr)).toBe(false);
  });

  it('lists every problem at once, and never serves the setup page', async () => {
    const r = await runToExit(image, { APP_ID: 'abc', PRIVATE_KEY: 'bogus', FACTSTORE_SIGNING_KEY: 'bogus' }, 5000);
    expect(r.code).toBe(1);
    expect(problemLines(r.stderr).map((l) => l.split(' ')[3])).toEqual(['APP_ID', 'PRIVATE_KEY', 'WEBHOOK_SECRET', 'FACTSTORE_SIGNING_KEY']);
    const nothing = await runToExit(image, {}, 5000);
    expect(nothing.code).toBe(1);
    expect(problemLines(nothing.stderr).map((l) => l.split(' ')[3])).toEqual(['APP_ID', 'PRIVATE_KEY', 'WEBHOOK_SECRET']);
    expect(nothing.stderr).toContain("In production the App never serves Probot's setup page");
    expect(nothing.stdout).toBe('');
  });
});

describe('the entry command outside production', () => {
  it.each([
    ['PRIVATE_KEY=bogus', { APP_ID: '1', PRIVATE_KEY: 'bogus' }, 'PRIVATE_KEY is not a PEM RSA private key'],
    ['APP_ID=abc', { APP_ID: 'abc', PRIVATE_KEY: appPrivateKey }, 'APP_ID must be the App\'s numeric ID'],
  ])('%s: exits with the problem instead of a stack trace and the setup page', async (_label, settings, message) => {
    const r = await runToExit(image, { NODE_ENV: 'development', ...settings }, 5000);
    expect(r.code).toBe(1);
    expect(problemLines(r.stderr)).toEqual([expect.stringContaining(message)]);
    expect(r.stderr + r.stdout).not.toMatch(/^\s+at |setup mode/m);
  });

  it('without WEBHOOK_SECRET, is alive and says on /readyz why it is not ready', async () => {
    const run = await runImage(image, { NODE_ENV: 'development', APP_ID: String(APP_ID), PRIVATE_KEY: appPrivateKey });
    await healthy(run);
    const ready = await get(run.port, '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'not ready', reason: expect.stringContaining('WEBHOOK_SECRET is not set') as string });
  });

  it('with no identity yet, serves the setup page, which registers the App from the manifest with the public webhook URL put in it', async () => {
    // app/README.md, "Register the App": the URL goes into the manifest, since Probot would derive it from the browser's host
    const own = layOutImage();
    appendFileSync(path.join(own.workdir, 'app.yml'), 'hook_attributes:\n  url: https://factstore.acme.example/api/github/webhooks\n');
    const run = await runImage(own, { NODE_ENV: 'development' });
    let page: { status: number; body: unknown } | undefined;
    for (let i = 0; i < 200 && page === undefined; i++) {
      page = await get(run.port, '/probot').catch(() => undefined);
      if (page === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(page?.status).toBe(200);
    const html = String(page?.body);
    expect(html).toContain('Register GitHub App');
    const manifest = JSON.parse(/name="manifest" id="manifest" value='(\{.*?\})'/s.exec(html)?.[1] ?? '{}') as { hook_attributes?: { url?: string }; default_events?: string[]; public?: boolean };
    expect(manifest.hook_attributes?.url).toBe('https://factstore.acme.example/api/github/webhooks');
    expect(manifest.default_events).toContain('check_suite');
    expect(manifest.public).toBe(false);
  });
});

describe('the entry command in production, with good settings', () => {
  let w: E2EWorld;
  beforeAll(async () => {
    w = await e2eWorld(`    require: [unit-tests]\n    policies: [all-passed]\n`, `policies:\n  all-passed: { jq: '[.attestations[] | select(.status != "PASSED") | .type]' }\n`);
  });

  it("reads its secrets from files as compose mounts them, is healthy and ready, and gates with the image's files", async () => {
    const step = await actionAttest(w, 'unit-tests', 'pytest__junit.gloo.elastic.xml');
    expect(step.outputs.status).toBe('PASSED');
    const secrets = tempDir('factstore-secrets-');
    writeFileSync(path.join(secrets, 'app_private_key'), appPrivateKey);
    writeFileSync(path.join(secrets, 'webhook_secret'), `${WEBHOOK_SECRET}\n`);
    writeFileSync(path.join(secrets, 'factstore_signing_key'), w.appKey.privateKey);
    const compose = parse(readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8')) as { services: Record<string, { environment: Record<string, string> }> };
    const environment = Object.fromEntries(Object.entries(compose.services['factstore-app']?.environment ?? {}).map(([k, v]) => [k, v.replace(/^\/run\/secrets/, secrets)]));
    const run = await runImage(image, { ...environment, APP_ID: String(APP_ID), GHE_HOST: w.gh.url.replace(/^http:\/\//, ''), GHE_PROTOCOL: 'http' });
    await healthy(run);

    expect(await get(run.port, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get(run.port, '/readyz')).toEqual({ status: 200, body: { status: 'ready', app: 'factstore' } });
    const check = /^(?:--\S+\s+)*CMD\s+(\[.*\])$/s.exec(image.instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '')?.[1] ?? '';
    const [node = 'node', ...args] = execForm(check);
    expect(spawnSync(node, args, { cwd: image.workdir, env: { PATH: process.env.PATH ?? '', ...image.env, PORT: String(run.port) } }).status).toBe(0);

    expect(await deliver(run.port, 'check_suite', checkSuite(w), WEBHOOK_SECRET)).toBe(200);
    expect(w.gh.checkRuns(REPO).filter((c) => c.name.startsWith('Factstore gate')).map((c) => [c.conclusion, c.output.title])).toEqual([['success', 'GATE_ALLOWED']]);
    expect(run.output().stdout).not.toMatch(/"level":50/);
  });

  it('is alive but not ready when GitHub refuses its key, or cannot be reached: /readyz says why', async () => {
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const refused = await runImage(image, { ...good(), PRIVATE_KEY: otherKey, GHE_HOST: w.gh.url.replace(/^http:\/\//, ''), GHE_PROTOCOL: 'http' });
    const nowhere = await runImage(image, { ...good(), GHE_HOST: `127.0.0.1:${await freePort()}`, GHE_PROTOCOL: 'http' });
    await Promise.all([healthy(refused), healthy(nowhere)]);
    const r1 = await get(refused.port, '/readyz');
    expect(r1.status).toBe(503);
    expect(r1.body).toEqual({ status: 'not ready', reason: expect.stringMatching(/refused the App's JWT \(401\): APP_ID and PRIVATE_KEY are not the ID and a current private key of one App/) as string });
    const r2 = await get(nowhere.port, '/readyz');
    expect(r2.status).toBe(503);
    expect(r2.body).toEqual({ status: 'not ready', reason: expect.stringMatching(/could not be reached .*check the network, a proxy, and GHE_HOST/) as string });
    expect((await get(nowhere.port, '/healthz')).status).toBe(200);
  });
});
