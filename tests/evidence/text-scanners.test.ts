// The small scanners detection and parsing stand on, each at its edges: the root tag of an XML
// report (prolog, comments, DOCTYPE with quoted and bracketed '>'), entity declarations found in any
// DOCTYPE, JSON nesting counted around strings with escaped quotes, JSON outlines, entities decoded
// in values, sizes in words. The inputs are hand-made on purpose: each holds the one trick tested.
import { describe, expect, it } from 'vitest';
import { jsonNestingDepth, parseJsonText, typeName } from '../../src/core/evidence/json-text.js';
import { hasArray, jsonShape } from '../../src/core/evidence/json-shape.js';
import { formatBytes } from '../../src/core/evidence/limits.js';
import { JSON_SUMMARY_MAX_CHARS } from '../../src/core/evidence/parse-json.js';
import { isEvidenceFormat, parseEvidence } from '../../src/core/evidence/index.js';
import { endOfDoctype, refuseEntityDeclarations } from '../../src/core/evidence/xml-doctype.js';
import { localName, xmlRoot } from '../../src/core/evidence/xml-root.js';
import { decodeEntities, parseXml } from '../../src/core/evidence/xml-tree.js';
import { bytes } from './fixtures.js';

describe('the root tag of an XML text', () => {
  it('after the declaration, comments, processing instructions and a DOCTYPE whose literals and subset hold ">"', () => {
    const text = `<?xml version="1.0"?>\n<!-- a > comment -->\n<?pi x > y?>\n<!DOCTYPE cdx:bom PUBLIC "-//x>y//" 'a>b' [ <!ELEMENT a (b)> ]>\n  <cdx:bom xmlns:cdx="http://cyclonedx.org/schema/bom/1.5" version = '1' serial="urn:x>y"><a/></cdx:bom>`;
    expect(xmlRoot(text)).toEqual({ localName: 'bom', attributes: { 'xmlns:cdx': 'http://cyclonedx.org/schema/bom/1.5', version: '1', serial: 'urn:x>y' } });
  });

  it('attribute values in either quote, holding the other quote; a tag closed after a quoted ">"', () => {
    expect(xmlRoot(`<testsuites name='it"s' title="it's" note="a>b" empty=""/>`)?.attributes).toEqual({ name: 'it"s', title: "it's", note: 'a>b', empty: '' });
    // attributes of the first tag only
    expect(xmlRoot('<testsuites a="1"><testsuite b="2"/></testsuites>')?.attributes).toEqual({ a: '1' });
    expect(xmlRoot('<root first="1" second-attr="two words"/>')?.attributes).toEqual({ first: '1', 'second-attr': 'two words' });
  });

  it('nothing when there is no element, or the prolog never ends', () => {
    expect(xmlRoot('')).toBeUndefined();
    expect(xmlRoot('   \n ')).toBeUndefined();
    expect(xmlRoot('<?xml version="1.0"?>')).toBeUndefined();
    expect(xmlRoot('<!-- never closed')).toBeUndefined();
    expect(xmlRoot('<!DOCTYPE x [ <!ELEMENT x ANY>')).toBeUndefined();
    expect(xmlRoot('text before <root/>')).toBeUndefined();
    expect(xmlRoot('<1root/>')).toBeUndefined();
    expect(xmlRoot('<!doctype html><html lang="en">')).toEqual({ localName: 'html', attributes: { lang: 'en' } });
  });

  it('the local name drops only a namespace prefix', () => {
    expect([localName('bom'), localName('cdx:bom'), localName(':x'), localName('a:b:c')]).toEqual(['bom', 'bom', 'x', 'b:c']);
  });
});

describe('DOCTYPE declarations', () => {
  it('end at the first ">" outside quotes and the internal subset', () => {
    const doctype = `<!DOCTYPE a SYSTEM "x>y" [ <!ATTLIST a b CDATA 'c>d'> ]>`;
    expect(endOfDoctype(`${doctype}<a/>`, 0)).toBe(doctype.length);
    expect(endOfDoctype('<!DOCTYPE a>', 0)).toBe(12);
    expect(endOfDoctype('<!DOCTYPE a [ ]', 0)).toBe(15);
    expect(endOfDoctype('<!DOCTYPE a "never closed>', 0)).toBe(26);
    expect(endOfDoctype('xx<!DOCTYPE a>', 2)).toBe(14);
  });

  it('entity declarations are refused in any DOCTYPE, even one that quotes or hides them after another', () => {
    const refused = 'the XML declares entities in a DOCTYPE (<!ENTITY ...>), which Factstore refuses up front: entities can read local files (XXE) or expand without bound ("billion laughs"), and no report needs them. Attach the report exactly as the test or SBOM tool wrote it.';
    expect(() => refuseEntityDeclarations('<!DOCTYPE a [<!ENTITY x "y">]><a/>')).toThrow(refused);
    expect(() => refuseEntityDeclarations('<!doctype a [<!entity x "y">]><a/>')).toThrow(refused);
    expect(() => refuseEntityDeclarations('<!DOCTYPE a SYSTEM "u"><!DOCTYPE b [<!ENTITY x "y">]><a/>')).toThrow(refused);
    expect(() => refuseEntityDeclarations('<!DOCTYPE a SYSTEM "u"><a>&lt;!ENTITY is text</a>')).not.toThrow();
    // an ENTITY after the DOCTYPE ended is no declaration of it
    expect(() => refuseEntityDeclarations('<!DOCTYPE a SYSTEM "x"><a><!-- <!ENTITY --></a>')).not.toThrow();
    expect(() => refuseEntityDeclarations('<a/>')).not.toThrow();
  });
});

