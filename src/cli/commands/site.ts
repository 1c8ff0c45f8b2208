import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { badInput } from '../../core/errors.js';
import { getFramework } from '../../core/frameworks/index.js';
import { buildSiteModel } from '../../core/site/site-model.js';
import { renderSite } from '../../core/site/site-pages.js';
import { writeSite } from '../../core/site/write-site.js';
import { flag, optionalString, stringList } from '../args/values.js';
import type { Command } from '../command.js';
import { findGit } from '../context/find-git.js';
import { originRepository } from '../context/origin-repository.js';
import { openTrusted } from '../context/trusted-view.js';
import { EXIT_OK } from '../exit-codes.js';
import { parseSince } from './log.js';

export const site: Command = {
  path: ['site'],
  summary: 'a static compliance site generated from the facts: dashboard, flows and trails, artifacts, evidence vault, audit log, environments, posture, search, verification',
  usage: 'site --out DIR [--since DATE] [--framework NAME]… [--include-evidence] [--serve [--port N]]',
  options: [
    { name: 'out', type: 'string', value: 'DIR', description: 'the folder to write the site to (new, empty, or a site built here before: only what changed is rewritten)' },
    { name: 'since', type: 'string', value: 'DATE', description: 'only trails started since DATE' },
    { name: 'framework', type: 'string', multiple: true, value: 'NAME', description: 'count the controls of this framework on the posture page (default: those the flows name under controls:)' },
    { name: 'include-evidence', type: 'boolean', description: 'copy the evidence bytes into the site (GitHub Pages of a private repository are public outside GitHub Enterprise)' },
    { name: 'serve', type: 'boolean', description: 'then serve the site on 127.0.0.1 until interrupted' },
    { name: 'port', type: 'string', value: 'N', description: 'with --serve: the port (default 8080)' },
  ],
  details: `HTML, CSS and a little JavaScript, no CDN, nothing fetched: it works from file:// and from GitHub Pages.
Every figure is computed by the functions the CLI uses (the engine, posture, custody, env status and diff,
the trust filter): a fact that does not count is never shown as counted. Data the pages load are <script>
files under data/, each under 1 MB. A second build into the same folder rewrites only the files whose bytes
changed and removes those it no longer writes; nothing else in the folder is touched.`,
  async run(ctx, { values }) {
    const out = optionalString(values, 'out');
    if (out === undefined) throw badInput('--out DIR is required: the folder to write the site to.');
    const since = parseSince(optionalString(values, 'since'));
    const port = parsePort(optionalString(values, 'port'));
    const config = await ctx.requireConfig();
    const named = [...new Set(Object.values(config.flows).flatMap((f) => Object.values(f.controls ?? {}).flat().map((c) => c.split(' ')[0] ?? '')))].filter((n) => n !== '');
    const chosen = stringList(values, 'framework');
    const frameworks = (chosen.length > 0 ? chosen : named.filter((n) => safeFramework(n))).map((n) => getFramework(n));
    const store = ctx.openStore(config);
    const trusted = await openTrusted(config, store);
    const started = Date.now();
    const model = await buildSiteModel({ config, trusted, store, branch: store.branch, policyEvaluator: ctx.policyEvaluator(), frameworks, now: ctx.now(), ...(since !== undefined ? { since } : {}) });
    const repository = config.facts.repo ?? (await originRepository(findGit(ctx.io.env) ?? 'git', ctx.resolve('.')));
    const files = await renderSite(model, {
      includeEvidence: flag(values, 'include-evidence'),
      readEvidence: async (sha) => store.readEvidence(sha),
      serverUrl: 'https://github.com',
      ...(repository !== undefined ? { repository } : {}),
    });
    const dir = ctx.resolve(out);
    const result = writeSite(dir, files);
    const document = { out: dir, factsCommit: model.factsCommit, trails: model.trails.length, files: result.files, written: result.written.length, removed: result.removed.length, bytes: result.bytes, largest: result.largest, ms: Date.now() - started };
    ctx.emit('cli/site', document, () =>
      `Site of ${model.trails.length} trail(s) at facts ${model.factsCommit?.slice(0, 12) ?? '(none)'} in ${dir}: ${result.files} files (${result.written.length} written, ${result.removed.length} removed), ${Math.round(result.bytes / 1024)} KiB; largest ${result.largest.path} (${Math.round(result.largest.bytes / 1024)} KiB).\nOpen ${path.join(dir, 'index.html')}, or serve it: factstore site --out ${out} --serve`,
    );
    if (!flag(values, 'serve')) return EXIT_OK;
    await serve(dir, port, (line) => ctx.note(line));
    return EXIT_OK;
  },
};

function safeFramework(name: string): boolean {
  try {
    getFramework(name);
    return true;
  } catch {
    return false;
  }
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 8080;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw badInput(`--port ${JSON.stringify(text)} is not a port (0 to 65535; 0 picks a free one).`);
  return n;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Serves the folder on 127.0.0.1 only (an auditor's own machine), until the process is interrupted. */
function serve(dir: string, port: number, say: (line: string) => void): Promise<void> {
  const root = dir;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // joined by hand: a path resolved from the request must never leave the site's folder
    const rel = path.posix.normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
    if (rel.split('/').includes('..') || rel.includes('\0')) return void res.writeHead(403).end('outside the site');
    let file = rel === '' ? root : root + path.sep + rel.split('/').join(path.sep);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      say(`serving ${root} on http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : port}/ (only this machine); Ctrl-C stops it.`);
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
}
