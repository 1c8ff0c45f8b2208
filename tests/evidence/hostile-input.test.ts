import { describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { DEFAULT_MAX_BYTES, MAX_NESTING_DEPTH, type ParseEvidenceOptions, parseEvidence } from '../../src/core/evidence/index.js';
import { bytes, readFixture } from './fixtures.js';

/** Runs parseEvidence expecting a BAD_INPUT; returns the error and how long it took. */
function refusal(input: Uint8Array, options: ParseEvidenceOptions): { error: FactstoreError; ms: number } {
  const start = performance.now();
  try {
    parseEvidence(input, options);
  } catch (error) {
    const ms = performance.now() - start;
    expect(error).toBeInstanceOf(FactstoreError);
    expect((error as FactstoreError).code).toBe('BAD_INPUT');
    return { error: error as FactstoreError, ms };
  }
  throw new Error(`parseEvidence accepted ${options.name}`);
}

const XXE = `<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<testsuites><testsuite name="s"><testcase name="&xxe;"><failure message="&xxe;"/></testcase></testsuite></testsuites>`;

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ELEMENT lolz (#PCDATA)>
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n ')}
]>
<testsuites><testsuite><testcase name="&lol9;"/></testsuite></testsuites>`;

describe('XML entities are refused before any parsing', () => {
  it.each([
    ['auto-detected', undefined],
    ['with --format junit', 'junit' as const],
  ])('an external entity (XXE) is never resolved, %s', (_label, format) => {
    const { error } = refusal(bytes(XXE), { name: 'junit.xml', ...(format ? { format } : {}) });
    expect(error.message).toMatch(/^evidence junit\.xml: the XML declares entities in a DOCTYPE/);
    expect(error.message).toMatch(/refuses up front/);
    expect(error.message).not.toMatch(/root:/); // nothing of /etc/passwd leaks into the message
  });

  it('the brief form with an unknown root element is refused for its entity, not as "unknown format"', () => {
    const text = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>';
    const { error } = refusal(bytes(text), { name: 'x.xml' });
    expect(error.message).toMatch(/declares entities/);
  });

  it('billion laughs is refused quickly, nothing expanded', () => {
    const { error, ms } = refusal(bytes(BILLION_LAUGHS), { name: 'lol.xml' });
    expect(error.message).toMatch(/billion laughs/);
    expect(ms).toBeLessThan(1000);
  });

  it('a CycloneDX XML with an internal entity is refused too', () => {
    const text = '<!DOCTYPE bom [<!ENTITY v "1.0">]><bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components/></bom>';
    expect(refusal(bytes(text), { name: 'bom.xml', format: 'cyclonedx' }).error.message).toMatch(/declares entities/);
  });

  it('a DOCTYPE without entity declarations is accepted', () => {
    const text = '<?xml version="1.0"?><!DOCTYPE testsuites><testsuites><testsuite><testcase name="a &amp; b"/></testsuite></testsuites>';
    expect(parseEvidence(bytes(text), { name: 'junit.xml' }).summary).toEqual({ tests: 1, passed: 1, failures: 0, errors: 0, skipped: 0 });
  });
});

describe('deep nesting is refused with bounded time and stack', () => {
  const LEVELS = 100_000;

  it(`XML nested ${LEVELS} levels`, () => {
    const text = `<testsuites>${'<testsuite>'.repeat(LEVELS)}${'</testsuite>'.repeat(LEVELS)}</testsuites>`;
    const { error, ms } = refusal(bytes(text), { name: 'deep.xml' });
    expect(error.message).toBe(
      `evidence deep.xml: the XML nests elements deeper than ${MAX_NESTING_DEPTH} levels, which no report format needs: refused as hostile input.`,
    );
    expect(ms).toBeLessThan(5000);
  });

  it(`XML nested just under the limit still parses`, () => {
    const depth = MAX_NESTING_DEPTH - 2;
    const text = `<testsuites>${'<testsuite>'.repeat(depth)}<testcase name="t"/>${'</testsuite>'.repeat(depth)}</testsuites>`;
    expect(parseEvidence(bytes(text), { name: 'ok.xml' }).summary).toMatchObject({ tests: 1, passed: 1 });
  });

  it(`JSON nested ${LEVELS} levels: JSON.parse alone copes, but the pre-scan refuses it before parsing`, () => {
    const text = `${'['.repeat(LEVELS)}${']'.repeat(LEVELS)}`;
    // V8's JSON.parse is not recursive: this is why the guard is a depth pre-scan, not a caught RangeError.
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    for (const format of [undefined, 'json' as const, 'sarif' as const]) {
      const { error, ms } = refusal(bytes(text), { name: 'deep.json', ...(format ? { format } : {}) });
      expect(error.message).toMatch(`JSON nests arrays/objects deeper than ${MAX_NESTING_DEPTH} levels`);
      expect(ms).toBeLessThan(5000);
    }
  });

  it('brackets inside JSON strings do not count as nesting', () => {
    const text = JSON.stringify({ note: '['.repeat(10_000), escaped: '\\"[[[' });
    expect(parseEvidence(bytes(text), { name: 'ok.json' }).summary).toEqual(JSON.parse(text));
  });
});

describe('broken files get a clear BAD_INPUT', () => {
  it('invalid UTF-8 is refused, not replaced', () => {
    const input = new Uint8Array([...bytes('<testsuites><testcase name="'), 0xc3, 0x28, 0xff, ...bytes('"/></testsuites>')]);
    expect(refusal(input, { name: 'bin.xml' }).error.message).toBe(
      'evidence bin.xml is not valid UTF-8 text: re-export the report as UTF-8 (binary files are not evidence reports).',
    );
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['only whitespace', bytes(' \n\t\r\n')],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
  ])('%s', (_label, input) => {
    for (const format of [undefined, 'junit' as const, 'json' as const]) {
      const { error } = refusal(input, { name: 'empty.xml', ...(format ? { format } : {}) });
      expect(error.message).toMatch(/^evidence empty\.xml is empty: attach the report/);
    }
  });

  it('a truncated JUnit file (cut mid-way) is not well-formed, with or without --format', () => {
    const full = readFixture('junit', 'ant__03-junit.xml');
    const cut = full.subarray(0, Math.floor(full.length / 2));
    for (const format of [undefined, 'junit' as const]) {
      const { error } = refusal(cut, { name: 'junit.xml', ...(format ? { format } : {}) });
      expect(error.message).toMatch(/^evidence junit\.xml: not well-formed XML \(line \d+, column \d+: .+\): .*truncated/);
    }
  });

  it('a truncated CycloneDX XML (last closing tag missing) is refused', () => {
    const text = new TextDecoder().decode(readFixture('cyclonedx', 'cyclonedx-npm-6.0.1__bom.1.6.xml')).replace(/<\/bom>\s*$/, '');
    expect(refusal(bytes(text), { name: 'bom.xml' }).error.message).toMatch(/not well-formed XML/);
  });

  it('a truncated SARIF file is not valid JSON, with or without --format', () => {
    const full = readFixture('sarif', 'dockle-0.3.15__dockle.sarif');
    const cut = full.subarray(0, full.length - 40);
    for (const format of [undefined, 'sarif' as const, 'json' as const]) {
      const { error } = refusal(cut, { name: 'scan.sarif', ...(format ? { format } : {}) });
      expect(error.message).toMatch(/^evidence scan\.sarif: not valid JSON \(.+\): check that the file was written completely/);
    }
  });

  it('text that is no report lists the known formats', () => {
    expect(refusal(bytes('all tests passed\n'), { name: 'log.txt' }).error.message).toBe(
      'evidence log.txt is not in a known format (junit, sarif, cyclonedx, spdx, snyk, trivy, json): ' +
        'pass --format with one of them, or attach a report such a tool wrote.',
    );
  });

  it('--format on text that is no report says it matches nothing', () => {
    expect(refusal(bytes('<html><body/></html>'), { name: 'page.html', format: 'junit' }).error.message).toMatch(
      /^evidence page\.html does not look like junit \(nor like any known format: junit, sarif/,
    );
  });

  it('a JSON "__proto__" key stays data and pollutes nothing', () => {
    const parsed = parseEvidence(bytes('{"__proto__": {"polluted": true}, "ok": 1}'), { name: 'p.json' });
    expect(Object.prototype.hasOwnProperty.call(parsed.summary, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('size limit: refused before decoding or parsing', () => {
  it('a file over a small maxBytes', () => {
    const input = readFixture('junit', 'catch2__report.xml');
    expect(refusal(input, { name: 'report.xml', maxBytes: 100 }).error.message).toBe(
      `evidence report.xml is ${input.length} bytes, over the limit of 100 bytes: ` +
        'attach a smaller report, or raise `evidence.max_bytes` in the config if this size is expected.',
    );
    expect(parseEvidence(input, { name: 'report.xml', maxBytes: input.length }).format).toBe('junit');
  });

  it('a 200 MB buffer is refused at once under the default 10 MiB limit', () => {
    // Filled with '<' so that anything that started to decode or parse it would take seconds.
    const input = new Uint8Array(200 * 1024 * 1024).fill(0x3c);
    const { error, ms } = refusal(input, { name: 'huge.xml' });
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(error.message).toMatch(/^evidence huge\.xml is 200\.0 MiB, over the limit of 10\.0 MiB/);
    expect(ms).toBeLessThan(500); // a length check: microseconds, whatever the machine
  });
});
