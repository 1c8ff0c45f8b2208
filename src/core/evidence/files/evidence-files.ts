import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../errors.js';
import type { EvidenceRef } from '../../model/fact.js';
import { sha256Hex } from '../../model/fact-id.js';
import type { EvidenceBlob } from '../../store/fact-store.js';
import { CLI_INPUT_NAMES, type InputNames } from './input-names.js';
import { parseWith, type ParsedFile, type RequestedFormat } from './parse-evidence-file.js';

/** The schema's limit on evidence files per attestation. */
const MAX_FILES = 100;

/** Checks every file's size before reading any of them, so an oversized one costs no memory. */
export async function checkEvidenceFiles(files: readonly string[], maxBytes: number, names: InputNames = CLI_INPUT_NAMES): Promise<void> {
  if (files.length > MAX_FILES) throw badInput(`${files.length} evidence files given: the limit is ${MAX_FILES} per attestation; archive them into one.`);
  for (const file of files) {
    let info;
    try {
      info = await stat(file);
    } catch (e) {
      throw badInput(`cannot read the evidence file ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}): check the path given to ${names.evidence}.`, e);
    }
    if (!info.isFile()) throw badInput(`the evidence ${file} is not a file: give ${names.evidence} a report file (archive a directory first).`);
    if (info.size > maxBytes) throw tooBig(file, info.size, maxBytes);
  }
}

/**
 * Reads the (already checked) files: each one's reference for the fact (with the parser's summary),
 * its bytes for the store, and what its parser made of it (absent for a file stored raw).
 * `format`: a format to insist on, `raw` to parse nothing, undefined to auto-detect.
 */
export async function readEvidenceFiles(
  files: readonly string[],
  format: RequestedFormat,
  maxBytes: number,
): Promise<{ refs: EvidenceRef[]; blobs: EvidenceBlob[]; parsed: ParsedFile[] }> {
  const refs: EvidenceRef[] = [];
  const blobs: EvidenceBlob[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    // the file may have grown since it was checked
    if (bytes.length > maxBytes) throw tooBig(file, bytes.length, maxBytes);
    const name = path.basename(file);
    const sha256 = `sha256:${sha256Hex(bytes)}`;
    const result = parseWith(bytes, name, format, maxBytes);
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

function tooBig(file: string, size: number, maxBytes: number): Error {
  return badInput(
    `the evidence file ${file} is ${size} bytes, over the ${maxBytes}-byte limit: attach a smaller report, ` +
      'or raise evidence.max_bytes in the config (at most 104857600).',
  );
}
