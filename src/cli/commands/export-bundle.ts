import { createHash } from 'node:crypto';
import { badInput } from '../../core/errors.js';
import { bundleFacts } from '../../core/export/bundle/bundle-facts.js';
import { writeBundle } from '../../core/export/bundle/write-bundle.js';
import { getFramework } from '../../core/frameworks/index.js';
import { flag, optionalString, requiredString, stringList } from '../args/values.js';
import type { Command } from '../command.js';
import { openTrusted } from '../context/trusted-view.js';
import { checkWritable, writeNewFile } from '../evidence/write-new-file.js';
import { EXIT_OK } from '../exit-codes.js';
import { withTrust } from '../output/render-trust.js';

export const exportBundle: Command = {
  path: ['export', 'bundle'],
  summary: 'one archive of every fact in a window, with its evidence, configs and signature transcript, for an auditor',
  usage: 'export bundle --from DATE --to DATE [--flow F]… [--framework NAME] --out FILE.tar.gz [--force]',
  options: [
    { name: 'from', type: 'string', value: 'DATE', description: 'the first day (or instant) of the window, e.g. 2026-07-01' },
    { name: 'to', type: 'string', value: 'DATE', description: 'the last day of the window, included (an instant: excluded), e.g. 2026-09-30' },
    { name: 'flow', type: 'string', multiple: true, value: 'F', description: "only this flow's facts (repeatable); then no snapshot, drift or alarm" },
    { name: 'framework', type: 'string', value: 'NAME', description: 'file each fact under the controls of this framework it evidences (soc2, pci-dss, iso27001…)' },
    { name: 'out', type: 'string', value: 'FILE', description: 'the archive to write (.tar.gz)' },
    { name: 'force', type: 'boolean', description: 'replace FILE if it exists' },
  ],
  details: `The archive holds every fact that counts recorded in the window (trail facts, gate decisions, bypasses and
refusals, approvals, attestations, snapshots and drift), facts.ndjson in canonical order; the evidence files they
name; the reviewed config each gate decision was taken with; the signature transcript (every facts commit that
appended one of them, as stored, and each facts file up to the last line those commits declare); a README.md that
files each fact under the framework's controls; and manifest.json with every file's sha256 and the RFC 9162
Merkle root of the facts. The same window gives the same bytes. An auditor checks it with factstore export verify,
with no repository and keys of their own.`,
  async run(ctx, { values }) {
    const from = parseDay(requiredString(values, 'from', this), 'from', false);
    const to = parseDay(requiredString(values, 'to', this), 'to', true);
    if (to.getTime() <= from.getTime()) throw badInput(`--to ${String(values.to)} is not after --from ${String(values.from)}: the window would be empty.`);
    const out = ctx.resolve(requiredString(values, 'out', this));
    const force = flag(values, 'force');
    await checkWritable(out, force);
    const config = await ctx.requireConfig();
    const flows = stringList(values, 'flow').map((f) => ctx.flow(config, f).name);
    const frameworkName = optionalString(values, 'framework');
    const framework = frameworkName === undefined ? undefined : getFramework(frameworkName);
    const store = ctx.openStore(config);
    const facts = await openTrusted(config, store);
    const window = { from, to, flows };
    const bundled = await bundleFacts(facts, window);
    const { archive, manifest } = await writeBundle({
      facts: bundled,
      config,
      window,
      factsCommit: facts.factsCommit,
      ...(framework !== undefined ? { framework } : {}),
      source: {
        rawCommit: (sha) => store.rawCommit(sha),
        fileText: (path) => store.fileText(path, facts.factsCommit === undefined ? {} : { at: facts.factsCommit }),
        readEvidence: (sha) => store.readEvidence(sha, facts.factsCommit === undefined ? {} : { at: facts.factsCommit }),
        configAt: (commit) => ctx.configTextAt(commit),
      },
    });
    if (!ctx.dryRun) await writeNewFile(out, archive, force);
    const trust = await facts.report();
    const document = {
      out,
      bytes: archive.length,
      sha256: `sha256:${createHash('sha256').update(archive).digest('hex')}`,
      window: manifest.window,
      flows,
      framework: manifest.framework?.name ?? null,
      factsCommit: manifest.factsCommit,
      facts: manifest.facts.length,
      files: manifest.files.length + 1,
      merkleRoot: manifest.merkleRoot,
      trust,
    };
    ctx.emit('cli/export-bundle', document, () =>
      withTrust(
        [
          `${ctx.dryRun ? 'would write' : 'wrote'} ${out}: ${manifest.facts.length} facts from ${manifest.window.from} up to ${manifest.window.to}, ${document.files} files, ${archive.length} bytes`,
          `  sha256 ${document.sha256.slice(7)}`,
          `  Merkle root of the facts ${manifest.merkleRoot}`,
          `check it: factstore export verify ${out} --allowed-signers FILE`,
        ].join('\n'),
        trust,
      ),
    );
    return EXIT_OK;
  },
};

/** A day (`2026-09-30`) or an instant; a day given as --to includes that whole day. */
function parseDay(value: string, name: string, end: boolean): Date {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const t = Date.parse(day ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(t)) throw badInput(`--${name} ${JSON.stringify(value)} is not a date: write e.g. 2026-07-01 or 2026-07-01T00:00:00Z.`);
  return new Date(day && end ? t + 24 * 3600 * 1000 : t);
}
