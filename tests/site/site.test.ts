// The compliance site in a real Chromium: built from the demo's store and from a store with drift,
// a bypass and a forged fact; every page loads with no console error, no failed request and no
// request leaving the machine, over HTTP and from file://; its figures are the CLI's; filters,
// search and the snapshot diff work by clicking and typing; axe finds nothing serious.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { trailPath } from '../../src/core/store/layout.js';
import { axeViolations, launchBrowser, openPage, screenshot, serveDir, type ServedDir } from '../helpers/browser.js';
import { git, tempDir } from '../helpers/git.js';
import { tamperFile } from '../helpers/tamper.js';
import { cli, commitConfig, configText, FLOW, jsonOf, startTrail, workspace, type Workspace } from '../cli/helpers.js';

let browser: Browser;
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every file of the site under `dir`, relative. */
function siteFiles(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub)).flatMap((name) => {
    const rel = sub === '' ? name : `${sub}/${name}`;
    return statSync(path.join(dir, rel)).isDirectory() ? siteFiles(dir, rel) : [rel];
  });
}

/** The text of every element the selector finds, trimmed. */
async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((t) => t.trim());
}

/** The cells of each row the selector finds. */
async function cells(page: Page, rows: string): Promise<string[][]> {
  const out: string[][] = [];
  for (const row of await page.locator(rows).all()) out.push((await row.locator('td').allTextContents()).map((t) => t.trim()));
  return out;
}

/** Opens a page, waits for its script, and says what went wrong on the way. */
async function visit(url: string) {
  const opened = await openPage(browser, url);
  await opened.page.waitForLoadState('load');
  return opened;
}

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser.close();
});

