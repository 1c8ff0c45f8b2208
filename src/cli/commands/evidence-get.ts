import { badInput, FactstoreError } from '../../core/errors.js';
import { sha256Hex } from '../../core/model/fact-id.js';
import { normalizeDigest } from '../../core/model/names.js';
import { flag, requiredString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { checkWritable, writeNewFile } from '../evidence/write-new-file.js';

export const evidenceGet: Command = {
  path: ['evidence', 'get'],
  summary: 'write a recorded evidence file, byte for byte, after checking its sha256',
  usage: 'evidence get SHA256 --out FILE [--force]',
  positionals: ['SHA256'],
  options: [
    { name: 'out', type: 'string', value: 'FILE', description: "where to write the bytes ('-' for stdout)" },
    { name: 'force', type: 'boolean', description: 'replace FILE if it exists' },
  ],
  details: `SHA256 is sha256:<64 hex> or the bare hex, as factstore evidence list shows it. The bytes are
hashed again after reading: a mismatch is an integrity failure (exit 3) and nothing is written.
FILE is written whole or not at all (a temp file in the same folder, then renamed).`,
  async run(ctx, { values, positionals }) {
    const digest = normalizeDigest(positionals[0]);
    const out = requiredString(values, 'out', this);
    const toStdout = out === '-';
    if (toStdout && ctx.json) throw badInput('evidence get --out - writes the file itself to stdout, so it cannot print --json too: give --out FILE.');
    const write = ctx.io.stdoutBytes;
    if (toStdout && write === undefined) throw badInput('evidence get --out - needs a process stdout: give --out FILE.');
    const file = toStdout ? undefined : ctx.resolve(out);
    const force = flag(values, 'force');
    if (file !== undefined) await checkWritable(file, force);

    const store = ctx.openStore(await ctx.configIfPresent());
    const bytes = await store.readEvidence(digest);
    if (bytes === undefined) {
      throw new FactstoreError('NOT_FOUND', `no evidence ${digest} on the facts branch ${store.branch}: list what is there with factstore evidence list.`);
    }
    const actual = `sha256:${sha256Hex(bytes)}`;
    if (actual !== digest) {
      throw new FactstoreError(
        'INTEGRITY',
        `the stored evidence ${digest} hashes to ${actual}: the store was tampered with, nothing was written; run factstore verify.`,
      );
    }
    if (file === undefined) {
      write?.(bytes);
      return EXIT_OK;
    }
    await writeNewFile(file, bytes, force);
    ctx.emit('cli/evidence-get', { sha256: digest, size: bytes.length, out: file }, () => `wrote ${digest} (${bytes.length} bytes) to ${file}`);
    return EXIT_OK;
  },
};
