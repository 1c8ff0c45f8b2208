import { badInput } from '../../core/errors.js';
import { checkName } from '../../core/model/names.js';
import { byteSize } from '../../core/report/evidence/byte-size.js';
import { listEvidence, type EvidenceListEntry } from '../../core/report/evidence/list-evidence.js';
import { summaryText } from '../../core/report/breakdown/summary-text.js';
import { optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { withTrust } from '../output/render-trust.js';
import { EXIT_OK } from '../exit-codes.js';
import { table } from '../output/table.js';

export const evidenceList: Command = {
  path: ['evidence', 'list'],
  summary: 'list every evidence file the attestations recorded, newest first',
  usage: 'evidence list [--flow F] [--trail T]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'only evidence of this flow' },
    { name: 'trail', type: 'string', value: 'T', description: 'only evidence of this trail (needs --flow)' },
  ],
  details: `One row per evidence file per attestation: a file recorded by two attestations is listed twice.
Read one back, byte for byte, with factstore evidence get SHA256 --out FILE.
Only attestations that a trusted key appended are listed; the others are named as not counted.`,
  async run(ctx, { values }) {
    const flow = optionalString(values, 'flow');
    const trail = optionalString(values, 'trail');
    if (trail !== undefined && flow === undefined) {
      throw badInput('evidence list --trail needs --flow: a trail is named within its flow (factstore trails list shows both).');
    }
    if (flow !== undefined) checkName('flow', flow);
    if (trail !== undefined) checkName('trail', trail);
    const config = await ctx.requireConfig();
    const store = ctx.openStore(config);
    const facts = await openTrusted(config, store);
    if (trail === undefined) await facts.prefetch(flow);
    const evidence = await listEvidence({ store: facts, ...(flow !== undefined ? { flow } : {}), ...(trail !== undefined ? { trail } : {}) });
    const trust = await facts.report();
    ctx.emit('cli/evidence-list', { ...(flow !== undefined ? { flow } : {}), ...(trail !== undefined ? { trail } : {}), evidence, trust }, () =>
      withTrust(evidence.length === 0 ? `No evidence recorded${flow !== undefined ? ` for ${trail !== undefined ? `${flow}/${trail}` : flow}` : ''} on ${store.branch}.` : render(evidence), trust),
    );
    return EXIT_OK;
  },
};

/** "PASSED (overridden: the evidence said FAILED)": the reason is in `log`, `trails get` and --json. */
function statusWords(e: EvidenceListEntry): string {
  return e.override === undefined ? e.status : `${e.status} (overridden: the evidence said ${e.override.verdict})`;
}

function render(evidence: EvidenceListEntry[]): string {
  return table([
    ['RECORDED', 'SHA256', 'SIZE', 'FORMAT', 'NAME', 'FLOW/TRAIL', 'TYPE', 'STATUS', 'SUMMARY'],
    ...evidence.map((e) => [e.ts, e.sha256, byteSize(e.size), e.format, e.name, `${e.flow}/${e.trail}`, e.type, statusWords(e), summaryText(e.format, e.summary)]),
  ]);
}
