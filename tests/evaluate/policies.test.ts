import { describe, expect, it } from 'vitest';
import type { PolicyConfig } from '../../src/core/config/config.js';
import { evaluateTrail } from '../../src/core/evaluate/evaluate-trail.js';
import type { PolicyEvaluator } from '../../src/core/evaluate/policies.js';
import { buildTrailDocument, type TrailDocument } from '../../src/core/evaluate/trail-document.js';
import { commitOf, digestOf, FLOW, flowConfig, minute, TrailBuilder } from './helpers.js';

const policies: Record<string, PolicyConfig> = {
  'no-criticals': { jq: '[.attestations[].evidence[].summary.critical // 0] | add == 0' },
  'has-sbom': { jq: '.artifacts | length > 0' },
};
const flow = flowConfig({ require: ['vulnerability-scan'], policies: ['no-criticals', 'has-sbom'] });
const image = digestOf('image');
const other = digestOf('other');

function release(): TrailBuilder {
  const t = new TrailBuilder('release');
  t.begin(commitOf('c1'), { gitBranch: 'main', author: 'alice' });
  t.artifact(image, 'myapp', 'v1');
  t.artifact(other, 'sidecar');
  t.attest('vulnerability-scan', 'PASSED', {
    artifact: image,
    evidence: [{ name: 'trivy.json', sha256: digestOf('trivy'), size: 9, format: 'trivy', summary: { critical: 2 } }],
  });
  t.attest('vulnerability-scan', 'PASSED', { artifact: other });
  t.approve('bob', 'APPROVED', 'ship it');
  return t;
}

/** A stand-in for the jq engine: counts criticals the way the `no-criticals` policy would. */
const fakeJq: PolicyEvaluator = {
  evaluate(name, _policy, doc) {
    if (name !== 'no-criticals') return { allow: true, reasons: [] };
    const critical = doc.attestations.flatMap((a) => a.evidence).reduce((n, e) => n + Number(e.summary?.critical ?? 0), 0);
    return critical === 0 ? { allow: true, reasons: [] } : { allow: false, reasons: [`${critical} critical vulnerabilities`] };
  },
};

describe('evaluateTrail: policies (rule 4)', () => {
  it('adds the reasons of a denying policy and counts it as one problem', () => {
    const result = evaluateTrail({ flow, trail: 'release', facts: release().facts, artifact: image, policies, policyEvaluator: fakeJq });
    expect(result.policyViolations).toEqual([{ policy: 'no-criticals', reasons: ['2 critical vulnerabilities'] }]);
    expect([result.status, result.problems]).toEqual(['NON_COMPLIANT', 1]);
    expect(result.details).toBe('Policy no-criticals denied: 2 critical vulnerabilities');
  });

  it('never lets a policy pass silently without an engine', () => {
    const result = evaluateTrail({ flow, trail: 'release', facts: release().facts, artifact: image, policies });
    expect(result.policyViolations).toEqual([
      { policy: 'no-criticals', reasons: ['no policy engine available'] },
      { policy: 'has-sbom', reasons: ['no policy engine available'] },
    ]);
    expect(result.problems).toBe(2);
  });

  it('turns an undefined policy, an engine error and a reasonless deny into violations', () => {
    const throwing: PolicyEvaluator = {
      evaluate(name) {
        if (name === 'no-criticals') throw new Error('jq: timeout');
        return { allow: false, reasons: [] };
      },
    };
    const result = evaluateTrail({
      flow: flowConfig({ require: [], policies: ['no-criticals', 'has-sbom', 'ghost'] }),
      trail: 'release',
      facts: release().facts,
      policies,
      policyEvaluator: throwing,
    });
    expect(result.policyViolations).toEqual([
      { policy: 'no-criticals', reasons: ['policy evaluation failed: jq: timeout'] },
      { policy: 'has-sbom', reasons: ['denied'] },
      { policy: 'ghost', reasons: ['policy ghost is not defined: add it under `policies:` in the config'] },
    ]);
  });

  it('gives the evaluator the policy config and the trail document scoped to the artifact', () => {
    const seen: [string, PolicyConfig, TrailDocument][] = [];
    const recorder: PolicyEvaluator = {
      evaluate(name, policy, doc) {
        seen.push([name, policy, doc]);
        return { allow: true, reasons: [] };
      },
    };
    const facts = release().facts;
    evaluateTrail({ flow, trail: 'release', facts, artifact: image, policies, policyEvaluator: recorder });

    const expected: TrailDocument = {
      flow: {
        name: FLOW,
        require: ['vulnerability-scan'],
        policies: ['no-criticals', 'has-sbom'],
        branches: [],
        environments: [],
        retries: 'sticky',
      },
      trail: { name: 'release', commit: commitOf('c1'), gitBranch: 'main', author: 'alice' },
      attestations: [
        {
          type: 'vulnerability-scan',
          status: 'PASSED',
          artifact: image,
          evidence: [{ name: 'trivy.json', sha256: digestOf('trivy'), format: 'trivy', summary: { critical: 2 } }],
          summary: { critical: 2 },
          actor: 'ci',
          ts: minute(3),
        },
      ],
      artifacts: [{ artifact: image, name: 'myapp', tag: 'v1' }],
      approvals: [{ actor: 'bob', decision: 'APPROVED', comment: 'ship it', ts: minute(5) }],
    };
    expect(seen).toEqual([
      ['no-criticals', policies['no-criticals'], expected],
      ['has-sbom', policies['has-sbom'], expected],
    ]);
    // Plain JSON: no undefined values hidden in the document.
    expect(JSON.parse(JSON.stringify(expected))).toEqual(expected);
  });

  it('builds a whole-trail document when no artifact is given', () => {
    const doc = buildTrailDocument({ flow, trail: 'release', facts: release().facts });
    expect(doc.artifacts.map((a) => a.artifact)).toEqual([image, other]);
    expect(doc.attestations.map((a) => a.artifact)).toEqual([image, other]);
  });
});
