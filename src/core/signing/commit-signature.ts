/**
 * The `gpgsig` header of a git commit object, read and written exactly as git does
 * (commit.c: parse_buffer_signed_by_header and add_header_signature, SHA-1 repositories).
 */

const SIG_HEADER = 'gpgsig';

export interface SplitCommit {
  /** the commit text without its signature headers: the bytes that were signed */
  payload: string;
  /** the signature with the continuation spaces removed, or undefined when unsigned */
  signature?: string;
}

/** Lines with their `\n` kept, so joining them gives back the text byte for byte. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function splitSignedCommit(raw: string): SplitCommit {
  const lines = linesOf(raw);
  let payload = '';
  let signature = '';
  let saw = false;
  let inSignature = false;
  // Another hash's signature (gpgsig-sha256) is left out of the payload too, as git does.
  let otherSignature = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    let sig: string | undefined;
    if (inSignature && line.startsWith(' ')) sig = line.slice(1);
    else if (line.startsWith(`${SIG_HEADER} `)) {
      sig = line.slice(SIG_HEADER.length + 1);
      otherSignature = false;
    } else if (line.startsWith(SIG_HEADER)) otherSignature = true;
    else if (otherSignature && !line.startsWith(' ')) otherSignature = false;

    if (sig !== undefined) {
      signature += sig;
      saw = true;
      inSignature = true;
      continue;
    }
    inSignature = false;
    if (line.startsWith('\n')) {
      // the blank line ends the headers: the message is payload as it stands
      payload += lines.slice(i).join('');
      break;
    }
    if (!otherSignature) payload += line;
  }
  return saw ? { payload, signature } : { payload };
}

/**
 * Inserts `gpgsig <first line>` and ` <next lines>` at the end of the headers (after the
 * committer line in a plain commit), before the blank line that starts the message.
 */
export function addSignatureToCommit(payload: string, armored: string): string {
  const endOfHeaders = payload.indexOf('\n\n');
  const at = endOfHeaders < 0 ? payload.length : endOfHeaders + 1;
  const header = linesOf(armored)
    .map((line, i) => (i === 0 ? `${SIG_HEADER} ${line}` : ` ${line}`))
    .join('');
  // git's signature text always ends with a newline; one without would swallow the blank line
  const terminated = header.endsWith('\n') || header === '' ? header : `${header}\n`;
  return payload.slice(0, at) + terminated + payload.slice(at);
}
