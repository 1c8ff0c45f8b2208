// The browser harness the static site is tested with, proven on small pages written here: what a
// clean page shows, what a broken or inaccessible one is caught with, over HTTP and from file://.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, screenshot, serveDir, type ServedDir } from '../helpers/browser.js';

const page = (title: string, body: string, head = ''): string =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="icon" href="data:,">${head}</head><body>${body}</body></html>\n`;

const PAGES: Record<string, string> = {
  'index.html': page(
    'Facts',
    '<main><h1>Facts</h1><img src="logo.svg" alt="Factstore"><label for="q">Search facts</label>' +
      '<input id="q" type="search"><p id="count"></p></main><script src="app.js"></script>',
    // a strict policy: axe must run all the same, and the page's own files must still load
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><link rel="stylesheet" href="style.css">`,
  ),
  'style.css': 'body { font-family: sans-serif; color: #111; background: #fff; }\n',
  'app.js': "document.getElementById('count').textContent = '3 facts';\n",
  'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16"/></svg>\n',
  'data.json': '{"facts":3}\n',
  'broken.html': page(
    'Broken',
    "<main><h1>Broken</h1></main><script>console.error('facts did not load')</script>" +
      '<script src="./nope.js"></script><script src="https://example.com/x.js"></script>',
  ),
  'inaccessible.html': page(
    'Inaccessible',
    '<main><h1>Inaccessible</h1><input type="text"><p style="color:#ccc;background:#fff">faint text</p></main>',
  ),
};

let browser: Browser;
let base: string;
let dir: string;
let served: ServedDir;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'factstore-browser-'));
  dir = path.join(base, 'site');
  await mkdir(dir);
  await writeFile(path.join(base, 'secret.html'), page('Secret', '<main><h1>Secret</h1></main>'));
  for (const [name, text] of Object.entries(PAGES)) await writeFile(path.join(dir, name), text);
  served = await serveDir(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (base) await rm(base, { recursive: true, force: true });
});

const fileUrl = (name: string): string => pathToFileURL(path.join(dir, name)).href;

describe('serveDir', () => {
  it('answers with the content type of each file kind, and 404 for the rest', async () => {
    const types: Record<string, string | null> = {};
    for (const name of ['', 'style.css', 'app.js', 'logo.svg', 'data.json']) {
      const response = await fetch(served.url + name);
      expect(response.status, name).toBe(200);
      types[name] = response.headers.get('content-type');
    }
    expect(types).toEqual({
      '': 'text/html; charset=utf-8',
      'style.css': 'text/css; charset=utf-8',
      'app.js': 'text/javascript; charset=utf-8',
      'logo.svg': 'image/svg+xml',
      'data.json': 'application/json; charset=utf-8',
    });
    expect((await fetch(served.url + 'nope.js')).status).toBe(404);
  });

  it('refuses paths that climb out of the folder', async () => {
    const status = (rawPath: string): Promise<number | undefined> =>
      new Promise((resolve, reject) => {
        request(served.url, { path: rawPath }, (res) => resolve(res.resume().statusCode)).on('error', reject).end();
      });
    expect(await status('/../secret.html')).toBe(404);
    expect(await status('/..%2fsecret.html')).toBe(404);
    expect(await status('/%2e%2e/secret.html')).toBe(404);
    expect(await status('/index.html')).toBe(200);
  });
});

describe.each([
  ['over HTTP', (name: string) => served.url + name],
  ['from file://', fileUrl],
])('a page opened %s', (_how, urlOf) => {
  it('is clean when it loads everything locally, has no error and passes axe', async () => {
    const { page: tab, watch, close } = await openPage(browser, urlOf('index.html'));
    try {
      await expect.poll(() => tab.textContent('#count')).toBe('3 facts');
      expect(watch).toEqual({ consoleErrors: [], failedRequests: [], outsideRequests: [] });
      expect(await axeViolations(tab, { impacts: ['serious', 'critical'] })).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reports a console error, a missing script and a request leaving the machine', async () => {
    const { watch, close } = await openPage(browser, urlOf('broken.html'));
    await close();
    expect(watch.consoleErrors).toContain('facts did not load');
    expect(watch.failedRequests).toEqual([expect.stringMatching(/\/nope\.js (HTTP 404|net::ERR_FILE_NOT_FOUND)$/)]);
    expect(watch.outsideRequests).toEqual(['https://example.com/x.js']);
  });
});

it('axe reports an unlabelled input and low-contrast text as serious or critical', async () => {
  const { page: tab, close } = await openPage(browser, served.url + 'inaccessible.html');
  try {
    const violations = await axeViolations(tab, { impacts: ['serious', 'critical'] });
    expect(violations.map(({ id, impact }) => ({ id, impact })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'color-contrast', impact: 'serious' },
      { id: 'label', impact: 'critical' },
    ]);
    expect(violations.find((v) => v.id === 'label')?.nodes).toEqual(['input']);
  } finally {
    await close();
  }
});

it('refuses to open a page that is not local', async () => {
  await expect(openPage(browser, 'https://example.com/')).rejects.toThrow(/neither a file: URL nor served on 127\.0\.0\.1/);
});

it('keeps a full-page screenshot as a test artifact', async () => {
  const { page: tab, close } = await openPage(browser, served.url);
  try {
    const file = await screenshot(tab, 'browser-harness-index');
    expect(path.basename(file)).toBe('browser-harness-index.png');
    expect((await stat(file)).size).toBeGreaterThan(1000);
  } finally {
    await close();
  }
});
