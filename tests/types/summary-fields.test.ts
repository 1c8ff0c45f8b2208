// What a type reads that its evidence cannot have, told before anything is recorded.
import { describe, expect, it } from 'vitest';
import { judgeEvidence } from '../../src/core/types/judge-evidence.js';
import { summaryFieldProblems } from '../../src/core/types/summary-fields.js';

describe('summaryFieldProblems', () => {
  it('a jq path through a count names the count, not a missing field', () => {
    expect(summaryFieldProblems({ jq: '.tests.count > 0' }, 'junit')).toEqual(['its jq reads .tests.count, but a junit summary has .tests as a number, with no field count']);
  });

  it('a schema describing a field the summary never has is a problem even when not required', () => {
    expect(summaryFieldProblems({ schema: { type: 'object', properties: { components: { type: 'integer' }, licenses: { type: 'integer' } } } }, 'cyclonedx')).toEqual([
      'its schema describes licenses, but a cyclonedx summary has no licenses (it has components, vulnerabilities, specVersion)',
    ]);
  });

  it('json: the jq is checked against the type\'s own schema where it closes an object, and not at all where it is open', () => {
    const closed = { type: 'object', properties: { score: { type: 'number' }, meta: { type: 'object', properties: { tool: { type: 'string' } }, additionalProperties: false } }, additionalProperties: false };
    expect(summaryFieldProblems({ jq: '.score > 7 and .meta.tool == "x" and .meta.version == 1', schema: closed }, 'json')).toEqual([
      "its jq reads .meta.version, but the type's schema has no version at .meta (it has tool)",
    ]);
    expect(summaryFieldProblems({ jq: '.anything == 1', schema: { type: 'object' } }, 'json')).toEqual([]);
    expect(summaryFieldProblems({ jq: '.anything == 1' }, 'json')).toEqual([]);
  });

  it('sound types of every format have no problem', () => {
    expect(summaryFieldProblems({ jq: '.failures == 0 and .errors == 0 and .tests > 0' }, 'junit')).toEqual([]);
    expect(summaryFieldProblems({ jq: '.critical == 0 and (.unknown // 0) == 0' }, 'snyk')).toEqual([]);
    expect(summaryFieldProblems({ jq: '.files > 0', schema: { required: ['components'] } }, 'spdx')).toEqual([]);
  });

  it('judgeEvidence refuses such a type before judging any file, so no verdict is recorded from a field that is never there', () => {
    const files = [{ name: 'scan.sarif', format: 'sarif' as const, summary: { results: 0, error: 0, warning: 0, note: 0, none: 0 }, defaultStatus: 'PASSED' as const }];
    expect(() => judgeEvidence({ typeName: 'scan', type: { jq: '.critical == 0' }, files })).toThrow(/type scan cannot judge scan\.sarif, a sarif report: its jq reads \.critical/);
  });
});
