import { describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { trailPath } from '../../src/core/store/layout.js';
import { trailCommits, touchedTrails } from '../../src/core/store/touched-trails.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('touchedTrails', () => {
  it('names each trail whose file a diff lists, once, and nothing else', () => {
    const paths = [
      trailPath('payments', 'build-1'),
      trailPath('payments', 'build-1'),
      trailPath('web', A),
      'index/commits/aa/' + A + '.ndjson',
      'evidence/cd/' + 'c'.repeat(64),
      'loose/decision/payments/2026-11.ndjson',
      'FACTSTORE.json',
    ];
    expect(touchedTrails(paths)).toEqual([
      { flow: 'payments', trail: 'build-1' },
      { flow: 'web', trail: A },
    ]);
  });

  it('ignores paths that only look like trail files: wrong shard, bad names, nesting', () => {
    const good = trailPath('payments', 'build-1');
    const wrongShard = good.replace(/^trails\/payments\/[0-9a-f]{2}\//, (m) => (m.endsWith('00/') ? 'trails/payments/01/' : 'trails/payments/00/'));
    expect(touchedTrails([wrongShard, 'trails/-x/00/y.ndjson', 'trails/p/00/..ndjson', 'trails/p/00/a/b.ndjson', 'trails/p/zz/a.ndjson'])).toEqual([]);
  });
});

describe('touchedTrails: names the layout would never write', () => {
  it('a flow or trail name that is not a name, even in its right shard', () => {
    // each path is exactly where trailPath would put it: only the name check refuses it
    expect(touchedTrails([trailPath('-x', 't'), trailPath('p..q', 't'), trailPath('p', 't..u'), trailPath('p', '.t'), trailPath('p', 't'), trailPath('p-2', 'build.1')])).toEqual([
      { flow: 'p', trail: 't' },
      { flow: 'p-2', trail: 'build.1' },
    ]);
  });
});

describe('trailCommits', () => {
  it('lists the commits trails were started for, each once, with their branch', () => {
    const facts = [
      makeFact({ kind: 'trail', flow: 'payments', trail: 't', commit: A, gitBranch: 'main', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' }),
      makeFact({ kind: 'attestation', flow: 'payments', trail: 't', type: 'unit-tests', status: 'PASSED', evidence: [], actor: 'ci', ts: '2026-11-23T10:01:00.000Z' }),
      makeFact({ kind: 'trail', flow: 'payments', trail: 't', commit: A, actor: 'ci', ts: '2026-11-23T10:02:00.000Z' }),
      makeFact({ kind: 'trail', flow: 'payments', trail: 't', commit: B, actor: 'ci', ts: '2026-11-23T10:03:00.000Z' }),
    ];
    expect(trailCommits(facts)).toStrictEqual([{ commit: A, gitBranch: 'main' }, { commit: B }]);
  });

  it('a trail fact without a commit names none', () => {
    expect(trailCommits([makeFact({ kind: 'trail', flow: 'payments', trail: 't', actor: 'ci', ts: '2026-11-23T10:00:00.000Z' })])).toEqual([]);
  });

  it('a trail without a trail fact names no commit', () => {
    expect(trailCommits([makeFact({ kind: 'approval', flow: 'p', trail: 't', decision: 'APPROVED', actor: 'alice', ts: '2026-11-23T10:00:00.000Z' })])).toEqual([]);
  });
});
