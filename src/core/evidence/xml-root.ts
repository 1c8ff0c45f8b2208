import { endOfDoctype } from './xml-doctype.js';

/** The root element of an XML text as detection sees it, read without parsing the document. */
export interface XmlRoot {
  /** element name without its namespace prefix */
  localName: string;
  /** every attribute of the root tag, `xmlns` declarations included */
  attributes: Record<string, string>;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Skips the prolog (declaration, comments, processing instructions, DOCTYPE) and reads the first start tag. */
export function xmlRoot(text: string): XmlRoot | undefined {
  let i = 0;
  for (;;) {
    i = skipWhitespace(text, i);
    if (text.startsWith('<?', i)) i = endAfter(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = endAfter(text, '-->', i);
    else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') i = endOfDoctype(text, i);
    else break;
  }
  const tag = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 256));
  if (tag === null) return undefined;
  const name = tag[1] ?? '';
  const close = endOfTag(text, i);
  const attributes: Record<string, string> = {};
  for (const m of text.slice(i + tag[0].length, close).matchAll(ATTRIBUTE)) {
    if (m[1] !== undefined) attributes[m[1]] = m[2] ?? m[3] ?? '';
  }
  return { localName: localName(name), attributes };
}

export function localName(name: string): string {
  // no colon: indexOf is -1, and the whole name is kept
  return name.slice(name.indexOf(':') + 1);
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  // charAt past the end is '', which is no whitespace
  while (/\s/.test(text.charAt(i))) i++;
  return i;
}

function endAfter(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? text.length : at + marker.length;
}

/** Index of the `>` closing the tag at `from`, ignoring `>` inside quoted attribute values. */
function endOfTag(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return text.length;
}
