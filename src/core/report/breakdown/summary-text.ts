/**
 * An evidence summary (what a parser counted, DESIGN §5) in words, for tables and next steps:
 * "1 247 passed, 0 failed, 3 skipped", "0 errors, 3 warnings, 1 note", "412 components",
 * "0 critical, 2 high, 5 medium, 1 low", "JSON document (12 keys)". A file stored as is says so;
 * an unknown format or a summary without the expected counts gives "".
 */
export function summaryText(format: string, summary: Record<string, unknown> | undefined): string {
  if (format === 'raw') return 'stored as is';
  if (summary === undefined) return '';
  switch (format) {
    case 'junit':
      return junitText(summary);
    case 'sarif':
      return sarifText(summary);
    case 'cyclonedx':
    case 'spdx':
      return sbomText(summary);
    case 'snyk':
    case 'trivy':
      return severityText(summary);
    case 'json':
      return jsonText(summary);
    case 'intoto':
    case 'sigstore-bundle':
      return statementText(summary);
    default:
      return '';
  }
}

/** 1247 → "1 247": thousands grouped with a space, whatever the locale. */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** "1 note", "3 notes". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${groupThousands(n)} ${n === 1 ? singular : plural}`;
}

/** A count the parser wrote, or undefined when the key is absent or not a count. */
function countAt(summary: Record<string, unknown>, key: string): number | undefined {
  const value = summary[key];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function junitText(summary: Record<string, unknown>): string {
  const tests = countAt(summary, 'tests');
  const failures = countAt(summary, 'failures') ?? 0;
  const errors = countAt(summary, 'errors') ?? 0;
  const skipped = countAt(summary, 'skipped') ?? 0;
  const passed = countAt(summary, 'passed') ?? (tests === undefined ? undefined : Math.max(0, tests - failures - errors - skipped));
  if (passed === undefined) return '';
  const parts = [`${groupThousands(passed)} passed`, `${groupThousands(failures)} failed`];
  if (errors > 0) parts.push(countOf(errors, 'error'));
  if (skipped > 0) parts.push(`${groupThousands(skipped)} skipped`);
  return parts.join(', ');
}

function sarifText(summary: Record<string, unknown>): string {
  const levels = ['error', 'warning', 'note'].map((level) => [level, countAt(summary, level)] as const);
  if (levels.every(([, n]) => n === undefined)) return '';
  return levels.map(([level, n]) => countOf(n ?? 0, level)).join(', ');
}

function sbomText(summary: Record<string, unknown>): string {
  const components = countAt(summary, 'components');
  if (components === undefined) return '';
  const vulnerabilities = countAt(summary, 'vulnerabilities') ?? 0;
  const text = countOf(components, 'component');
  return vulnerabilities > 0 ? `${text}, ${countOf(vulnerabilities, 'vulnerability', 'vulnerabilities')}` : text;
}

function severityText(summary: Record<string, unknown>): string {
  const named = ['critical', 'high', 'medium', 'low'].map((s) => [s, countAt(summary, s)] as const);
  if (named.every(([, n]) => n === undefined)) return '';
  const parts = named.map(([severity, n]) => `${groupThousands(n ?? 0)} ${severity}`);
  const unknown = countAt(summary, 'unknown') ?? 0;
  if (unknown > 0) parts.push(`${groupThousands(unknown)} unknown`);
  return parts.join(', ');
}

/** The json parser keeps a top-level array or scalar under `document`; an object is the summary itself. */
function jsonText(summary: Record<string, unknown>): string {
  const keys = Object.keys(summary);
  if (keys.length === 1 && keys[0] === 'document') {
    const doc = summary.document;
    if (Array.isArray(doc)) return `JSON array (${countOf(doc.length, 'item')})`;
    if (doc === null || typeof doc !== 'object') return 'JSON value';
  }
  return `JSON document (${countOf(keys.length, 'key')})`;
}

/** A verified statement: "https://slsa.dev/provenance/v1, signed by key partner-ci" (the signer the verification found). */
function statementText(summary: Record<string, unknown>): string {
  const { predicateType, signer } = summary;
  if (typeof predicateType !== 'string' || signer === null || typeof signer !== 'object') return '';
  const s = signer as Record<string, unknown>;
  const by = typeof s.key === 'string' ? `key ${s.key}` : typeof s.san === 'string' ? `${s.san} (issuer ${String(s.issuer)})` : undefined;
  return by === undefined ? predicateType : `${predicateType}, signed by ${by}`;
}
