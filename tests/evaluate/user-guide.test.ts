// The two end-to-end examples of the user guide (§23 "The Fact Lifecycle"), replayed on the engine.
import { describe, expect, it } from 'vitest';
import { assertArtifact } from '../../src/core/evaluate/assert-artifact.js';
import { gateCommit } from '../../src/core/evaluate/gate-commit.js';
import type { ApprovalEvaluation, AssertResult } from '../../src/core/evaluate/types.js';
import { commitOf, config, digestOf, FakeStore, FLOW, flowConfig, idOf, minute, TrailBuilder } from './helpers.js';

const flow = flowConfig(); // requires unit-tests, vulnerability-scan, sbom; no approval
const now = new Date(minute(600));
// The evaluations below are written out by hand from DESIGN §4, never computed by the engine.
/** No approval required; `author` is the trail's recorded author, checked against self-approval. */
const noApproval = (author: string | null = null): ApprovalEvaluation => ({
  required: false,
  granted: 0,
  min: 0,
  rejected: false,
  approvedBy: [],
  rejectedBy: [],
  ignored: [],
  selfApproved: [],
  author,
  authorUnknown: false,
});

describe('user guide: a compliant release', () => {
  it('trail → artifact → unit-tests, vulnerability-scan, sbom PASSED → assert COMPLIANT', async () => {
    const commit = commitOf('a1b2c3d4');
    const digest = digestOf('myapp:v2.4.1');
    const trail = new TrailBuilder(commit);
    trail.begin(commit, { gitBranch: 'main', author: 'alice' });
    trail.artifact(digest, 'myapp', 'v2.4.1');
    trail.attest('unit-tests', 'PASSED', { details: '1 247 tests passed, 0 failures', evidenceUrl: 'https://ci.example.com/runs/42' });
    trail.attest('vulnerability-scan', 'PASSED');
    trail.attest('sbom', 'PASSED');
    const store = new FakeStore().add(trail);

    const result = await assertArtifact({ store, flow, digest });

    expect(result).toEqual<AssertResult>({
      sha256Digest: digest,
      flow: FLOW,
      status: 'COMPLIANT',
      trail: commit,
      missingAttestationTypes: [],
      failedAttestationTypes: [],
      approval: { required: false, granted: 0, min: 0 },
      policyViolations: [],
      details: 'All required attestations passed',
      trailsConsidered: 1,
      evaluation: {
        flow: FLOW,
        trail: commit,
        artifact: digest,
        status: 'COMPLIANT',
        types: [
          {
            type: 'unit-tests',
            status: 'PASSED',
            decidedBy: idOf(trail, 2),
            pending: false,
            superseded: [],
            evidence: [],
            details: '1 247 tests passed, 0 failures',
            evidenceUrl: 'https://ci.example.com/runs/42',
          },
          { type: 'vulnerability-scan', status: 'PASSED', decidedBy: idOf(trail, 3), pending: false, superseded: [], evidence: [] },
          { type: 'sbom', status: 'PASSED', decidedBy: idOf(trail, 4), pending: false, superseded: [], evidence: [] },
        ],
        missing: [],
        failed: [],
        approval: noApproval('alice'),
        policyViolations: [],
        problems: 0,
        newest: minute(4),
        details: 'All required attestations passed',
      },
    });
    const gate = await gateCommit({ store, config: config([flow]), commit, now });
    expect(gate.decision).toBe('GATE_ALLOWED');
  });
});

