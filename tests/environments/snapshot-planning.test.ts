// Planning a snapshot and its drift from what a source read: pure functions over facts.
import { describe, expect, it } from 'vitest';
import type { EnvironmentStatus } from '../../src/core/environments/environment-status.js';
import { openDrifts, planDrift } from '../../src/core/environments/plan-drift.js';
import { planSnapshot, type ReadArtifact } from '../../src/core/environments/plan-snapshot.js';
import { pickSnapshot } from '../../src/core/environments/pick-snapshot.js';
import { snapshotChanges } from '../../src/core/environments/snapshot-changes.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { DriftFact, SnapshotFact } from '../../src/core/model/fact.js';
import { validateFact } from '../../src/core/schema/index.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const run = (name: string, digest: string, pod = 'p1'): ReadArtifact => ({ name, digest, where: [{ namespace: 'prod', pod, container: 'app' }] });

function snap(artifacts: ReadArtifact[], previous?: SnapshotFact, ts = '2026-11-23T10:00:00.000Z'): SnapshotFact {
  const plan = planSnapshot({ environment: 'production', type: 'k8s', artifacts, skipped: [], previous, actor: 'ci', ts });
  if (plan.fact === undefined) throw new Error('expected a snapshot');
  return plan.fact;
}

describe('planSnapshot', () => {
  it('the first snapshot: every artifact ADDED, sorted, valid against the fact schema', () => {
    const plan = planSnapshot({ environment: 'production', type: 'k8s', artifacts: [run('web', D('b')), run('api', D('a'))], skipped: [{ what: 'pod prod/x', why: 'phase Pending' }], previous: undefined, actor: 'ci', ts: '2026-11-23T10:00:00.000Z' });
    expect(plan.fact?.artifacts.map((a) => a.name)).toEqual(['api', 'web']);
    expect(plan.changes.map((c) => [c.change, c.name])).toEqual([['ADDED', 'api'], ['ADDED', 'web']]);
    expect(validateFact(plan.fact)).toEqual({ ok: true });
    expect(plan.fact?.skipped).toEqual([{ what: 'pod prod/x', why: 'phase Pending' }]);
  });

  it('the same artifacts elsewhere (pods rescheduled) record nothing new', () => {
    const first = snap([run('api', D('a'), 'p1')]);
    const again = planSnapshot({ environment: 'production', type: 'k8s', artifacts: [run('api', D('a'), 'p9')], skipped: [], previous: first, actor: 'ci', ts: '2026-11-23T11:00:00.000Z' });
    expect(again.fact).toBeUndefined();
    expect(again.changes).toEqual([]);
  });

  it('a new image of the same name is CHANGED; going back to an earlier state is a new snapshot with its own id', () => {
    const a = snap([run('api', D('a'))]);
    const b = snap([run('api', D('b'))], a, '2026-11-23T11:00:00.000Z');
    const back = snap([run('api', D('a'))], b, '2026-11-23T12:00:00.000Z');
    expect(snapshotChanges(a.artifacts, b.artifacts)).toEqual([{ change: 'CHANGED', name: 'api', from: [D('a')], to: [D('b')] }]);
    expect(b.previous).toBe(a.id);
    expect(back.id).not.toBe(a.id);
  });

  it('refuses more artifacts than one snapshot holds, saying how to split', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => run(`svc-${i}`, D('a')));
    expect(() => planSnapshot({ environment: 'production', type: 'k8s', artifacts: many, skipped: [], previous: undefined, actor: 'ci', ts: '2026-11-23T10:00:00.000Z' })).toThrow(/runs 10001 distinct artifacts, more than the 10000 one snapshot holds: split it/);
  });
});

function statusOf(snapshot: SnapshotFact, verdicts: Record<string, 'COMPLIANT' | 'NON_COMPLIANT' | 'NO_PROVENANCE'>): EnvironmentStatus {
  return {
    environment: 'production',
    type: 'k8s',
    snapshot: { id: snapshot.id, ts: snapshot.ts, actor: 'ci' },
    status: Object.values(verdicts).every((v) => v === 'COMPLIANT') ? 'COMPLIANT' : 'NON_COMPLIANT',
    artifacts: snapshot.artifacts.map((a) => ({ name: a.name, artifact: a.artifact, where: [], status: verdicts[a.artifact] ?? 'COMPLIANT', flows: verdicts[a.artifact] === 'NON_COMPLIANT' ? [{ flow: 'payments', status: 'NON_COMPLIANT', details: 'Missing required attestations: sbom' }] : [] })),
  };
}

