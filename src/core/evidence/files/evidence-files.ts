import path from 'node:path';
import { badInput } from '../../errors.js';
import type { EvidenceRef } from '../../model/fact.js';
import { sha256Hex } from '../../model/fact-id.js';
import type { SecretMarker } from '../../signing/secret-markers.js';
import type { EvidenceBlob } from '../../store/fact-store.js';
import { CLI_INPUT_NAMES, type InputNames } from './input-names.js';
import { openEvidenceFile, type EvidencePlace, type OpenedEvidence } from './open-evidence-file.js';
import { parseWith, type ParsedFile, type RequestedFormat } from './parse-evidence-file.js';
import { refuseSecretEvidence } from './refuse-secret-evidence.js';

export type { EvidencePlace } from './open-evidence-file.js';

/** The schema's limit on evidence files per attestation. */
const MAX_FILES = 100;
const CHUNK = 1024 * 1024;

export interface EvidenceFileOptions {
  maxBytes: number;
  place: EvidencePlace;
  names?: InputNames;
}

export interface ReadEvidenceOptions extends EvidenceFileOptions {
  /** `format`: a format to insist on, `raw` to parse nothing, undefined to auto-detect */
  format: RequestedFormat;
  /** the attestation type whose `format:` `format` is, when no format input was given */
  formatOfType?: string;
  /** the signing key's markers (secret-markers.ts): a file holding one is refused; empty without a key */
  secretMarkers: readonly SecretMarker[];
}

/**
 * Checks every file (a regular file where the path says, see open-evidence-file.ts) and its size
 * before reading any of them, so an oversized one costs no memory and a bad one no write.
 */
export async function checkEvidenceFiles(files: readonly string[], options: EvidenceFileOptions): Promise<void> {
  const names = options.names ?? CLI_INPUT_NAMES;
  if (files.length > MAX_FILES) throw badInput(`${files.length} evidence files given: the limit is ${MAX_FILES} per attestation; archive them into one.`);
  for (const file of files) {
    const { handle } = await openEvidenceFile(file, options.maxBytes, options.place, names);
    await handle.close();
  }
}

/**
 * Reads the (already checked) files, each from the descriptor its checks were made on: each one's
 * reference for the fact (with the parser's summary), its bytes for the store, and what its parser
 * made of it (absent for a file stored raw).
 */
export async function readEvidenceFiles(
  files: readonly string[],
  options: ReadEvidenceOptions,
): Promise<{ refs: EvidenceRef[]; blobs: EvidenceBlob[]; parsed: ParsedFile[] }> {
  const names = options.names ?? CLI_INPUT_NAMES;
  const refs: EvidenceRef[] = [];
  const blobs: EvidenceBlob[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const bytes = await readOpened(await openEvidenceFile(file, options.maxBytes, options.place, names), file, options.maxBytes);
    // before any parser, whose errors may quote the file
    refuseSecretEvidence(bytes, file, options.secretMarkers, names);
    const name = path.basename(file);
    const sha256 = `sha256:${sha256Hex(bytes)}`;
    const result = parseWith(bytes, name, options.format, options.maxBytes, options.formatOfType !== undefined ? { type: options.formatOfType } : { input: names.format });
    if (result === undefined) {
      refs.push({ name, sha256, size: bytes.length, format: 'raw' });
    } else {
      refs.push({ name, sha256, size: bytes.length, format: result.format, summary: result.summary });
      parsed.push({ name, ...result });
    }
    blobs.push({ sha256, bytes });
  }
  return { refs, blobs, parsed };
}

/**
 * Reads from the checked descriptor at most maxBytes + 1 bytes: a file that grew past the limit
 * since it was checked is refused, not read whole.
 */
async function readOpened({ handle, size }: OpenedEvidence, file: string, maxBytes: number): Promise<Buffer> {
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    // one byte more than the size: a file that grew shows it
    let want = Math.min(size, maxBytes) + 1;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(want, maxBytes + 1 - total));
      let filled = 0;
      while (filled < chunk.length) {
        const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      chunks.push(chunk.subarray(0, filled));
      total += filled;
      if (total > maxBytes) {
        throw badInput(`the evidence file ${file} grew past the ${maxBytes}-byte limit while it was read: attach a report that is complete and smaller, or raise evidence.max_bytes in the config (at most 104857600).`);
      }
      if (filled < chunk.length) return chunks.length === 1 ? (chunks[0] ?? Buffer.alloc(0)) : Buffer.concat(chunks, total);
      want = CHUNK;
    }
  } finally {
    await handle.close();
  }
}
