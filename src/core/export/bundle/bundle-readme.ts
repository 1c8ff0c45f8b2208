import type { Framework } from '../../frameworks/framework.js';
import type { BypassFact } from '../../model/fact.js';
import type { BundleManifest, ManifestFact } from './write-bundle.js';

const ROWS = 1000;

/** The bundle's README: what it holds, per framework control the facts that evidence it, and how to check it. */
export function bundleReadme(manifest: BundleManifest, framework: Framework | undefined, bypasses: readonly BypassFact[]): string {
  const events = new Map<string, number>();
  for (const f of manifest.facts) events.set(f.event, (events.get(f.event) ?? 0) + 1);
  const out = [
    '# Factstore audit bundle',
    '',
    `Facts recorded from ${manifest.window.from} up to ${manifest.window.to}${manifest.flows.length > 0 ? ` in the flows ${manifest.flows.join(', ')}` : ''}, read at facts commit \`${manifest.factsCommit ?? 'none'}\`:`,
    `${manifest.facts.length} facts, each appended by a facts commit signed with a key the config trusted. Merkle root (RFC 9162) of facts.ndjson: \`${manifest.merkleRoot}\`.`,
    '',
    '| event | facts |',
    '|---|---|',
    ...[...events].sort(([a], [b]) => a.localeCompare(b)).map(([e, n]) => `| ${e} | ${n} |`),
    '',
  ];
  if (framework !== undefined) {
    out.push(`## ${framework.title} (${framework.version})`, '');
    for (const control of framework.controls) {
      const facts = manifest.facts.filter((f) => f.controls.includes(control.id));
      out.push(`### ${control.id}: ${control.title}`, '', facts.length === 0 ? 'No fact in this bundle evidences it.' : `${facts.length} facts:`, '');
      if (facts.length > 0) out.push(...table(facts), '');
    }
  }
  if (bypasses.length > 0) {
    out.push(
      '## Bypasses and refused bypasses',
      '',
      '| time | event | flow | commit | actor | reason | until | evidence | refused because |',
      '|---|---|---|---|---|---|---|---|---|',
      ...bypasses.map((b) => `| ${b.ts} | ${b.event} | ${b.flow} | ${b.commit === undefined ? '' : `\`${b.commit.slice(0, 12)}\``} | ${cell(b.actor)} | ${cell(b.reason)} | ${b.expires ?? ''} | ${cell(b.evidenceUrl ?? '')} | ${cell(b.refusal ?? '')} |`),
      '',
    );
  }
  out.push('## Every fact', '', ...table(manifest.facts), '');
  out.push(
    '## Checking it',
    '',
    'With no repository and no network: `factstore export verify THIS-FILE.tar.gz --allowed-signers FILE` (or `--config factstore.yml`, which also',
    'checks what each key may record). It checks every file against `manifest.json`, the Merkle root, and for every fact the facts commit that',
    "appended it: the commit object in `transcript/commits/` hashes to its id, its signature verifies with a key you supply (a bundle never vouches",
    "for its own keys), and the append it declares (`Factstore-Append:` in its signed message) covers the fact's line in `transcript/files/`.",
    '',
    'Files: `facts.ndjson` (one fact per line, canonical order), `evidence/<sha256>` (the evidence files, named by their hash), `config/<commit>.yml`',
    '(the reviewed config each gate decision was taken with), `transcript/` and `manifest.json`.',
    '',
  );
  return out.join('\n');
}

function table(facts: readonly ManifestFact[]): string[] {
  const rows = facts.slice(0, ROWS).map((f) => `| ${f.ts} | ${f.event} | ${f.flow ?? ''}${f.trail !== undefined ? ` / ${f.trail}` : ''} | ${f.signer} | \`${f.commit.slice(0, 12)}\` |`);
  return ['| time | event | flow / trail | signed by | facts commit |', '|---|---|---|---|---|', ...rows, ...(facts.length > ROWS ? [`| … | ${facts.length - ROWS} more in facts.ndjson | | | |`] : [])];
}

/** Text for a table cell: no line break, no column break. */
function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
}
