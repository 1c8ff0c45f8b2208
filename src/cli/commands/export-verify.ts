import { readFile, stat } from 'node:fs/promises';
import { badInput } from '../../core/errors.js';
import { MAX_BUNDLE_BYTES, verifyBundle } from '../../core/export/bundle/verify-bundle.js';
import { parseAllowedSigners } from '../../core/signing/parse-allowed-signers.js';
import { optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_INTEGRITY, EXIT_OK } from '../exit-codes.js';

export const exportVerify: Command = {
  path: ['export', 'verify'],
  summary: 'check an audit bundle offline, with keys you supply: hashes, Merkle root, every signature',
  usage: 'export verify FILE.tar.gz (--allowed-signers FILE | --config FILE)',
  positionals: ['FILE'],
  options: [
    { name: 'allowed-signers', type: 'string', value: 'FILE', description: 'the keys to trust, one allowed-signers line each (as git verify-commit reads); without it, trust.signers of the config (--config FILE), which also says what each key may record' },
  ],
  details: `Needs no repository and no network. Every file is checked against the manifest, the facts against the
Merkle root, and each fact against the facts commit that appended it: the commit object hashes to its id, its
signature verifies with one of your keys (a bundle never vouches for its own keys), and the append its signed
message declares covers the fact's line. Exit 0 when all holds, 3 with every problem named.`,
  async run(ctx, { values, positionals }) {
    const file = ctx.resolve(positionals[0] ?? '');
    const signersFile = optionalString(values, 'allowed-signers');
    let signers;
    if (signersFile !== undefined) {
      const keysPath = ctx.resolve(signersFile);
      const keysText = await readFile(keysPath, 'utf8').catch((e: unknown) => {
        throw badInput(`cannot read ${keysPath}: ${e instanceof Error ? e.message : String(e)}`, e);
      });
      signers = parseAllowedSigners(keysText, keysPath);
    } else {
      // the keys of a reviewed config: --config FILE, or the repository's committed config
      signers = (await ctx.requireConfig()).trust.signers;
    }
    const size = await stat(file).then((s) => s.size).catch((e: unknown) => {
      throw badInput(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`, e);
    });
    if (size > MAX_BUNDLE_BYTES) throw badInput(`${file} is ${size} bytes: bundles over ${MAX_BUNDLE_BYTES} bytes are not read.`);
    const result = verifyBundle(await readFile(file), file, signers, signersFile === undefined);
    ctx.emit('cli/export-verify', { file, ...result }, () =>
      [
        result.ok
          ? `VERIFIED  ${file}: ${result.facts} facts from ${result.window?.from ?? '?'} up to ${result.window?.to ?? '?'}, ${result.commits} facts commits signed by ${result.signers.join(', ') || 'nobody'}; Merkle root ${result.merkleRoot ?? '-'}`
          : `FAILED  ${file}: ${result.problems.length} problem(s)`,
        ...result.problems.map((p) => `  ${p.code.padEnd(17)} ${p.message}`),
        ...(result.authorityChecked ? [] : ['  note: signatures were checked, not what each key may record (give --config instead of --allowed-signers for that)']),
      ].join('\n'),
    );
    return result.ok ? EXIT_OK : EXIT_INTEGRITY;
  },
};
