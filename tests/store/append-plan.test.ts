// The pieces of an append that need no repository: what a commit message says, what an append
// plan writes and skips, how facts and index files are parsed back, and where each fact lives.
import { describe, expect, it } from 'vitest';
import { isFactstoreError } from '../../src/core/errors.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { commitMessage } from '../../src/core/store/commit-message.js';
import { evidencePath, loosePath, placementsFor, trailPath } from '../../src/core/store/layout.js';
import { parseNdjson, parseRefs } from '../../src/core/store/ndjson.js';
import { planAppend } from '../../src/core/store/plan-append.js';

const TS = '2026-11-23T10:00:00.000Z';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const COMMIT = 'c0ffee'.padEnd(40, '0');
const trail = makeFact({ kind: 'trail', flow: 'payments', trail: 'b1', commit: COMMIT, actor: 'ci', ts: TS });
const artifact = makeFact({ kind: 'artifact', flow: 'payments', trail: 'b1', artifact: DIGEST, name: 'app', actor: 'ci', ts: TS });
const attestation = makeFact({ kind: 'attestation', flow: 'payments', trail: 'b1', type: 'unit-tests', status: 'FAILED', evidence: [], actor: 'ci', ts: TS });
const decision = makeFact({ kind: 'decision', flow: 'payments', event: 'DEPLOYMENT_ALLOWED', environment: 'production', artifact: DIGEST, compliant: true, reasons: [], actor: 'ci', ts: TS } as never);
const TRAIL = trailPath('payments', 'b1');
const id12 = (f: Fact) => f.id.slice(0, 12);

describe('commitMessage', () => {
  it('one fact: its line is the subject; attestations name type and status, artifacts their digest', () => {
    expect(commitMessage([attestation])).toBe(
      `factstore: ATTESTATION_RECORDED payments/b1 unit-tests FAILED (${id12(attestation)})\n\nATTESTATION_RECORDED payments/b1 unit-tests FAILED (${id12(attestation)})\n`,
    );
    expect(commitMessage([artifact])).toBe(`factstore: ARTIFACT_REPORTED payments/b1 ${DIGEST} (${id12(artifact)})\n\nARTIFACT_REPORTED payments/b1 ${DIGEST} (${id12(artifact)})\n`);
  });

  it('several facts: a count as subject (or the subject given), a line each, then the append trailer', () => {
    expect(commitMessage([trail, decision])).toBe(`factstore: record 2 facts\n\nTRAIL_STARTED payments/b1 (${id12(trail)})\nDEPLOYMENT_ALLOWED payments (${id12(decision)})\n`);
    const claims = [{ path: TRAIL, before: 0, after: 1, sha256: 'e'.repeat(64) }];
    expect(commitMessage([trail], 'init', claims)).toBe(
      `factstore: init\n\nTRAIL_STARTED payments/b1 (${id12(trail)})\n\nFactstore-Append: ${TRAIL} 0 1 ${'e'.repeat(64)}\n`,
    );
  });
});

