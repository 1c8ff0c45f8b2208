// Realistic releases for the breakdown tests: facts built as tests/evaluate builds them, evidence
// summaries from really parsing the tool outputs in tests/fixtures/evidence/, then the real engine.
import type { BypassConfig, FlowConfig, PolicyConfig, TypeConfig } from '../../src/core/config/config.js';
import { assertArtifact } from '../../src/core/evaluate/assert-artifact.js';
import { gateCommit } from '../../src/core/evaluate/gate-commit.js';
import type { PolicyEvaluator } from '../../src/core/evaluate/policies.js';
import type { AssertResult, GateResult } from '../../src/core/evaluate/types.js';
import { parseEvidence, type EvidenceFormat } from '../../src/core/evidence/index.js';
import type { EvidenceRef } from '../../src/core/model/fact.js';
import { sha256Hex } from '../../src/core/model/fact-id.js';
import type { BreakdownLinks } from '../../src/core/report/breakdown/index.js';
import { commitOf, config, digestOf, FakeStore, flowConfig, minute, TrailBuilder } from '../evaluate/helpers.js';
import { readFixture } from '../evidence/fixtures.js';

/** One day after the first fact: every relative time in the snapshots is measured from here. */
export const NOW = new Date(minute(24 * 60));
export const IMAGE = digestOf('payment-service:1.4.0');
export const UNKNOWN_IMAGE = digestOf('payment-service:9.9.9');
export const COMMIT = commitOf('payment-service 1.4.0');

export const TYPES: Record<string, TypeConfig> = {
  'unit-tests': { format: 'junit' },
  'vulnerability-scan': { format: 'trivy' },
  sbom: { format: 'cyclonedx' },
  lint: { format: 'sarif' },
};

export const POLICIES: Record<string, PolicyConfig> = {
  'no-criticals': { jq: '[.attestations[].summary.critical // 0] | add == 0' },
};

export const BYPASS: BypassConfig = {
  actors: ['alice', '@acme/sre'],
  reasons: { 'incident-hotfix': 'Sev1 fix', 'pre-existing-main-blocker': 'Failure also on main' },
  maxTtl: '30d',
};

/** The links the App would build for facts kept in acme/compliance-facts. */
export const GITHUB_LINKS: BreakdownLinks = {
  evidence: (sha256) => {
    const hex = sha256.replace(/^sha256:/, '');
    return `https://github.com/acme/compliance-facts/blob/factstore/evidence/${hex.slice(0, 2)}/${hex}`;
  },
  factsCommit: (commit) => `https://github.com/acme/compliance-facts/commit/${commit}`,
};

export const payments = (overrides: Partial<FlowConfig> = {}): FlowConfig =>
  flowConfig({
    description: 'Compliance pipeline for the payment service',
    approval: { required: true, approvers: ['alice', 'bob', '@acme/release-managers'], min: 1, forbidSelf: true },
    ...overrides,
  });

/** A fixture parsed for real: the reference a fact records, and the status the format's default rule gives. */
export function evidence(format: EvidenceFormat, file: string): { ref: EvidenceRef; status: 'PASSED' | 'FAILED' } {
  const bytes = readFixture(format, file);
  const name = file.slice(file.indexOf('__') + 2);
  const parsed = parseEvidence(bytes, { name, format });
  const ref: EvidenceRef = { name, sha256: `sha256:${sha256Hex(bytes)}`, size: bytes.byteLength, format, summary: parsed.summary };
  return { ref, status: parsed.defaultStatus };
}

/** Records an attestation of `type` with the fixture as evidence, its status from the parser. */
export function attestFile(t: TrailBuilder, type: string, format: EvidenceFormat, file: string, extra: { runAttempt?: string; evidenceUrl?: string } = {}): void {
  const { ref, status } = evidence(format, file);
  t.attest(type, status, { evidence: [ref], artifact: IMAGE, ...extra });
}

/** Stands in for the jq engine: `no-criticals` counts criticals in every attestation's evidence. */
export const criticalsPolicy: PolicyEvaluator = {
  evaluate(name, _policy, doc) {
    if (name !== 'no-criticals') return { allow: true, reasons: [] };
    const reasons = doc.attestations.flatMap((a) =>
      a.evidence.flatMap((e) => {
        const critical = Number(e.summary?.critical ?? 0);
        return critical > 0 ? [`${critical} critical vulnerabilities in ${e.name} (${a.type})`] : [];
      }),
    );
    return { allow: reasons.length === 0, reasons };
  },
};

