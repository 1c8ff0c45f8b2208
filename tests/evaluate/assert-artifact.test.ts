import { describe, expect, it } from 'vitest';
import { assertArtifact } from '../../src/core/evaluate/assert-artifact.js';
import type { ApprovalEvaluation, AssertResult } from '../../src/core/evaluate/types.js';
import { commitOf, digestOf, FakeStore, FLOW, flowConfig, idOf, minute, TrailBuilder } from './helpers.js';

const image = digestOf('myapp:v2');
const flow = flowConfig({ approval: { required: true, approvers: ['alice'], min: 1, forbidSelf: true } });
// The evaluations below are written out by hand from DESIGN §4, never computed by the engine.
/** alice's approval is required; no trail records an author, so self-approval could not be checked. */
const approvalBy = (approvedBy: string[]): ApprovalEvaluation => ({
  required: true,
  granted: approvedBy.length,
  min: 1,
  rejected: false,
  approvedBy,
  rejectedBy: [],
  ignored: [],
  selfApproved: [],
  author: null,
  authorUnknown: true,
});
const passedBy = (type: string, id: string) => ({ type, status: 'PASSED' as const, decidedBy: id, pending: false, superseded: [], evidence: [] });

describe('assertArtifact', () => {
  it('is COMPLIANT when any trail of the flow that recorded the digest is', async () => {
    const broken = new TrailBuilder('run-1', 0);
    broken.begin(commitOf('c1'));
    broken.artifact(image);
    broken.attest('unit-tests', 'FAILED');
    const good = new TrailBuilder('run-2', 0); // older than run-1, but compliant
    good.begin(commitOf('c1'));
    good.artifact(image);
    good.passAll();
    good.approve('alice');
    const otherFlow = new TrailBuilder('run-3', 50, 'other-flow');
    otherFlow.artifact(image);
    const store = new FakeStore().add(broken, good, otherFlow);

    const result = await assertArtifact({ store, flow, digest: image });

    expect(result).toEqual<AssertResult>({
      sha256Digest: image,
      flow: FLOW,
      status: 'COMPLIANT',
      trail: 'run-2',
      missingAttestationTypes: [],
      failedAttestationTypes: [],
      approval: { required: true, granted: 1, min: 1 },
      policyViolations: [],
      details: 'All required attestations passed',
      trailsConsidered: 2,
      evaluation: {
        flow: FLOW,
        trail: 'run-2',
        artifact: image,
        status: 'COMPLIANT',
        types: [passedBy('unit-tests', idOf(good, 2)), passedBy('vulnerability-scan', idOf(good, 3)), passedBy('sbom', idOf(good, 4))],
        missing: [],
        failed: [],
        approval: approvalBy(['alice']),
        policyViolations: [],
        problems: 0,
        newest: minute(5),
        details: 'All required attestations passed',
      },
    });
  });

  it('otherwise reports the trail with the fewest problems, the newest on ties', async () => {
    const worst = new TrailBuilder('run-a', 30); // newest, but three problems
    worst.artifact(image);
    worst.attest('unit-tests', 'PASSED');
    const olderTie = new TrailBuilder('run-b', 0);
    olderTie.artifact(image);
    olderTie.passAll(); // only the approval is missing
    const newerTie = new TrailBuilder('run-c', 10);
    newerTie.artifact(image);
    newerTie.passAll(['unit-tests', 'vulnerability-scan', 'sbom'], image);
    const store = new FakeStore().add(worst, olderTie, newerTie);

    const result = await assertArtifact({ store, flow, digest: image.toUpperCase().replace('SHA256:', 'sha256:') });

    expect(result).toEqual<AssertResult>({
      sha256Digest: image,
      flow: FLOW,
      status: 'NON_COMPLIANT',
      trail: 'run-c',
      missingAttestationTypes: [],
      failedAttestationTypes: [],
      approval: { required: true, granted: 0, min: 1 },
      policyViolations: [],
      details: 'Approval 0/1',
      trailsConsidered: 3,
      evaluation: {
        flow: FLOW,
        trail: 'run-c',
        artifact: image,
        status: 'NON_COMPLIANT',
        // attestations scoped to the digest asserted count for it
        types: [passedBy('unit-tests', idOf(newerTie, 1)), passedBy('vulnerability-scan', idOf(newerTie, 2)), passedBy('sbom', idOf(newerTie, 3))],
        missing: [],
        failed: [],
        approval: approvalBy([]),
        policyViolations: [],
        problems: 1,
        newest: minute(13),
        details: 'Approval 0/1',
      },
    });
  });

  it('formats policy violations as "policy: reason"', async () => {
    const t = new TrailBuilder('run-p');
    t.artifact(image);
    t.passAll();
    const store = new FakeStore().add(t);
    const result = await assertArtifact({
      store,
      flow: flowConfig({ policies: ['no-criticals'] }),
      digest: image,
      policies: { 'no-criticals': { jq: 'true' } },
      policyEvaluator: { evaluate: () => ({ allow: false, reasons: ['2 critical', 'unsigned image'] }) },
    });
    expect([result.status, result.policyViolations]).toEqual(['NON_COMPLIANT', ['no-criticals: 2 critical; unsigned image']]);
  });

  it('says how to record an unknown digest', async () => {
    const elsewhere = new TrailBuilder('run-x', 0, 'other-flow');
    elsewhere.artifact(image);
    const store = new FakeStore().add(elsewhere);

    const result = await assertArtifact({ store, flow, digest: image });

    expect(result).toEqual<AssertResult>({
      sha256Digest: image,
      flow: FLOW,
      status: 'NON_COMPLIANT',
      trail: null,
      missingAttestationTypes: ['unit-tests', 'vulnerability-scan', 'sbom'],
      failedAttestationTypes: [],
      approval: { required: true, granted: 0, min: 1 },
      policyViolations: [],
      details: `artifact ${image} not found in flow ${FLOW}: record it with \`factstore artifacts create\``,
      trailsConsidered: 0,
    });
  });

  it('rejects a malformed digest before reading anything', async () => {
    const store = new FakeStore();
    await expect(assertArtifact({ store, flow, digest: 'sha256:abc' })).rejects.toMatchObject({
      name: 'FactstoreError',
      code: 'BAD_INPUT',
    });
    expect(store.readAt).toEqual([]);
  });
});
