import { describe, expect, it } from 'vitest';
import {
  breakdownFromAssert,
  breakdownFromGate,
  buildBreakdown,
  renderBreakdownMarkdown,
  type Breakdown,
  type BreakdownOptions,
} from '../../src/core/report/breakdown/index.js';
import { flowConfig } from '../evaluate/helpers.js';
import {
  blockedRelease,
  bypassedGate,
  overriddenRelease,
  compliantRelease,
  GITHUB_LINKS,
  NOW,
  pendingRelease,
  retriedRelease,
  severalFlowsGate,
  TYPES,
  unknownArtifact,
} from './scenarios.js';
import { hostileBreakdown, manyTypes } from './markdown-inputs.js';

const cli: BreakdownOptions = { now: NOW, types: TYPES };
const github: BreakdownOptions = { now: NOW, types: TYPES, audience: 'github', links: GITHUB_LINKS };
const snapshot = (name: string) => `./__snapshots__/${name}.md`;

/** Every table: a header, the separator, then rows with as many cells as the header (unescaped `|`). */
function expectWholeTables(markdown: string): void {
  const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
    expect(lines[i]).toBe('| type | status | evidence | summary | link |');
    expect(lines[i + 1]).toBe('|---|---|---|---|---|');
    for (let j = i + 2; lines[j]?.startsWith('|'); j++) {
      expect(cells(lines[j] ?? '')).toBe(7);
      expect(lines[j]?.endsWith(' |')).toBe(true);
    }
  }
}

