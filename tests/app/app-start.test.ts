// The App started as `npm start` starts it (app/src/main.ts calls startApp with the environment),
// against the fake GitHub: without WEBHOOK_SECRET, Probot would take deliveries signed with its
// default secret `development`; the App answers every delivery 503 instead, and says why.
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { Server } from 'probot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../app/src/start.js';
import { tempDir } from '../helpers/git.js';
import { APP_ID, appPrivateKey, checkSuite, e2eWorld, REPO, type E2EWorld } from './e2e-world.js';

const started: Server[] = [];
afterEach(async () => {
  for (const server of started.splice(0)) await server.stop();
});

/** A port nobody listens on (PORT=0 is not one to Probot: it falls back to 3000). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface Started {
  port: number;
  logs: string[];
}

/** startApp with the settings a host would give it: the App's identity, GitHub (the fake) and where to listen. */
async function start(w: E2EWorld, extra: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const logs: string[] = [];
  const env = {
    APP_ID: String(APP_ID),
    PRIVATE_KEY: appPrivateKey,
    GHE_HOST: w.gh.url.replace(/^http:\/\//, ''),
    GHE_PROTOCOL: 'http',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...extra,
  };
  const log = pino({ level: 'info' }, { write: (line: string) => void logs.push((JSON.parse(line) as { msg?: string }).msg ?? '') });
  started.push(await startApp(env, { cwd: tempDir('factstore-app-start-'), log }));
  return { port, logs };
}

/** POSTs a delivery as GitHub does, signed with `secret`. */
function deliver(port: number, body: string, secret: string): Promise<{ status: number; text: string }> {
  const headers = {
    'content-type': 'application/json',
    'x-github-event': 'check_suite',
    'x-github-delivery': `delivery-${Date.now()}`,
    'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/github/webhooks', method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the App started from its environment', () => {
  it('without WEBHOOK_SECRET answers a delivery signed with `development` 503, says why, and calls GitHub for nothing', async () => {
    const w = await e2eWorld();
    const app = await start(w, {});
    w.gh.resetRequests();
    const body = JSON.stringify(checkSuite(w));
    for (const secret of ['development', 'anything']) {
      const r = await deliver(app.port, body, secret);
      expect(r.status).toBe(503);
      expect(r.text).toContain('WEBHOOK_SECRET is not set');
    }
    expect(app.logs.filter((l) => l.includes('WEBHOOK_SECRET is not set')).length).toBeGreaterThanOrEqual(3);
    expect(app.logs.find((l) => l.includes('Probot would accept one signed with its default secret `development`'))).toBeDefined();
    expect(w.gh.requests).toEqual([]);
    expect(w.gh.checkRuns(REPO)).toEqual([]);
  });

  it('with WEBHOOK_SECRET handles a delivery signed with it, and refuses one signed with `development`', async () => {
    const w = await e2eWorld();
    const app = await start(w, { WEBHOOK_SECRET: 'the-real-webhook-secret' });
    const body = JSON.stringify(checkSuite(w));
    const forged = await deliver(app.port, body, 'development');
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(forged.status).toBeLessThan(500);
    expect(w.gh.checkRuns(REPO)).toEqual([]);

    const r = await deliver(app.port, body, 'the-real-webhook-secret');
    expect(r.status).toBe(200);
    expect(w.gh.checkRuns(REPO).map((c) => [c.name, c.head_sha, c.conclusion, c.app.id])).toEqual([['Factstore gate / release', w.headSha, 'failure', APP_ID]]);
  });

  it('as app/src/main.ts starts it: WEBHOOK_SECRET is read from process.env', async () => {
    const w = await e2eWorld();
    const port = await freePort();
    const settings = {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: appPrivateKey,
      GHE_HOST: w.gh.url.replace(/^http:\/\//, ''),
      GHE_PROTOCOL: 'http',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'fatal',
      WEBHOOK_SECRET: 'the-secret-from-the-environment',
    };
    for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
    try {
      const { started: main } = await import('../../app/src/main.js');
      const server = await main;
      expect(server).toBeDefined();
      if (server !== undefined) started.push(server);
    } finally {
      vi.unstubAllEnvs();
    }
    const body = JSON.stringify(checkSuite(w));
    const forged = await deliver(port, body, 'development');
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(forged.status).toBeLessThan(500);
    const r = await deliver(port, body, 'the-secret-from-the-environment');
    expect(r.status).toBe(200);
    expect(w.gh.checkRuns(REPO).map((c) => [c.name, c.head_sha, c.conclusion, c.app.id])).toEqual([['Factstore gate / release', w.headSha, 'failure', APP_ID]]);
  });
});
