/**
 * HTML for the compliance site: every text goes through `esc` (facts are written by whoever can
 * push; a trail named `<script>` must stay text), links are relative so the site works from
 * `file://` and from any folder of GitHub Pages.
 */

/** Escapes text for HTML element content and double-quoted attributes. */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A status badge: the word always written out, the colour only a second signal. */
export function badge(status: string): string {
  const tone =
    /^(COMPLIANT|PASSED|GATE_ALLOWED|APPROVED|APPROVAL_GRANTED|OK|Passed|green|TRUSTED|VERIFIED|DRIFT_RESOLVED|BYPASS_GRANTED|ADDED)$/.test(status)
      ? 'good'
      : /^(NON_COMPLIANT|FAILED|GATE_BLOCKED|REJECTED|APPROVAL_REJECTED|red|NOT COUNTED|DRIFT_DETECTED|NO_PROVENANCE|BYPASS_REFUSED|REMOVED|TAMPER_ALARM_RAISED)$/.test(status)
        ? 'bad'
        : /^(PENDING|yellow|CHANGED|NO_SNAPSHOT|MISSING)$/.test(status)
          ? 'warn'
          : 'neutral';
  return `<span class="badge ${tone}">${esc(status)}</span>`;
}

export interface PageLink {
  href: string;
  label: string;
}

export const NAV: readonly PageLink[] = [
  { href: 'index.html', label: 'Dashboard' },
  { href: 'flows.html', label: 'Flows' },
  { href: 'artifacts.html', label: 'Artifacts' },
  { href: 'vault.html', label: 'Evidence vault' },
  { href: 'log.html', label: 'Audit log' },
  { href: 'environments.html', label: 'Environments' },
  { href: 'posture.html', label: 'Posture' },
  { href: 'frameworks.html', label: 'Frameworks' },
  { href: 'types.html', label: 'Attestation types' },
  { href: 'search.html', label: 'Search' },
  { href: 'verification.html', label: 'Verification' },
];

export interface PageInput {
  /** the page's path under the site root, e.g. `t/payment-service/build-7.html` */
  path: string;
  title: string;
  /** which entry of the navigation is this page's (its href) */
  section: string;
  body: string;
  /** data files (under data/) the page loads, in order, before its script runs */
  data?: readonly string[];
  /** the build's facts commit and time, in the footer */
  footer: string;
}

/** The way back to the site root from a page's folder: `` for a root page, `../../` for t/<flow>/<trail>.html. */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/** A whole page: skip link, navigation (the current page marked), main, footer; the theme follows the reader's setting unless chosen. */
export function page(input: PageInput): string {
  const root = rootOf(input.path);
  const nav = NAV.map((l) => `<li><a href="${root}${l.href}"${l.href === input.section ? ' aria-current="page"' : ''}>${esc(l.label)}</a></li>`).join('');
  const data = (input.data ?? []).map((d) => `<script src="${root}data/${esc(d)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(input.title)} · Factstore</title>
<link rel="stylesheet" href="${root}assets/site.css">
<script src="${root}assets/theme.js"></script>
</head>
<body data-root="${root}">
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<p class="brand"><a href="${root}index.html">Factstore</a></p>
<nav aria-label="Site"><ul>${nav}</ul></nav>
<button type="button" class="theme" id="theme-toggle" aria-pressed="false">Dark theme</button>
</header>
<main id="main" tabindex="-1">
${input.body}
</main>
<footer><p>${input.footer}</p></footer>
${data}
<script src="${root}assets/site.js"></script>
</body>
</html>
`;
}

/** A table with a caption; `rows` are already-escaped cells. */
export function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[], attrs = ''): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.length === 0 ? `<tr><td colspan="${head.length}">None.</td></tr>` : rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${attrs}><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** `<code>` of a commit or digest, shortened, with the whole value in its title. */
export function code(value: string | null | undefined, length = 12): string {
  if (value === null || value === undefined) return '–';
  const shown = value.startsWith('sha256:') ? `sha256:${value.slice(7, 7 + length)}…` : value.length > length ? value.slice(0, length) : value;
  return `<code title="${esc(value)}">${esc(shown)}</code>`;
}

/** A link inside the site, relative to the page at `from`. */
export function link(from: string, to: string, text: string): string {
  return `<a href="${rootOf(from)}${to}">${esc(text)}</a>`;
}

/** The page of a trail. */
export function trailHref(flow: string, trail: string): string {
  return `t/${flow}/${trail}.html`;
}

/** The page of an artifact (by its digest's hex). */
export function artifactHref(digest: string): string {
  return `a/${digest.replace(/^sha256:/, '')}.html`;
}

/** The page of an environment. */
export function environmentHref(name: string): string {
  return `e/${name}.html`;
}

/** A JSON document embedded in a page, safe inside `<script type="application/json">`. */
export function jsonScript(id: string, value: unknown): string {
  return `<script type="application/json" id="${esc(id)}">${JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')}</script>`;
}
