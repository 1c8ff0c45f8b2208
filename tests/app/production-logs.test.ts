// In production the App logs JSON lines (Probot's pino, LOG_FORMAT=json by default) and never a
// secret: the container's entry command is run with real keys and a real webhook secret, at the
// most verbose level, through a start, probes, a gated delivery, a forged one and a failed
// readiness check, and no line holds any part of the secrets it was given.
import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/git.js';
import { layOutImage } from './container.js';
import { APP_ID, appPrivateKey, checkSuite, e2eWorld } from './e2e-world.js';
import { deliver, get, healthy, runImage } from './image-process.js';

/** Every line of key text long enough to be telling: the base64 body lines of the PEM and OpenSSH armours. */
const keyLines = (text: string): string[] => text.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));

describe('the App\'s logs in production', () => {
  it('are JSON lines that hold no part of WEBHOOK_SECRET, PRIVATE_KEY or FACTSTORE_SIGNING_KEY', async () => {
    const w = await e2eWorld();
    const dir = tempDir('factstore-ssh-');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'factstore-app', '-f', path.join(dir, 'key')]);
    const signingKey = readFileSync(path.join(dir, 'key'), 'utf8');
    const webhookSecret = 'whsec-7f3a9c2e5b8d4f1a6c0e9b2d5f8a1c4e';
    const settings = { APP_ID: String(APP_ID), PRIVATE_KEY: appPrivateKey, WEBHOOK_SECRET: webhookSecret, FACTSTORE_SIGNING_KEY: signingKey, LOG_LEVEL: 'trace', GHE_HOST: w.gh.url.replace(/^http:\/\//, ''), GHE_PROTOCOL: 'http' };
    const run = await runImage(layOutImage(), settings);
    await healthy(run);
    expect((await get(run.port, '/readyz')).status).toBe(200);
    expect(await deliver(run.port, 'check_suite', checkSuite(w), webhookSecret)).toBe(200);
    expect(await deliver(run.port, 'check_suite', checkSuite(w), 'development')).toBeGreaterThanOrEqual(400);
    w.gh.failNext(1, { status: 503, method: 'GET', path: '/app' });
    expect((await get(run.port, '/readyz')).status).toBe(503);
    // the process writes its log lines asynchronously: wait (bounded) for the last one to arrive
    for (let i = 0; i < 100 && !run.output().stdout.includes('factstore: not ready'); i++) await new Promise((r) => setTimeout(r, 50));

    const { stdout, stderr } = run.output();
    const lines = stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
    // what the App was asked to do is in the logs: the lines are worth reading
    expect(stdout).toContain('/readyz');
    expect(stdout).toContain('factstore: not ready');
    const pkcs8 = createPrivateKey(appPrivateKey).export({ type: 'pkcs8', format: 'pem' }).toString();
    const secrets = [webhookSecret, ...keyLines(appPrivateKey), ...keyLines(pkcs8), ...keyLines(signingKey)];
    expect(secrets.length).toBeGreaterThan(40);
    expect(secrets.filter((s) => stdout.includes(s) || stderr.includes(s))).toEqual([]);
  });
});