describe('the site of the demo', () => {
  let repo: string;
  let out: string;
  let served: ServedDir;
  const fs = (args: string[]) => cli(args, { cwd: repo, env: {} });

  beforeAll(async () => {
    const dir = path.join(tempDir(), 'demo');
    expect((await cli(['demo', '--dir', dir], { cwd: tempDir(), env: {} })).code).toBe(0);
    repo = path.join(dir, 'payment-service');
    out = path.join(tempDir(), 'site');
    const r = await fs(['site', '--out', out, '--framework', 'soc2', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    served = await serveDir(out);
  }, 300_000);

  afterAll(async () => {
    await served.close();
  });

  it('loads every page over HTTP and from file:// with no console error, no failed request and nothing leaving the machine', async () => {
    const pages = siteFiles(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      for (const url of [`${served.url}${p}`, pathToFileURL(path.join(out, p)).href]) {
        const { page, watch, close } = await visit(url);
        await page.waitForTimeout(50);
        expect({ url, errors: watch.consoleErrors, failed: watch.failedRequests, outside: watch.outsideRequests }).toEqual({ url, errors: [], failed: [], outside: [] });
        await close();
      }
    }
  }, 180_000);

  it('serves the site on 127.0.0.1 with --serve (the built command), and nothing outside its folder', async () => {
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'factstore.js'), 'site', '--out', out, '--framework', 'soc2', '--serve', '--port', '0'], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (c: Buffer) => {
          err += c.toString();
          const m = /serving .* on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(err);
          if (m?.[1] !== undefined) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`site --serve exited ${String(code)}: ${err}`)));
      });
      const index = await fetch(`${url}index.html`);
      expect([index.status, index.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
      expect(await index.text()).toContain('Compliance dashboard');
      for (const escape of ['..%2f..%2fpackage.json', '%2e%2e/%2e%2e/etc/passwd']) expect((await fetch(`${url}${escape}`)).status, escape).toBeGreaterThanOrEqual(403);
      expect((await fetch(`${url}nope.html`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);

  it('keeps every page and data file under 1 MB', () => {
    for (const f of siteFiles(out)) expect({ f, big: statSync(path.join(out, f)).size > 1024 * 1024 }).toEqual({ f, big: false });
  });

  it('shows on the dashboard and the posture page the counts of factstore posture --json', async () => {
    const posture = jsonOf<{ flows: { flow: string; trails: number; compliant: number; nonCompliant: number; pending: number; percent: number | null }[]; frameworks: { framework: string; controls: { id: string; passing: number; failing: number }[] }[] }>(await fs(['posture', '--framework', 'soc2', '--json']), 'posture');
    for (const file of ['index.html', 'posture.html']) {
      const { page, close } = await visit(`${served.url}${file}`);
      const rows = await cells(page, '#flow-counts tbody tr');
      expect(rows.map((r) => r.slice(0, 5))).toEqual(posture.flows.map((f) => [f.flow, String(f.trails), String(f.compliant), String(f.nonCompliant), String(f.pending)]));
      if (file === 'index.html') {
        const total = (id: string) => page.locator(`#${id}`).textContent().then(Number);
        expect(await total('total-trails')).toBe(posture.flows.reduce((n, f) => n + f.trails, 0));
        expect(await total('total-compliant')).toBe(posture.flows.reduce((n, f) => n + f.compliant, 0));
        expect(await total('total-noncompliant')).toBe(posture.flows.reduce((n, f) => n + f.nonCompliant, 0));
      } else {
        const controls = await cells(page, 'table[data-framework="soc2"] tbody tr');
        expect(controls.map((c) => [c[0], c[2], c[3]])).toEqual(posture.frameworks[0]?.controls.map((c) => [c.id, String(c.passing), String(c.failing)]));
        expect(await page.locator('svg.trend circle').count()).toBeGreaterThan(0);
      }
      await close();
    }
  });

  it('embeds in each trail page the JSON of factstore trails get --json, and shows it', async () => {
    const trails = readdirSync(path.join(out, 't', 'payment-service')).map((f) => f.replace(/\.html$/, ''));
    expect(trails.length).toBeGreaterThan(1);
    for (const trail of trails) {
      const cliDoc = jsonOf(await fs(['trails', 'get', '--flow', 'payment-service', '--trail', trail, '--json']), 'trails-get');
      const { page, close } = await visit(`${served.url}t/payment-service/${trail}.html`);
      // embedded without the tip and the high-water mark (they change with every facts commit: data/build.js holds them), shown whole
      const embedded = JSON.parse((await page.locator('#trail-json').textContent()) ?? '') as { trust: Record<string, unknown> };
      const trust = { ...(cliDoc as { trust: Record<string, unknown> }).trust };
      delete trust.factsCommit;
      delete trust.highWater;
      expect(embedded).toEqual({ ...cliDoc, trust });
      await page.click('summary');
      expect(JSON.parse((await page.locator('#trail-json-text').textContent()) ?? '')).toEqual(cliDoc);
      expect(await page.isVisible('#trail-json-text')).toBe(true);
      await close();
    }
  });

  it('filters the audit log by clicking and typing, and keeps the filter in the address', async () => {
    const { page, close } = await visit(`${served.url}log.html`);
    const events = () => texts(page, '[data-dataset="log"] tbody tr td:nth-child(2)');
    expect((await events()).length).toBeGreaterThan(5);
    await page.selectOption('select[name="event"]', 'attestation_recorded');
    expect(new Set(await events())).toEqual(new Set(['ATTESTATION_RECORDED']));
    await page.selectOption('select[name="event"]', '');
    await page.fill('input[name="actor"]', 'alice');
    const actors = await texts(page, '[data-dataset="log"] tbody tr td:nth-child(3)');
    expect(actors.length).toBeGreaterThan(0);
    expect(actors.every((a) => a.includes('alice'))).toBe(true);
    await close();
    const linked = await visit(`${served.url}log.html?event=approval_granted`);
    expect(new Set(await texts(linked.page, '[data-dataset="log"] tbody tr td:nth-child(2)'))).toEqual(new Set(['APPROVAL_GRANTED']));
    await linked.close();
  });

  it('searches as one types, and a result leads to its page', async () => {
    const { page, close } = await visit(pathToFileURL(path.join(out, 'search.html')).href);
    await page.fill('#q', 'build-10');
    await page.locator('#results li').first().waitFor();
    const results = await texts(page, '#results li');
    expect(results.some((r) => r.includes('payment-service/build-101'))).toBe(true);
    await page.click('#results a >> text=payment-service/build-101');
    await page.waitForURL(/t\/payment-service\/build-101\.html$/);
    expect(await page.textContent('h1')).toContain('build-101');
    await close();
  });

  it('has no serious or critical accessibility violation, and keeps screenshots of the main pages', async () => {
    const trail = readdirSync(path.join(out, 't', 'payment-service'))[0] ?? '';
    for (const [name, file] of [['dashboard', 'index.html'], ['trail', `t/payment-service/${trail}`], ['vault', 'vault.html'], ['posture', 'posture.html'], ['log', 'log.html'], ['search', 'search.html'], ['environment', 'e/production.html'], ['verification', 'verification.html'], ['artifacts', 'artifacts.html']]) {
      const { page, close } = await visit(`${served.url}${file}`);
      expect({ file, violations: await axeViolations(page, { impacts: ['serious', 'critical'] }) }).toEqual({ file, violations: [] });
      if (['dashboard', 'trail', 'vault', 'posture'].includes(name ?? '')) await screenshot(page, `site-${name ?? ''}`);
      // the dark theme too, chosen with the keyboard
      await page.focus('#theme-toggle');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect({ file, dark: await axeViolations(page, { impacts: ['serious', 'critical'] }) }).toEqual({ file, dark: [] });
      await close();
    }
  }, 120_000);
});

describe('the site of a store with drift, a bypass and a forged fact', () => {
  let w: Workspace;
  let out: string;
  let served: ServedDir;

  beforeAll(async () => {
    w = await workspace();
    commitConfig(w.repo, configText(w.key, `bypass: { actors: [alice], reasons: { incident-hotfix: "Sev1 fix" }, max_ttl: 7d }\nenvironments:\n  production: { type: list }\n`));
    await startTrail(w, 't1', `sha256:${'a'.repeat(64)}`);
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'PASSED'])).code).toBe(0);
    expect((await w.fs(['bypass', '--flow', FLOW, '--trail', 't1', '--reason', 'incident-hotfix', '--ttl', '1d'], w.asAlice)).code).toBe(0);
    const running = (entries: { name: string; sha256: string }[]) => {
      writeFileSync(path.join(w.repo, 'running.json'), JSON.stringify(entries));
      return w.fs(['snapshot', 'list', '--environment', 'production', '--file', 'running.json']);
    };
    await running([{ name: 'app', sha256: 'a'.repeat(64) }]);
    await running([{ name: 'app', sha256: 'a'.repeat(64) }, { name: 'sidecar', sha256: 'c'.repeat(64) }]);
    await running([{ name: 'app', sha256: 'd'.repeat(64) }]);
    // someone with push access appends an approval nobody signed
    const file = trailPath(FLOW, 't1');
    const forged = makeFact({ kind: 'approval', flow: FLOW, trail: 't1', actor: 'alice', ts: new Date().toISOString(), decision: 'APPROVED' });
    tamperFile(w.repo, 'factstore', file, `${git(w.repo, 'show', `factstore:${file}`)}${JSON.stringify(forged)}\n`);
    out = path.join(tempDir(), 'site');
    const r = await w.fs(['site', '--out', out]);
    expect(r.code).toBe(0);
    served = await serveDir(out);
  }, 300_000);

  afterAll(async () => {
    await served.close();
  });

  it('shows the forged approval as not counted, on the trail page and in the audit log, and never as counted', async () => {
    const { page, close } = await visit(`${served.url}t/${FLOW}/t1.html`);
    expect(await page.textContent('#not-counted')).toContain('NOT COUNTED');
    expect(await page.textContent('#not-counted')).toContain('unsigned');
    const counted = await texts(page, '#facts tbody tr td:nth-child(2)');
    expect(counted).not.toContain('APPROVED');
    await close();
    const log = await visit(`${served.url}log.html?counts=no`);
    const rows = await texts(log.page, '[data-dataset="log"] tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('APPROVAL_GRANTED');
    expect(rows[0]).toContain('NOT COUNTED');
    await log.close();
  });

  it('compares any two snapshots by clicking, as factstore env diff does', async () => {
    const { page, watch, close } = await visit(pathToFileURL(path.join(out, 'e', 'production.html')).href);
    await page.selectOption('#from', '0');
    await page.selectOption('#to', '2');
    await page.click('#diff-form button[type="submit"]');
    const rows = await cells(page, '#diff-out tbody tr');
    const snapshots = readFileSync(path.join(out, 'data', 'env-production.js'), 'utf8');
    const ids = [...snapshots.matchAll(/"id":"([0-9a-f]{64})"/g)].map((m) => m[1] ?? '');
    const diff = jsonOf<{ changes: { change: string; name: string }[] }>(await w.fs(['env', 'diff', 'production', '--from', ids[0] ?? '', '--to', ids[2] ?? '', '--json']), 'env-diff');
    expect(rows.map((r) => [r[0], r[1]])).toEqual(diff.changes.map((c) => [c.change, c.name]));
    expect(rows.length).toBeGreaterThan(0);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('lists the bypass among the recent decisions and bypasses, and the drift as open', async () => {
    const { page, close } = await visit(`${served.url}index.html`);
    expect(await page.textContent('main')).toContain('BYPASS_GRANTED');
    expect(Number(await page.textContent('#total-drift'))).toBeGreaterThan(0);
    await close();
  });

  it('rewrites only the files a new fact changes when built again into the same folder', async () => {
    // the same facts: only what says when it was built (the verification page and data/build.js)
    const again = jsonOf<{ written: number; files: number }>(await w.fs(['site', '--out', out, '--json']), 'site');
    expect(again.written).toBe(2);
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'vulnerability-scan', '--status', 'PASSED'])).code).toBe(0);
    const next = jsonOf<{ written: number; files: number }>(await w.fs(['site', '--out', out, '--json']), 'site');
    expect(next.written).toBeGreaterThan(0);
    expect(next.written).toBeLessThanOrEqual(50);
    expect(next.written).toBeLessThan(next.files);
  });
});
