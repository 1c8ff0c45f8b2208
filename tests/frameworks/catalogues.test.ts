// Every control ID a framework template uses must exist in the published catalogue it names, and
// each catalogue list must be complete: a count that differs from the published one means an ID
// was dropped or invented (one public mapping of ISO 27001:2022 lists 92 of its 93 controls).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFrameworks } from '../../src/core/frameworks/index.js';

interface Catalogue {
  name: string;
  publisher: string;
  version: string;
  url: string;
  section: string;
  count: number;
  retrieved: { repository?: string; path?: string; commit?: string; url?: string; note: string }[];
  ids: string[];
}

const dir = path.join(import.meta.dirname, '..', '..', 'frameworks', 'catalogues');
const catalogues = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Catalogue]),
);
const frameworks = listFrameworks();

/** The published sizes, stated independently of the lists. */
const PUBLISHED_COUNTS: Record<string, number> = {
  'iso27001-2022-annex-a': 93,
  'aicpa-tsc-2017': 61,
  'pci-dss-4.0.1-requirement-6': 19,
  'gdpr-articles-25-32': 11,
  'cobit-2019-bai06-bai07': 12,
  'slsa-1.0-build-track': 12,
};

function catalogue(name: string): Catalogue {
  const found = catalogues.get(name);
  if (found === undefined) throw new Error(`no catalogue ${name}`);
  return found;
}

describe('catalogues', () => {
  it('are exactly the ones with a published count', () => {
    expect([...catalogues.keys()].sort()).toEqual(Object.keys(PUBLISHED_COUNTS).sort());
  });

  it.each(Object.entries(PUBLISHED_COUNTS))('%s lists %i distinct IDs and records where they came from', (name, count) => {
    const c = catalogue(name);
    expect(c.ids).toHaveLength(count);
    expect(new Set(c.ids).size).toBe(count);
    expect(c.count).toBe(count);
    expect(c.url).toMatch(/^https:\/\//);
    expect(c.version.length).toBeGreaterThan(0);
    expect(c.retrieved.length).toBeGreaterThan(0);
    for (const r of c.retrieved) expect(r.url ?? `${r.repository ?? ''}:${r.path ?? ''}@${r.commit ?? ''}`).toMatch(/^(https?:\/\/|[\w.-]+\/[\w.-]+:.+@[0-9a-f]{40}$)/);
  });

  it('ISO/IEC 27001:2022 Annex A has 37 organizational, 8 people, 14 physical and 34 technological controls', () => {
    const themes = Object.fromEntries(['5', '6', '7', '8'].map((t) => [t, catalogue('iso27001-2022-annex-a').ids.filter((id) => id.startsWith(`${t}.`)).length]));
    expect(themes).toEqual({ '5': 37, '6': 8, '7': 14, '8': 34 });
    expect(catalogue('iso27001-2022-annex-a').ids).toContain('8.28');
  });

  it('the 2017 Trust Services Criteria have 33 common criteria and 18 privacy criteria', () => {
    const ids = catalogue('aicpa-tsc-2017').ids;
    expect(ids.filter((id) => id.startsWith('CC'))).toHaveLength(33);
    expect(ids.filter((id) => /^P\d/.test(id))).toHaveLength(18);
  });
});

describe('framework templates use only catalogue IDs', () => {
  it('every catalogue is used by a framework', () => {
    expect([...new Set(frameworks.map((f) => f.catalogue))].sort()).toEqual([...catalogues.keys()].sort());
  });

  it.each(frameworks.map((f) => [f.name, f] as const))('%s: every control ID (and every ID it covers) is in its catalogue', (_name, framework) => {
    const ids = new Set(catalogue(framework.catalogue).ids);
    const used = framework.controls.flatMap((c) => [c.id, ...(c.covers ?? [])]);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('the SOC 2 template maps change management to CC8.1 and the ISO template to 8.32', () => {
    const soc2 = frameworks.find((f) => f.name === 'soc2');
    const iso = frameworks.find((f) => f.name === 'iso27001');
    expect(soc2?.controls.find((c) => c.id === 'CC8.1')?.approval).toMatchObject({ forbid_self: true });
    expect(iso?.controls.find((c) => c.id === '8.32')?.approval).toMatchObject({ forbid_self: true });
  });
});
