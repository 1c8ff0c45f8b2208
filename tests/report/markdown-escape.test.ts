import { describe, expect, it } from 'vitest';
import { clip, codeSpan, escapeMarkdown, inlineWithCode, link, safeUrl } from '../../src/core/report/breakdown/markdown-escape.js';

describe('markdown escaping of user text', () => {
  it('turns HTML into entities, silences mentions and backslashes Markdown punctuation', () => {
    expect(escapeMarkdown('<b>@alice & @org/team</b>')).toBe('&lt;b&gt;@&#8203;alice &amp; @&#8203;org/team&lt;/b&gt;');
    expect(escapeMarkdown('a|b `c` *d* _e_ [f](g) ~h~ $i$ \\')).toBe('a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\~h\\~ \\$i\\$ \\\\');
  });

  it('keeps everything on one line', () => {
    expect(escapeMarkdown('one\ntwo\r\nthree\tfour\u2028five')).toBe('one two three four five');
  });

  it('makes code spans that hold any backticks', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
  });

  it('renders commands as code and the rest as escaped text, whatever the backticks', () => {
    expect(inlineWithCode('run `factstore approve --flow f` now, <b>')).toBe('run `factstore approve --flow f` now, &lt;b&gt;');
    expect(inlineWithCode('odd ` backtick @x')).toBe('odd \\` backtick @&#8203;x');
    expect(inlineWithCode('empty `` span')).toBe('empty \\`\\` span');
  });

  it('links only http(s) URLs, with the characters that end a link encoded', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('/relative')).toBeUndefined();
    expect(safeUrl('https://example.com/a b')).toBeUndefined();
    expect(safeUrl('https://example.com/x_(1)|<y>')).toBe('https://example.com/x_%281%29%7C%3Cy%3E');
    expect(link('run @bob', 'https://ci.example/1')).toBe('[run @&#8203;bob](https://ci.example/1)');
    expect(link('run', 'data:text/html,x')).toBe('run');
  });

  it('clips by whole code points', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('😀😀😀', 2)).toBe('😀…');
    expect(clip('short', 10)).toBe('short');
  });
});