describe('renderBreakdownMarkdown: snapshots of realistic releases', () => {
  const assertCases = [
    ['compliant', compliantRelease, github],
    ['blocked-cli', blockedRelease, cli],
    ['blocked-github', blockedRelease, github],
    ['retries-latest', retriedRelease, cli],
    ['unknown-artifact', unknownArtifact, cli],
    ['pending', pendingRelease, cli],
    ['overridden', overriddenRelease, github],
  ] as const;

  it.each(assertCases)('%s', async (name, scenario, options) => {
    const { flow, result } = await scenario();
    const markdown = renderBreakdownMarkdown(breakdownFromAssert(result, flow, options));
    expectWholeTables(markdown);
    await expect(markdown).toMatchFileSnapshot(snapshot(name));
  });

  const gateCases = [
    ['bypass', bypassedGate, github],
    ['several-flows', severalFlowsGate, cli],
  ] as const;

  it.each(gateCases)('%s', async (name, scenario, options) => {
    const { flows, result } = await scenario();
    const markdown = renderBreakdownMarkdown(breakdownFromGate(result, flows, options));
    expectWholeTables(markdown);
    await expect(markdown).toMatchFileSnapshot(snapshot(name));
  });

  it('shows what matters in the heading lines: icon and status per flow', async () => {
    const several = await severalFlowsGate();
    const markdown = renderBreakdownMarkdown(breakdownFromGate(several.result, several.flows, cli));
    expect(markdown.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '## ❌ Factstore: GATE_BLOCKED',
      '### ✅ payment-service: GATE_ALLOWED',
      '### ❌ docs-site: GATE_BLOCKED',
      '### ❌ code-quality: GATE_BLOCKED',
    ]);
    const pending = await pendingRelease();
    expect(renderBreakdownMarkdown(breakdownFromAssert(pending.result, pending.flow, cli))).toMatch(/^## ⏳ Factstore: NON_COMPLIANT\n/);
    const bypass = await bypassedGate();
    const allowed = renderBreakdownMarkdown(breakdownFromGate(bypass.result, bypass.flows, github), { title: 'Release gate' });
    expect(allowed).toMatch(/^## ⚠️ Release gate: GATE_ALLOWED\n/);
    expect(allowed).toContain('expires 2026-01-05 00:00 UTC (in 3 days)');
  });

  it('is deterministic: the same breakdown renders byte for byte the same', async () => {
    const { flow, result } = await blockedRelease();
    const a = renderBreakdownMarkdown(breakdownFromAssert(result, flow, github));
    const b = renderBreakdownMarkdown(breakdownFromAssert(result, flow, github));
    expect(a).toBe(b);
  });
});

describe('renderBreakdownMarkdown: user text is escaped', () => {
  const markdown = renderBreakdownMarkdown(hostileBreakdown());

  it('keeps it a Markdown document a reviewer can read', async () => {
    await expect(markdown).toMatchFileSnapshot(snapshot('hostile-text'));
  });

  it('lets no HTML through and never pings anyone', () => {
    expect(markdown).not.toMatch(/<(?!br>)/);
    expect(markdown).not.toMatch(/@(?!&#8203;)/);
    expect(markdown).toContain('&lt;script&gt;');
    expect(markdown).toContain('@&#8203;acme/release-managers');
    expect(markdown).toContain('@&#8203;everyone');
  });

  it('keeps every table row whole: pipes and line breaks in user text cannot split it', () => {
    expectWholeTables(markdown);
    expect(markdown).toContain('a\\|b');
  });

  it('escapes backticks, emphasis and links from user text', () => {
    expect(markdown).toContain('\\`rm -rf /\\`');
    expect(markdown).toContain('\\[click\\](https://evil.example)');
    expect(markdown).toContain('\\*\\*bold\\*\\*');
    expect(markdown).not.toContain('](javascript:');
    expect(markdown).toContain('| javascript:alert(1) |');
  });
});

describe('renderBreakdownMarkdown: the size limit', () => {
  it('renders in full when it fits', async () => {
    const { flow, result } = await blockedRelease();
    const markdown = renderBreakdownMarkdown(breakdownFromAssert(result, flow, cli));
    expect(markdown).not.toContain('Left out');
  });

  it('drops PASSED rows first when 2 000 types do not fit, and says so at the end', () => {
    const b = manyTypes(2_000, (i) => (i % 100 === 0 ? 'FAILED' : 'PASSED'));
    const full = renderBreakdownMarkdown(b, { maxLength: Infinity });
    expect(full.length).toBeGreaterThan(65_000);
    const markdown = renderBreakdownMarkdown(b);
    expect(markdown.length).toBeLessThanOrEqual(65_000);
    expectWholeTables(markdown);
    expect(markdown.match(/✅ PASSED/g)).toBeNull();
    expect(markdown.match(/❌ FAILED/g)).toHaveLength(20);
    expect(markdown).toContain('_… 1 980 more types not shown (1 980 passed)._');
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(
      '_Left out to stay within 65 000 characters: 1 980 passed types. The JSON breakdown has all of it._',
    );
  });

  it('never drops a PASSED row that overrode its evidence with the other PASSED rows', () => {
    const b = manyTypes(2_000, (i) => (i % 100 === 0 ? 'FAILED' : 'PASSED'));
    const overridden = b.flows[0]?.types[7];
    if (overridden === undefined) throw new Error('manyTypes made no type 7');
    overridden.override = { reason: 'flaky on the runner clock', verdict: 'FAILED' };
    const markdown = renderBreakdownMarkdown(b);
    expect(markdown.length).toBeLessThanOrEqual(65_000);
    expectWholeTables(markdown);
    expect(markdown.match(/✅ PASSED/g)).toHaveLength(1);
    expect(markdown).toContain('| `check-0007` | ✅ PASSED ⚠️ overridden (the evidence said FAILED) |');
    expect(markdown).toContain('**override reason:** flaky on the runner clock');
    expect(markdown).toContain('_… 1 979 more types not shown (1 979 passed)._');
  });

  it('then keeps as many rows and next steps per flow as fit, never half a table', () => {
    const b = manyTypes(2_000, () => 'FAILED');
    const markdown = renderBreakdownMarkdown(b);
    expect(markdown.length).toBeLessThanOrEqual(65_000);
    expect(markdown.length).toBeGreaterThan(50_000);
    expectWholeTables(markdown);
    const rows = markdown.match(/❌ FAILED/g)?.length ?? 0;
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(2_000);
    expect(markdown).toContain(`more types not shown (${(2_000 - rows).toLocaleString('en-US').replace(',', ' ')} failed or missing)`);
    expect(markdown.trimEnd().split('\n').at(-1)).toMatch(
      /^_Left out to stay within 65 000 characters: [\d ]+ failed or missing types, [\d ]+ next steps\. The JSON breakdown has all of it\._$/,
    );
    expect(renderBreakdownMarkdown(b)).toBe(markdown);
  });

  it('drops whole flows last, naming them', () => {
    const flows = Array.from({ length: 30 }, (_, i) => ({
      flow: flowConfig({ name: `service-${String(i).padStart(2, '0')}`, require: ['unit-tests', 'sbom'] }),
      artifact: `sha256:${String(i).padStart(64, '0')}`,
      details: 'artifact not found',
    }));
    const b = buildBreakdown({ now: NOW, flows });
    const markdown = renderBreakdownMarkdown(b, { maxLength: 3_000 });
    expect(markdown.length).toBeLessThanOrEqual(3_000);
    expectWholeTables(markdown);
    expect(markdown).toMatch(/_… \d+ more flows not shown: service-\d\d, /);
    expect(markdown).toMatch(/[\d ]+ flows, [\d ]+ failed or missing types, [\d ]+ next steps\. The JSON breakdown has all of it\._\n$/);
  });

  it('refuses a limit too small for any breakdown', () => {
    const b: Breakdown = buildBreakdown({ now: NOW, flows: [] });
    expect(() => renderBreakdownMarkdown(b, { maxLength: 100 })).toThrow('maxLength 100 is too small');
  });
});
