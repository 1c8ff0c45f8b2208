// The App's HTTP endpoint refuses deliveries whose signature does not match WEBHOOK_SECRET: a
// forged check_suite cannot make it gate, write or call GitHub at all.
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { Probot, createNodeMiddleware } from 'probot';
import { createFactstoreApp } from '../../app/src/index.js';
import { unansweredRequests } from './unanswered-requests.js';
import { payload } from './world.js';

const SECRET = 'webhook-secret-for-tests';
const PATH = '/api/github/webhooks';
let server: Server;
let url: string;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const probot = new Probot({ appId: 1, privateKey, secret: SECRET, log: pino({ level: 'silent' }) });
  const middleware = await createNodeMiddleware(createFactstoreApp({ actor: 'factstore[bot]', serverUrl: 'https://github.com' }), { probot, webhooksPath: PATH });
  server = createServer((req, res) => void middleware(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  nock.enableNetConnect();
});

/** POSTs a delivery as GitHub does (node:http: nock intercepts fetch) and answers the status. */
function deliver(name: string, body: string, signature: string | undefined): Promise<{ status: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-github-event': name, 'x-github-delivery': `delivery-${Date.now()}` };
  if (signature !== undefined) headers['x-hub-signature-256'] = signature;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sign = (body: string, secret = SECRET): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('webhook signatures', () => {
  const suite = JSON.stringify(payload('check_suite.requested'));

  it('accepts a delivery signed with the secret', async () => {
    const closed = JSON.stringify(payload('pull_request.closed'));
    const requests = unansweredRequests();
    try {
      const r = await deliver('pull_request', closed, sign(closed));
      expect(r.status).toBe(200);
    } finally {
      requests.stop();
    }
    // a closed pull request is acknowledged, not gated: nothing is asked of GitHub
    expect(requests.seen).toEqual([]);
  });

  it.each([
    ['signed with another secret', sign(suite, 'guessed')],
    ['signed over other bytes', sign(`${suite} `)],
    ['unsigned', undefined],
  ])('refuses a delivery %s, before any request to GitHub', async (_label, signature) => {
    const requests = unansweredRequests();
    try {
      const r = await deliver('check_suite', suite, signature);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
    } finally {
      requests.stop();
    }
    expect(requests.seen).toEqual([]);
  });
});