describe('JSON nesting, counted around strings', () => {
  it('counts arrays and objects, not brackets inside strings, whatever the escapes', () => {
    expect(jsonNestingDepth('{"a":[1,{"b":[]}]}', 100)).toBe(4);
    expect(jsonNestingDepth('[[[]]]', 100)).toBe(3);
    expect(jsonNestingDepth('{"a":"[[[{{{"}', 100)).toBe(1);
    expect(jsonNestingDepth('{"a":"say \\"[[[\\" ok"}', 100)).toBe(1);
    // an escaped backslash ends the string before the bracket
    expect(jsonNestingDepth('{"a":"c:\\\\","b":[[]]}', 100)).toBe(3);
    expect(jsonNestingDepth('{"a":"c:\\\\\\"[[["}', 100)).toBe(1);
    expect(jsonNestingDepth('["unterminated [[[', 100)).toBe(1);
    expect(jsonNestingDepth('"[["', 100)).toBe(0);
    // siblings do not add up: depth goes down again
    expect(jsonNestingDepth('[[],[],[[]]]', 100)).toBe(3);
    expect(jsonNestingDepth('{}{}{}', 100)).toBe(1);
  });

  it('stops as soon as the limit is passed', () => {
    expect(jsonNestingDepth('[[[[[[[[[[', 3)).toBe(4);
    expect(jsonNestingDepth('[[[]]]', 3)).toBe(3);
  });

  it('refuses empty, too deep and malformed text with what to do', () => {
    expect(() => parseJsonText(' \n ')).toThrow('the file is empty: attach the report the tool wrote (was it written before the step ran?).');
    expect(() => parseJsonText(`${'['.repeat(257)}${']'.repeat(257)}`)).toThrow(
      'JSON nests arrays/objects deeper than 256 levels, which no report format needs: refused as hostile input; attach the report the tool wrote.',
    );
    expect(parseJsonText(`${'['.repeat(256)}${']'.repeat(256)}`)).toBeInstanceOf(Array);
    expect(() => parseJsonText('{"a":')).toThrow(/^not valid JSON \(.+\): check that the file was written completely \(a truncated file\?\)\.$/);
    expect(parseJsonText(' {"a":1} ')).toEqual({ a: 1 });
  });

  it('typeName says what a value is, in words', () => {
    expect([undefined, null, [], {}, 'x', 1, true].map(typeName)).toEqual(['missing', 'null', 'an array', 'an object', 'a string', 'a number', 'a boolean']);
  });
});

