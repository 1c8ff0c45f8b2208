import { Document, isCollection, isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';

/** New entries for one top-level section of the config, e.g. types, with a comment above the first. */
export interface SectionAddition {
  section: string;
  entries: Record<string, unknown>;
  comment?: string;
}

/**
 * Adds entries at the end of top-level sections of a YAML config. Where a section is a block
 * mapping (or missing) the new lines are spliced in and every existing byte stays as it was, so
 * the user's comments, order and layout survive. Otherwise (a flow-style or empty section) the
 * yaml Document is edited and printed again: comments and order are kept, the layout may change.
 */
export function insertEntries(text: string, additions: readonly SectionAddition[]): string {
  const doc = parseDocument(text);
  const root = doc.contents;
  if (root !== null && !(isMap(root) && root.flow !== true)) return viaDocument(doc, additions);
  const splices: { at: number; text: string }[] = [];
  const appended: string[] = [];
  for (const addition of additions) {
    const node = root === null ? undefined : root.get(addition.section, true);
    if (node === undefined) {
      appended.push(`${addition.section}:\n${render(addition, 2)}`);
    } else if (isMap(node) && node.flow !== true && node.items.length > 0 && node.range !== null && node.range !== undefined) {
      splices.push({ at: lineEnd(text, node.range[1]), text: render(addition, indentOf(text, node)) });
    } else {
      return viaDocument(doc, additions);
    }
  }
  let out = text;
  for (const splice of splices.sort((a, b) => b.at - a.at)) {
    const before = out.slice(0, splice.at);
    out = `${before}${before.endsWith('\n') ? '' : '\n'}${splice.text}${out.slice(splice.at)}`;
  }
  if (appended.length > 0) out = `${out}${out.endsWith('\n') || out === '' ? '' : '\n'}${appended.join('')}`;
  return out;
}

/** The entries as YAML lines at `indent`: each entry a block mapping, its lists and mappings in flow style. */
function render(addition: SectionAddition, indent: number): string {
  const doc = new Document(addition.entries);
  const entries = doc.contents as unknown as YAMLMap;
  for (const pair of entries.items) {
    if (!isMap(pair.value)) continue;
    for (const field of pair.value.items) if (isCollection(field.value)) field.value.flow = true;
  }
  const first = entries.items[0]?.key;
  if (addition.comment !== undefined && isScalar(first)) first.commentBefore = ` ${addition.comment}`;
  const pad = ' '.repeat(indent);
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: true })
    .split('\n')
    .map((line) => (line === '' ? line : `${pad}${line}`))
    .join('\n');
}

function viaDocument(doc: Document.Parsed, additions: readonly SectionAddition[]): string {
  for (const addition of additions) {
    for (const [name, value] of Object.entries(addition.entries)) doc.setIn([addition.section, name], doc.createNode(value));
  }
  return doc.toString({ lineWidth: 0 });
}

/** The offset just past the line holding offset `end - 1`: where the next line starts. */
function lineEnd(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const newline = text.indexOf('\n', end);
  return newline === -1 ? text.length : newline + 1;
}

/** The column of the section's first key: its entries' indentation. */
function indentOf(text: string, map: YAMLMap): number {
  const key = map.items[0]?.key as { range?: [number, number, number] } | null | undefined;
  const start = key?.range?.[0] ?? 0;
  return start - (text.lastIndexOf('\n', start - 1) + 1);
}
