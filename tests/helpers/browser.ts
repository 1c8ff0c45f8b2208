// Real-browser checks for static pages: Debian's chromium driven by playwright-core (which never
// downloads a browser), a loopback file server, a watch on every console error, failed request and
// request leaving the machine, axe-core's accessibility rules, and full-page screenshots.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type AxeCore from 'axe-core';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

// the background-networking flags stop chromium calling out on its own: a test run sends nothing off the machine
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-artifacts', 'screenshots');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: Promise<string> | undefined;

/** Chromium with a fresh temporary profile (playwright-core makes and removes it). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`browser tests: ${CHROMIUM_PATH} is missing; install it: apt-get install chromium, as .ci/run does`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

export interface ServedDir {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  close: () => Promise<void>;
}

/** Serves a folder on loopback: known file types only, 404 for anything else or outside it. */
export async function serveDir(dir: string): Promise<ServedDir> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const answer = (status: number, type: string, body: string | Buffer): void => {
      res.writeHead(status, { 'content-type': type }).end(body);
    };
    let file: string;
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    } catch {
      return answer(400, 'text/plain', 'bad path');
    }
    const type = CONTENT_TYPES[path.extname(file)];
    if (!file.startsWith(root + path.sep) || type === undefined) return answer(404, 'text/plain', 'not found');
    readFile(file).then(
      (body) => answer(200, type, body),
      () => answer(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

export interface PageWatch {
  /** console messages of type error, and uncaught exceptions */
  consoleErrors: string[];
  /** requests that failed, or were answered with a status of 400 or more: `<url> <reason>` */
  failedRequests: string[];
  /** requests to anywhere but the page's own loopback server or file: (blocked, never sent) */
  outsideRequests: string[];
}

export interface OpenedPage {
  page: Page;
  watch: PageWatch;
  close: () => Promise<void>;
}

const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:', 'about:']);

/** Opens `url` in a new context, watching it from before the first request until closed. */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const target = new URL(url);
  const servedOrigin = target.protocol === 'http:' && target.hostname === '127.0.0.1' ? target.origin : undefined;
  if (!LOCAL_SCHEMES.has(target.protocol) && servedOrigin === undefined) {
    throw new Error(`browser tests: ${url} is neither a file: URL nor served on 127.0.0.1`);
  }
  const isLocal = (address: string): boolean => {
    const { protocol, origin } = new URL(address);
    return LOCAL_SCHEMES.has(protocol) || (servedOrigin !== undefined && origin === servedOrigin);
  };

  const watch: PageWatch = { consoleErrors: [], failedRequests: [], outsideRequests: [] };
  const reported = new WeakSet<Request>(); // each request is reported once, as outside or failed
  const context = await browser.newContext();
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isLocal(request.url())) return route.continue();
    reported.add(request);
    watch.outsideRequests.push(request.url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  // chromium also fails a request it got a 4xx/5xx for (net::ERR_ABORTED)
  const failed = (request: Request, reason: string): void => {
    if (reported.has(request)) return;
    reported.add(request);
    watch.failedRequests.push(`${request.url()} ${reason}`);
  };
  page.on('requestfailed', (request) => failed(request, request.failure()?.errorText ?? 'failed'));
  page.on('response', (response) => {
    if (response.status() >= 400) failed(response.request(), `HTTP ${response.status()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, watch, close: () => context.close() };
}

export type Impact = NonNullable<AxeCore.ImpactValue>;

export interface AxeViolation {
  id: string;
  impact: Impact;
  help: string;
  /** one CSS selector per offending element (frames and shadow roots joined by ` >>> `) */
  nodes: string[];
}

/** Runs axe-core in the page; returns the violations of the given impacts. */
export async function axeViolations(page: Page, options: { impacts: Impact[] }): Promise<AxeViolation[]> {
  // evaluated through the DevTools protocol, which a page's Content-Security-Policy does not stop
  // (page.addScriptTag inserts an inline script that a strict policy blocks, with a console error)
  axeSource ??= readFile(AXE_SCRIPT, 'utf8').then((source) => `${source}\n;undefined`);
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: typeof AxeCore };
    const results = await axe.run({ resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' >>> ')),
    }));
  });
  return violations.flatMap(({ impact, ...rest }) =>
    impact && options.impacts.includes(impact) ? [{ ...rest, impact }] : [],
  );
}

/** Saves a full-page PNG as test-artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`browser tests: screenshot name "${name}" must be letters, digits, . _ -`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