describe('parseNdjson and parseRefs', () => {
  it('facts: nothing for a missing or empty file, blank lines skipped', () => {
    expect(parseNdjson(undefined, 'x')).toEqual([]);
    expect(parseNdjson('', 'x')).toEqual([]);
    expect(parseNdjson(`${JSON.stringify(trail)}\n\n${JSON.stringify(artifact)}\n`, 'x')).toEqual([trail, artifact]);
  });

  it('a line that is not JSON is an integrity failure naming file and line', () => {
    let error: unknown;
    try {
      parseNdjson(`${JSON.stringify(trail)}\n{"kind":\n`, TRAIL);
    } catch (e) {
      error = e;
    }
    expect(isFactstoreError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INTEGRITY', message: `${TRAIL}:2 is not a JSON fact: the store is damaged; run factstore verify.` });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('index refs: in recorded order, each once, damaged lines left out', () => {
    expect(parseRefs(undefined)).toEqual([]);
    const text = '{"flow":"p","trail":"b"}\n{"flow":"p","trail":"a"}\n\n{"flow":"p","trail":"b"}\n{"flow":1,"trail":"c"}\n{"flow":"p"}\nnot json\n{"flow":"q","trail":"d","x":1}\n';
    expect(parseRefs(text)).toEqual([
      { flow: 'p', trail: 'b' },
      { flow: 'p', trail: 'a' },
      { flow: 'q', trail: 'd' },
    ]);
  });
});

describe('layout', () => {
  it('evidence paths with or without the sha256: prefix', () => {
    expect(evidencePath(DIGEST)).toBe(`evidence/ab/${'ab'.repeat(32)}`);
    expect(evidencePath('cd'.repeat(32))).toBe(`evidence/cd/${'cd'.repeat(32)}`);
  });

  it('loose facts by environment (snapshots, drift), by flow, and alarms under tamper', () => {
    expect(loosePath(decision)).toBe('loose/decision/payments/2026-11.ndjson');
    const snapshot = makeFact({ kind: 'snapshot', event: 'ENVIRONMENT_SNAPSHOT', environment: 'prod', type: 'k8s', artifacts: [], actor: 'ci', ts: TS });
    expect(loosePath(snapshot)).toBe('loose/snapshot/prod/2026-11.ndjson');
    const drift = makeFact({ kind: 'drift', flow: 'payments', environment: 'stage', expected: [], actual: [], actor: 'ci', ts: TS } as never);
    expect(loosePath(drift)).toBe('loose/drift/stage/2026-11.ndjson');
    const alarm = makeFact({ kind: 'alarm', event: 'TAMPER_ALARM_RAISED', branch: 'factstore', incidents: [], actor: 'ci', ts: TS } as never);
    expect(placementsFor(alarm)).toEqual([{ path: 'loose/alarm/tamper/2026-11.ndjson', lines: [{ key: alarm.id, text: JSON.stringify(alarm) }] }]);
  });

  it('a trail fact without a commit needs no commit index line; trail names, artifact names, types and actors get term lines', () => {
    const bare = makeFact({ kind: 'trail', flow: 'payments', trail: 'b1', actor: 'ci', ts: TS });
    expect(placementsFor(bare).map((p) => p.path)).toEqual([TRAIL, 'index/terms/trail/b1/==/b1/2026-11-23.ndjson']);
    expect(placementsFor(trail).map((p) => p.path)).toEqual([TRAIL, `index/commits/c0/${COMMIT}.ndjson`, 'index/terms/trail/b1/==/b1/2026-11-23.ndjson']);
    expect(placementsFor(artifact).map((p) => p.path)).toEqual([TRAIL, `index/artifacts/ab/${'ab'.repeat(32)}.ndjson`, 'index/terms/artifact/ap/p=/app/2026-11-23.ndjson']);
    expect(placementsFor(attestation).map((p) => p.path)).toEqual([TRAIL, 'index/terms/type/un/it/unit-tests/2026-11-23.ndjson', 'index/terms/actor/ci/==/ci/2026-11-23.ndjson']);
  });
});

describe('planAppend', () => {
  const REF = '{"flow":"payments","trail":"b1"}';
  const ARTIFACT_INDEX = `index/artifacts/ab/${'ab'.repeat(32)}.ndjson`;

  it('appends to each home file and index once, reading each file once, and skips known ids', async () => {
    const tree = new Map<string, string>([
      // no newline at the end: the append starts a new line
      [TRAIL, JSON.stringify(trail)],
      [ARTIFACT_INDEX, `${REF}\n`],
    ]);
    const reads: string[] = [];
    const read = (p: string) => {
      reads.push(p);
      const t = tree.get(p);
      return Promise.resolve(t === undefined ? undefined : Buffer.from(t));
    };
    const plan = await planAppend([trail, artifact, attestation, decision], read);
    expect(plan.written).toEqual([artifact, attestation, decision]);
    expect(plan.skipped).toEqual([trail]);
    const terms = ['index/terms/artifact/ap/p=/app/2026-11-23.ndjson', 'index/terms/type/un/it/unit-tests/2026-11-23.ndjson', 'index/terms/actor/ci/==/ci/2026-11-23.ndjson'];
    expect(reads).toEqual([TRAIL, ARTIFACT_INDEX, ...terms, 'loose/decision/payments/2026-11.ndjson']);
    // the artifact index line was there already: that file is not rewritten
    expect([...plan.files.keys()]).toEqual([TRAIL, ...terms, 'loose/decision/payments/2026-11.ndjson']);
    expect(plan.files.get(TRAIL)).toBe(`${JSON.stringify(trail)}\n${JSON.stringify(artifact)}\n${JSON.stringify(attestation)}\n`);
    expect(plan.indexed).toBe(3);
    expect(plan.files.get('loose/decision/payments/2026-11.ndjson')).toBe(`${JSON.stringify(decision)}\n`);
    // claims for facts files only, counting lines before and after
    expect(plan.claims.map((c) => [c.path, c.before, c.after])).toEqual([
      [TRAIL, 1, 3],
      ['loose/decision/payments/2026-11.ndjson', 0, 1],
    ]);
  });

  it('reindexing writes the missing index lines of facts already there, and no fact twice', async () => {
    const tree = new Map<string, string>([[TRAIL, `${JSON.stringify(trail)}\n${JSON.stringify(artifact)}\n`], [ARTIFACT_INDEX, `${REF}\n`]]);
    const read = (p: string) => Promise.resolve(tree.has(p) ? Buffer.from(tree.get(p) ?? '') : undefined);
    const plain = await planAppend([trail, artifact], read);
    expect([plain.files.size, plain.indexed]).toEqual([0, 0]);
    const plan = await planAppend([trail, artifact], read, true);
    expect(plan.written).toEqual([]);
    expect(plan.skipped).toEqual([trail, artifact]);
    expect([...plan.files.keys()]).toEqual([`index/commits/c0/${COMMIT}.ndjson`, 'index/terms/trail/b1/==/b1/2026-11-23.ndjson', 'index/terms/artifact/ap/p=/app/2026-11-23.ndjson']);
    expect(plan.indexed).toBe(3);
    expect(plan.claims).toEqual([]);
  });

  it('a fact already in the plan is skipped the second time', async () => {
    const plan = await planAppend([trail, trail], () => Promise.resolve(undefined));
    expect(plan.written).toEqual([trail]);
    expect(plan.skipped).toEqual([trail]);
    expect(plan.files.get(`index/commits/c0/${COMMIT}.ndjson`)).toBe(`${REF}\n`);
  });
});