describe('user guide: a blocked release', () => {
  const oldCommit = commitOf('bad-build');
  const oldDigest = digestOf('myapp:v2.4.2');
  const newCommit = commitOf('fixed-build');
  const newDigest = digestOf('myapp:v2.4.3');

  function blockedTrail(): TrailBuilder {
    const t = new TrailBuilder(oldCommit);
    t.begin(oldCommit, { gitBranch: 'main' });
    t.artifact(oldDigest, 'myapp', 'v2.4.2');
    t.attest('unit-tests', 'PASSED');
    t.attest('vulnerability-scan', 'FAILED', { details: 'critical CVEs found' });
    return t;
  }

  it('a FAILED vulnerability-scan makes the artifact NON_COMPLIANT', async () => {
    const old = blockedTrail();
    const store = new FakeStore().add(old);

    const result = await assertArtifact({ store, flow, digest: oldDigest });

    expect(result).toEqual<AssertResult>({
      sha256Digest: oldDigest,
      flow: FLOW,
      status: 'NON_COMPLIANT',
      trail: oldCommit,
      missingAttestationTypes: ['sbom'],
      failedAttestationTypes: ['vulnerability-scan'],
      approval: { required: false, granted: 0, min: 0 },
      policyViolations: [],
      details: 'Missing required attestations: sbom; failed: vulnerability-scan',
      trailsConsidered: 1,
      evaluation: {
        flow: FLOW,
        trail: oldCommit,
        artifact: oldDigest,
        status: 'NON_COMPLIANT',
        types: [
          { type: 'unit-tests', status: 'PASSED', decidedBy: idOf(old, 2), pending: false, superseded: [], evidence: [] },
          { type: 'vulnerability-scan', status: 'FAILED', decidedBy: idOf(old, 3), pending: false, superseded: [], evidence: [], details: 'critical CVEs found' },
          { type: 'sbom', status: 'MISSING', pending: false, superseded: [], evidence: [] },
        ],
        missing: ['sbom'],
        failed: ['vulnerability-scan'],
        approval: noApproval(),
        policyViolations: [],
        problems: 2,
        newest: minute(3),
        details: 'Missing required attestations: sbom; failed: vulnerability-scan',
      },
    });
    expect((await gateCommit({ store, config: config([flow]), commit: oldCommit, now })).decision).toBe('GATE_BLOCKED');
  });

  it('a new trail for a new commit with everything PASSED is COMPLIANT; the old digest stays NON_COMPLIANT', async () => {
    const old = blockedTrail();
    old.attest('vulnerability-scan', 'PASSED', { runAttempt: '2' }); // re-running the old trail does not help
    old.attest('sbom', 'PASSED');
    const fixed = new TrailBuilder(newCommit, 100);
    fixed.begin(newCommit, { gitBranch: 'main' });
    fixed.artifact(newDigest, 'myapp', 'v2.4.3');
    fixed.passAll();
    const store = new FakeStore().add(old, fixed);

    const fresh = await assertArtifact({ store, flow, digest: newDigest });
    expect(fresh).toEqual<AssertResult>({
      sha256Digest: newDigest,
      flow: FLOW,
      status: 'COMPLIANT',
      trail: newCommit,
      missingAttestationTypes: [],
      failedAttestationTypes: [],
      approval: { required: false, granted: 0, min: 0 },
      policyViolations: [],
      details: 'All required attestations passed',
      trailsConsidered: 1,
      evaluation: {
        flow: FLOW,
        trail: newCommit,
        artifact: newDigest,
        status: 'COMPLIANT',
        types: [
          { type: 'unit-tests', status: 'PASSED', decidedBy: idOf(fixed, 2), pending: false, superseded: [], evidence: [] },
          { type: 'vulnerability-scan', status: 'PASSED', decidedBy: idOf(fixed, 3), pending: false, superseded: [], evidence: [] },
          { type: 'sbom', status: 'PASSED', decidedBy: idOf(fixed, 4), pending: false, superseded: [], evidence: [] },
        ],
        missing: [],
        failed: [],
        approval: noApproval(),
        policyViolations: [],
        problems: 0,
        newest: minute(104),
        details: 'All required attestations passed',
      },
    });

    const stale = await assertArtifact({ store, flow, digest: oldDigest });
    expect(stale).toEqual<AssertResult>({
      sha256Digest: oldDigest,
      flow: FLOW,
      status: 'NON_COMPLIANT',
      trail: oldCommit,
      missingAttestationTypes: [],
      failedAttestationTypes: ['vulnerability-scan'],
      approval: { required: false, granted: 0, min: 0 },
      policyViolations: [],
      details: 'Failed required attestations: vulnerability-scan',
      trailsConsidered: 1,
      evaluation: {
        flow: FLOW,
        trail: oldCommit,
        artifact: oldDigest,
        status: 'NON_COMPLIANT',
        types: [
          { type: 'unit-tests', status: 'PASSED', decidedBy: idOf(old, 2), pending: false, superseded: [], evidence: [] },
          // sticky: the re-run's PASSED (fact 4) does not lift the FAILED scan (fact 3)
          { type: 'vulnerability-scan', status: 'FAILED', decidedBy: idOf(old, 3), pending: false, superseded: [], evidence: [], details: 'critical CVEs found' },
          { type: 'sbom', status: 'PASSED', decidedBy: idOf(old, 5), pending: false, superseded: [], evidence: [] },
        ],
        missing: [],
        failed: ['vulnerability-scan'],
        approval: noApproval(),
        policyViolations: [],
        problems: 1,
        newest: minute(5),
        details: 'Failed required attestations: vulnerability-scan',
      },
    });

    const gateOld = await gateCommit({ store, config: config([flow]), commit: oldCommit, now });
    const gateNew = await gateCommit({ store, config: config([flow]), commit: newCommit, now });
    expect([gateOld.decision, gateNew.decision]).toEqual(['GATE_BLOCKED', 'GATE_ALLOWED']);
  });
});