const asFacts = (inputs: ReturnType<typeof planDrift>) => inputs.map((f) => makeFact(f) as DriftFact);

describe('planDrift', () => {
  it('records drift once when first seen, with what ran before under that name, and clears it when it goes', () => {
    const good = snap([run('api', D('a'))]);
    const bad = snap([run('api', D('b'))], good, '2026-11-23T11:00:00.000Z');
    const detected = asFacts(planDrift({ environment: 'production', snapshot: bad, status: statusOf(bad, { [D('b')]: 'NO_PROVENANCE' }), drifts: [], earlier: [good], actor: 'ci', ts: bad.ts }));
    expect(detected).toHaveLength(1);
    expect(detected[0]).toMatchObject({ event: 'DRIFT_DETECTED', name: 'api', artifact: D('b'), reason: 'NO_PROVENANCE', firstSeen: bad.ts, expected: [D('a')], snapshot: bad.id });
    expect(validateFact(detected[0])).toEqual({ ok: true });

    // the next look sees it still running: nothing new
    expect(planDrift({ environment: 'production', snapshot: bad, status: statusOf(bad, { [D('b')]: 'NO_PROVENANCE' }), drifts: detected, earlier: [good], actor: 'ci', ts: '2026-11-23T11:30:00.000Z' })).toEqual([]);

    const fixed = snap([run('api', D('c'))], bad, '2026-11-23T12:00:00.000Z');
    const resolved = asFacts(planDrift({ environment: 'production', snapshot: fixed, status: statusOf(fixed, {}), drifts: detected, earlier: [good, bad], actor: 'ci', ts: fixed.ts }));
    expect(resolved).toEqual([expect.objectContaining({ event: 'DRIFT_RESOLVED', artifact: D('b'), resolution: 'GONE', firstSeen: bad.ts, snapshot: fixed.id })]);
    expect(validateFact(resolved[0])).toEqual({ ok: true });
    expect(openDrifts([...detected, ...resolved]).size).toBe(0);
  });

  it('an artifact that becomes COMPLIANT where it runs clears its drift as COMPLIANT; one not yet compliant stays open', () => {
    const s = snap([run('api', D('a')), run('web', D('b'))]);
    const detected = asFacts(planDrift({ environment: 'production', snapshot: s, status: statusOf(s, { [D('a')]: 'NON_COMPLIANT', [D('b')]: 'NON_COMPLIANT' }), drifts: [], earlier: [], actor: 'ci', ts: s.ts }));
    expect(detected.map((d) => [d.name, d.reason])).toEqual([['api', 'NON_COMPLIANT'], ['web', 'NON_COMPLIANT']]);
    expect(detected[0]?.details).toBe('payments: Missing required attestations: sbom');
    const later = asFacts(planDrift({ environment: 'production', snapshot: s, status: statusOf(s, { [D('b')]: 'NON_COMPLIANT' }), drifts: detected, earlier: [], actor: 'ci', ts: '2026-11-24T00:00:00.000Z' }));
    expect(later.map((d) => [d.event, d.name, d.resolution])).toEqual([['DRIFT_RESOLVED', 'api', 'COMPLIANT']]);
  });
});

describe('pickSnapshot', () => {
  const a = snap([run('api', D('a'))], undefined, '2026-11-01T10:00:00.000Z');
  const b = snap([run('api', D('b'))], a, '2026-11-15T10:00:00.000Z');
  it('by id prefix, or by date: the snapshot running then', () => {
    expect(pickSnapshot([a, b], b.id.slice(0, 8), '--to')).toBe(b);
    expect(pickSnapshot([a, b], '2026-11-14', '--to')).toBe(a);
    expect(pickSnapshot([a, b], '2026-11-15', '--to')).toBe(b);
    expect(() => pickSnapshot([a, b], '2026-10-01', '--from')).toThrow('--from 2026-10-01: the environment had no snapshot yet at that time');
    expect(() => pickSnapshot([a, b], 'yesterday', '--from')).toThrow(/is neither a snapshot id/);
  });
});
