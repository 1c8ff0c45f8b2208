import { describe, expect, it } from 'vitest';
import { parseEvidence } from '../../src/core/evidence/index.js';
import { decodeEntities } from '../../src/core/evidence/xml-tree.js';
import { bytes } from './fixtures.js';

describe('XML entities in values', () => {
  it('decodes the five predefined entities and character references, once', () => {
    expect(decodeEntities('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;')).toBe('a <b> & "c" \'d\'');
    expect(decodeEntities('&#233;t&#xE9; &#x1F600;')).toBe('été 😀');
    expect(decodeEntities('&amp;lt; stays one level deep')).toBe('&lt; stays one level deep');
    expect(decodeEntities('&nbsp; &#0; &#x110000; & alone')).toBe('&nbsp; &#0; &#x110000; & alone');
    expect(decodeEntities('plain')).toBe('plain');
  });

  it('failing test names and messages in findings read as the tool wrote them', () => {
    const xml = '<testsuites><testsuite name="s"><testcase classname="a&amp;b" name="x &lt; y"><failure message="expected &quot;1&quot; &#8800; 2"/></testcase></testsuite></testsuites>';
    const parsed = parseEvidence(bytes(xml), { name: 'junit.xml' });
    expect(parsed.findings?.[0]).toMatchObject({ name: 'a&b.x < y', message: 'expected "1" ≠ 2' });
  });
});