describe('the outline detection reads', () => {
  it('the top-level object, or the first item of a top-level array, shallowly', () => {
    expect(jsonShape('  {"runs":[{"x":1}],"version":"2.1.0","tool":{"a":1},"n":null}')).toEqual({ root: 'object', head: { runs: [], version: '2.1.0', tool: {}, n: null } });
    expect(jsonShape('[{"Target":"x","Vulnerabilities":[1]}, 2]')).toEqual({ root: 'array', head: { Target: 'x', Vulnerabilities: [] } });
    expect(jsonShape('[1, 2]')).toEqual({ root: 'array', head: undefined });
    expect(jsonShape('[]')).toEqual({ root: 'array', head: undefined });
    for (const text of ['', '"text"', '42', 'null', '{"a":', `${'['.repeat(300)}${']'.repeat(300)}`, 'x{}']) expect(jsonShape(text), text).toBeUndefined();
    // the same text again gives the same answer (it is kept), another text its own
    expect(jsonShape('{"a":[]}')).toEqual({ root: 'object', head: { a: [] } });
    expect(jsonShape('{"a":[]}')).toEqual({ root: 'object', head: { a: [] } });
    expect(jsonShape('{"b":1}')).toEqual({ root: 'object', head: { b: 1 } });
    expect([hasArray({ a: [] }, 'a'), hasArray({ a: {} }, 'a'), hasArray(undefined, 'a')]).toEqual([true, false, false]);
  });

  it('plain JSON evidence: a small object as it is, anything else under document, a large one by its outline', () => {
    const json = (text: string) => parseEvidence(bytes(text), { name: 'r.json', format: 'json' }).summary;
    expect(json('{"a":1}')).toEqual({ a: 1 });
    expect(json('[1,2]')).toEqual({ document: [1, 2] });
    const keys = Array.from({ length: 150 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    const big = `{${keys.map((k) => `"${k}":"${'v'.repeat(120)}"`).join(',')}}`;
    expect(big.length).toBeGreaterThan(JSON_SUMMARY_MAX_CHARS);
    expect(json(big)).toEqual({ truncated: true, chars: big.length, keys: keys.slice(0, 100) });
    const list = `[${Array.from({ length: 2000 }, () => '"0123456789"').join(',')}]`;
    expect(json(list)).toEqual({ truncated: true, chars: list.length, items: 2000 });
    // exactly the limit is recorded whole
    const exact = `{"a":"${'x'.repeat(JSON_SUMMARY_MAX_CHARS - 8)}"}`;
    expect(exact.length).toBe(JSON_SUMMARY_MAX_CHARS);
    expect(json(exact)).toEqual(JSON.parse(exact));
  });
});

describe('XML values and documents', () => {
  it('decodes the five predefined entities and character references, and leaves anything else as written', () => {
    expect(decodeEntities('a &lt; b &gt; c &amp; &quot;d&quot; &apos;e&apos;')).toBe('a < b > c & "d" \'e\'');
    expect(decodeEntities('&#65;&#x42;&#x1F600;&#x10FFFF;')).toBe('AB😀\u{10FFFF}');
    expect(decodeEntities('&#0; &#x110000; &nbsp; &AMP; & alone')).toBe('&#0; &#x110000; &nbsp; &AMP; & alone');
    expect(decodeEntities('no entities')).toBe('no entities');
  });

  it('parses to elements with local names, decoded attributes and text, texts joined by lines', () => {
    const root = parseXml('<?xml version="1.0"?><?pi x?><s:suite xmlns:s="u" name="a &amp; b">one<![CDATA[two &amp;]]><case n="&#65;"/>three</s:suite>');
    expect(root).toEqual({
      name: 'suite',
      attributes: { 'xmlns:s': 'u', name: 'a & b' },
      children: [{ name: 'case', attributes: { n: 'A' }, children: [], text: '' }],
      text: 'one\ntwo &\nthree',
    });
  });

  it('keeps every text and attribute as written: no numbers made of them, entities decoded once', () => {
    expect(parseXml('<s name="007" n="1e3" v="a&amp;lt;b">042</s>')).toEqual({ name: 's', attributes: { name: '007', n: '1e3', v: 'a&lt;b' }, children: [], text: '042' });
    expect(parseXml('<s>&amp;amp;</s>').text).toBe('&amp;');
  });

  it('refuses what is not a report, in words', () => {
    expect(() => parseXml('  ')).toThrow('the file is empty: attach the report the tool wrote (was it written before the step ran?).');
    expect(() => parseXml('<a><b></a>')).toThrow(/^not well-formed XML \(line 1, column \d+: .+\): check that the file was written completely \(a truncated file\?\)\.$/);
    expect(() => parseXml(`${'<a>'.repeat(300)}${'</a>'.repeat(300)}`)).toThrow('the XML nests elements deeper than 256 levels, which no report format needs: refused as hostile input.');
  });
});

describe('sizes and names', () => {
  it('formatBytes: bytes below 1 KiB, KiB below 1 MiB, then MiB', () => {
    expect([formatBytes(0), formatBytes(1023), formatBytes(1024), formatBytes(1536), formatBytes(1024 * 1024 - 1), formatBytes(1024 * 1024), formatBytes(10 * 1024 * 1024 + 1)]).toEqual([
      '0 bytes',
      '1023 bytes',
      '1.0 KiB',
      '1.5 KiB',
      '1024.0 KiB',
      '1.0 MiB',
      '10.0 MiB',
    ]);
  });

  it('the evidence formats, by name only', () => {
    expect(['junit', 'sarif', 'cyclonedx', 'spdx', 'snyk', 'trivy', 'json'].every(isEvidenceFormat)).toBe(true);
    expect(['raw', 'JUNIT', '', 'xml'].some(isEvidenceFormat)).toBe(false);
  });
});