const runUrl = (id: number): string => `https://github.com/acme/payment-service/actions/runs/${id}`;

function started(trail: string, flow = 'payment-service'): TrailBuilder {
  const t = new TrailBuilder(trail, 0, flow);
  t.begin(COMMIT, { gitBranch: 'main', author: 'dave' });
  t.artifact(IMAGE, 'payment-service', '1.4.0');
  return t;
}

async function assertOn(flow: FlowConfig, trail: TrailBuilder, digest = IMAGE): Promise<AssertResult> {
  const store = new FakeStore().add(trail);
  return assertArtifact({ store, flow, digest, policies: POLICIES, policyEvaluator: criticalsPolicy });
}

/** Everything passed: 109 tests, a clean scan, an SBOM, alice approved. */
export async function compliantRelease(): Promise<{ flow: FlowConfig; result: AssertResult }> {
  const flow = payments({ policies: ['no-criticals'] });
  const t = started('build-1842');
  attestFile(t, 'unit-tests', 'junit', 'mocha-xunit__latex-utensils.xml', { evidenceUrl: runUrl(1842) });
  attestFile(t, 'vulnerability-scan', 'trivy', 'trivy-image__debian-stretch.json.golden.json', { evidenceUrl: runUrl(1842) });
  attestFile(t, 'sbom', 'cyclonedx', 'syft-1.11.0__syft-scan-alpine-container.cdx.json');
  t.approve('alice', 'APPROVED', 'ship it');
  return { flow, result: await assertOn(flow, t) };
}

/**
 * Blocked four ways: the SBOM was never recorded, the unit tests failed (Surefire: 2 failures,
 * 5 errors), bob rejected (carol's approval does not count), and a container scan with two
 * criticals trips the no-criticals policy.
 */
export async function blockedRelease(): Promise<{ flow: FlowConfig; result: AssertResult }> {
  const flow = payments({ policies: ['no-criticals'] });
  const t = started('build-1843');
  attestFile(t, 'unit-tests', 'junit', 'surefire__TEST-action.surefire.report.email.EmailAddressTest.xml', { evidenceUrl: runUrl(1843) });
  attestFile(t, 'vulnerability-scan', 'trivy', 'trivy-image__debian-stretch.json.golden.json', { evidenceUrl: runUrl(1843) });
  attestFile(t, 'container-scan', 'trivy', 'trivy-image__photon-30.json.golden.json');
  t.approve('carol');
  t.approve('bob', 'REJECTED', 'the email validation regressions must be fixed first');
  return { flow, result: await assertOn(flow, t) };
}

/** `retries: latest`: the first run's unit tests failed, the re-run passed and decides. */
export async function retriedRelease(): Promise<{ flow: FlowConfig; result: AssertResult }> {
  const flow = payments({ retries: 'latest', approval: undefined });
  const t = started('build-1844');
  attestFile(t, 'unit-tests', 'junit', 'nette-tester__tester-v1.7-report.xml', { runAttempt: '1', evidenceUrl: `${runUrl(1844)}/attempts/1` });
  attestFile(t, 'unit-tests', 'junit', 'pytest__junit.gloo.elastic.xml', { runAttempt: '2', evidenceUrl: `${runUrl(1844)}/attempts/2` });
  attestFile(t, 'vulnerability-scan', 'trivy', 'trivy-image__scheme_2_many_vulns.json', { runAttempt: '1' });
  attestFile(t, 'sbom', 'cyclonedx', 'trivy-0.48.1__issue_9277.cdx.json');
  return { flow, result: await assertOn(flow, t) };
}

/** A digest no trail recorded (a trail of the flow exists, for another image). */
export async function unknownArtifact(): Promise<{ flow: FlowConfig; result: AssertResult }> {
  const flow = payments();
  return { flow, result: await assertOn(flow, started('build-1845').passAll(), UNKNOWN_IMAGE) };
}

