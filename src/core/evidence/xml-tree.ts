import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { badInput } from '../errors.js';
import { MAX_NESTING_DEPTH } from './limits.js';
import { refuseEntityDeclarations } from './xml-doctype.js';
import { localName } from './xml-root.js';

/** An XML element reduced to what the parsers read: local names, attributes, direct text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ATTRIBUTES = ':@';
const TEXT = '#text';

/** fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
type OrderedNode = Record<string, unknown>;

function makeParser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Entities are decoded here, in toElement, and only in values that hold an '&': the parser's
    // own decoding runs a pass per known entity over every value (about 100 ms on a 10 MB report).
    processEntities: false,
    maxNestedTags: MAX_NESTING_DEPTH,
  });
}

/**
 * Parses an XML report into its root element. Entity declarations are refused before parsing,
 * well-formedness is checked first (the parser alone accepts truncated files), nesting is capped.
 */
export function parseXml(text: string): XmlElement {
  if (text.trim() === '') {
    throw badInput('the file is empty: attach the report the tool wrote (was it written before the step ran?).');
  }
  refuseEntityDeclarations(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw badInput(
      `not well-formed XML (line ${line}, column ${col}: ${msg}): check that the file was written completely (a truncated file?).`,
    );
  }
  let nodes: unknown;
  try {
    nodes = makeParser().parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    if (/nested tags/i.test(reason)) {
      throw badInput(
        `the XML nests elements deeper than ${MAX_NESTING_DEPTH} levels, which no report format needs: refused as hostile input.`,
        cause,
      );
    }
    throw badInput(`not readable XML (${reason}): attach the report exactly as the tool wrote it.`, cause);
  }
  const root = (Array.isArray(nodes) ? (nodes as OrderedNode[]) : []).map(toElement).find((e) => e !== undefined);
  if (root === undefined) throw badInput('the XML has no root element: attach the report the tool wrote.');
  return root;
}

// Recursion is bounded: the parser refused anything nested deeper than MAX_NESTING_DEPTH.
function toElement(node: OrderedNode): XmlElement | undefined {
  const tag = Object.keys(node).find((key) => key !== ATTRIBUTES && key !== TEXT);
  if (tag === undefined) return undefined;
  const element: XmlElement = { name: localName(tag), attributes: {}, children: [], text: '' };
  const attributes = node[ATTRIBUTES];
  if (typeof attributes === 'object' && attributes !== null) {
    for (const [key, value] of Object.entries(attributes)) element.attributes[key] = decodeEntities(String(value));
  }
  const texts: string[] = [];
  for (const child of (node[tag] as OrderedNode[] | undefined) ?? []) {
    const text = child[TEXT];
    if (typeof text === 'string') texts.push(decodeEntities(text)); // parseTagValue: false keeps every text a string
    const sub = toElement(child);
    if (sub !== undefined) element.children.push(sub);
  }
  element.text = texts.join('\n');
  return element;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * XML's five predefined entities and character references; anything else is left as written
 * (declared entities are refused before parsing, and undeclared ones are not XML).
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[name] ?? whole;
  });
}

/** Direct children named `name` (local name). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