/** Only the SBOM job has not finished: its attestation is still PENDING. */
export async function pendingRelease(): Promise<{ flow: FlowConfig; result: AssertResult }> {
  const flow = payments({ approval: undefined });
  const t = started('build-1846');
  attestFile(t, 'unit-tests', 'junit', 'scalatest__TEST-uk.co.gresearch.spark.diff.DiffOptionsSuite.xml');
  attestFile(t, 'vulnerability-scan', 'trivy', 'trivy-repo__gomod.json.golden.json');
  t.attest('sbom', 'PENDING', { artifact: IMAGE, details: 'syft is scanning the image' });
  return { flow, result: await assertOn(flow, t) };
}

/**
 * Statuses given by hand against their evidence, each with its recorded reason: the unit tests
 * PASSED over a Surefire report with failures, and the scan FAILED over a clean report.
 */
export async function overriddenRelease(): Promise<{ flow: FlowConfig; result: AssertResult }> {
  const flow = payments({ policies: ['no-criticals'] });
  const t = started('build-1849');
  const tests = evidence('junit', 'surefire__TEST-action.surefire.report.email.EmailAddressTest.xml');
  t.attest('unit-tests', 'PASSED', {
    evidence: [tests.ref],
    artifact: IMAGE,
    evidenceUrl: runUrl(1849),
    override: { reason: 'EmailAddressTest fails on the runner locale only | PAY-1422, checked by @alice', verdict: tests.status },
  });
  const scan = evidence('trivy', 'trivy-image__debian-stretch.json.golden.json');
  t.attest('vulnerability-scan', 'FAILED', { evidence: [scan.ref], artifact: IMAGE, override: { reason: 'scanned the old base image, not this one', verdict: scan.status } });
  attestFile(t, 'sbom', 'cyclonedx', 'syft-1.11.0__syft-scan-alpine-container.cdx.json');
  t.approve('alice', 'APPROVED', 'ship it');
  return { flow, result: await assertOn(flow, t) };
}

/** A failed scan on main, let through by alice's incident-hotfix bypass that ends in 3 days. */
export async function bypassedGate(): Promise<{ flows: Record<string, FlowConfig>; result: GateResult }> {
  const flow = payments({ approval: undefined, branches: ['main'] });
  const t = started('build-1847');
  attestFile(t, 'unit-tests', 'junit', 'mocha-xunit__latex-utensils.xml');
  attestFile(t, 'vulnerability-scan', 'trivy', 'trivy-fs__misconfigurations_and_secrets.json', { evidenceUrl: runUrl(1847) });
  attestFile(t, 'sbom', 'spdx', 'k8s-bom__example11.sbom.spdx.json');
  t.bypass('alice', 'incident-hotfix', minute(4 * 24 * 60));
  const store = new FakeStore().add(t);
  const cfg = config([flow], { bypass: BYPASS, types: TYPES });
  return { flows: cfg.flows, result: await gateCommit({ store, config: cfg, commit: COMMIT, now: NOW }) };
}

/** One commit, three flows: payments passes, the docs site has no trail, code quality failed (sticky). */
export async function severalFlowsGate(): Promise<{ flows: Record<string, FlowConfig>; result: GateResult }> {
  const pay = payments();
  const docs = flowConfig({ name: 'docs-site', description: 'Documentation site', require: ['build', 'link-check'] });
  const quality = flowConfig({ name: 'code-quality', require: ['lint', 'unit-tests'] });
  const t = started('build-1848');
  attestFile(t, 'unit-tests', 'junit', 'mocha-xunit__latex-utensils.xml');
  attestFile(t, 'vulnerability-scan', 'trivy', 'trivy-image__debian-stretch.json.golden.json');
  attestFile(t, 'sbom', 'cyclonedx', 'cyclonedx-php-composer__laravel-7.12.0.bom.1.4.json');
  t.approve('alice');
  const q = new TrailBuilder('build-1848', 100, 'code-quality');
  q.begin(COMMIT, { gitBranch: 'main' });
  const lint = evidence('sarif', 'eslint-9.39.5__eslint-formatter-sarif-3.1.0.sarif');
  q.attest('lint', lint.status, { evidence: [lint.ref] });
  const tests = evidence('junit', 'gotestsum__junitxml-report.golden.xml');
  q.attest('unit-tests', tests.status, { evidence: [tests.ref] });
  const store = new FakeStore().add(t, q);
  const cfg = config([pay, docs, quality], { types: TYPES });
  return { flows: cfg.flows, result: await gateCommit({ store, config: cfg, commit: COMMIT, now: NOW }) };
}
