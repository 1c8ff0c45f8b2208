import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from '../../core/model/fact-id.js';
import { allowedSignersFile } from '../../core/signing/index.js';
import { commitFiles, createAppRepo } from './app-repo.js';
import { DEMO_FLOW, demoConfig } from './demo-config.js';
import { EXAMPLE_REPORTS, placeReport } from './example-evidence.js';
import { writeRunningPods } from './running-pods.js';
import type { DemoSession } from './session.js';

export interface DemoPaths {
  repo: string;
  keyFile: string;
  /** alice's own key: her approvals count only when she signs them */
  aliceKeyFile: string;
  allowedSigners: string;
}

export interface DemoOutcome {
  releases: { trail: string; commit: string; artifact: string; assert: string; gate: string }[];
  oldDigestAfterFix: string;
  /** env status of production after 1.0.1 was deployed, then after an image with no provenance replaced it */
  production: { afterRelease: string; afterLaptopImage: string };
  verified: boolean;
}

const IMAGE = 'registry.example.com/acme/payment-service';
const F = ['--flow', DEMO_FLOW];

/** The whole lifecycle of DESIGN §5's demo: a failed release, a fixed one, the audit log, verification. */
export async function runLifecycle(s: DemoSession, paths: DemoPaths, now: () => Date): Promise<DemoOutcome> {
  await createAppRepo(paths.repo);
  s.say(`\nCreated the application repository ${paths.repo} (branch main).`);

  await s.factstore('Generate the signing key CI signs facts with', ['keygen', '--out', path.relative(paths.repo, paths.keyFile), '--comment', 'ci@demo'], 0);
  await s.factstore('alice generates her own key: only she can sign her approvals', ['keygen', '--out', path.relative(paths.repo, paths.aliceKeyFile), '--comment', 'alice@demo'], 0);
  const signer = { principal: 'ci@demo', key: (await readFile(`${paths.keyFile}.pub`, 'utf8')).trim() };
  const alice = { principal: 'alice@demo', key: (await readFile(`${paths.aliceKeyFile}.pub`, 'utf8')).trim(), actors: ['alice'] };
  await writeFile(paths.allowedSigners, allowedSignersFile([signer, alice]));
  s.setEnv('FACTSTORE_SIGNING_KEY', await readFile(paths.keyFile, 'utf8'));
  const asAlice = { FACTSTORE_SIGNING_KEY: await readFile(paths.aliceKeyFile, 'utf8'), FACTSTORE_ACTOR: 'alice' };
  const config = demoConfig(signer, alice);
  s.say(`\nThe config .github/factstore.yml (the flow, its required evidence, the approver, the trusted keys and what each may sign):\n${indent(config)}`);

  const commit1 = await commitFiles(paths.repo, { 'README.md': '# payment service\n', 'src/version.txt': '1.0.0\n', '.github/factstore.yml': config }, 'payment service 1.0.0', now());
  s.say(`\nCommitted release 1.0.0 on main, with the config: ${commit1}\n(factstore reads the config committed in the repository, never an uncommitted copy: the trust root is reviewed config)`);
  await s.factstore('Create the facts branch', ['init'], 0);

  const digest1 = digestOf(`${IMAGE}:1.0.0`);
  await recordRelease(s, 'build-101', commit1, digest1, '1.0.0', false, asAlice);
  const assert1 = await s.factstore('Is image 1.0.0 compliant?', ['assert', ...F, '--sha256', digest1], 1, 'NON_COMPLIANT, a pipeline would stop here');
  await s.factstore('The same answer as the Markdown breakdown a job summary, check run or PR comment shows', ['assert', ...F, '--sha256', digest1, '--markdown'], 1);
  const gate1 = await s.factstore('May commit 1.0.0 be deployed?', ['gate', '--commit', commit1], 1, 'GATE_BLOCKED');

  const commit2 = await commitFiles(paths.repo, { 'src/version.txt': '1.0.1\n' }, 'payment service 1.0.1: upgrade libexample to 2.3.2', now());
  s.say(`\nFixed the vulnerability and committed release 1.0.1: ${commit2}`);
  const digest2 = digestOf(`${IMAGE}:1.0.1`);
  await recordRelease(s, 'build-102', commit2, digest2, '1.0.1', true, asAlice);
  const assert2 = await s.factstore('Is image 1.0.1 compliant?', ['assert', ...F, '--sha256', digest2], 0, 'COMPLIANT');
  const gate2 = await s.factstore('May commit 1.0.1 be deployed? (recording the decision)', ['gate', '--commit', commit2, '--record'], 0, 'GATE_ALLOWED');
  const old = await s.factstore('The old image stays non-compliant (a FAILED attestation is sticky)', ['assert', ...F, '--sha256', digest1], 1, 'NON_COMPLIANT');

  const deployed = await writeRunningPods(s.cwd, 'pods-1.json', [
    { name: 'payment-service-7d9c5b6f4d-2xkqp', image: `${IMAGE}:1.0.1`, digest: digest2 },
    { name: 'payment-service-7d9c5b6f4d-9mzlt', image: `${IMAGE}:1.0.1`, digest: digest2 },
  ]);
  await s.factstore('1.0.1 is deployed: record what production runs, from kubectl get pods -A -o json', ['snapshot', 'k8s', '--environment', 'production', '--file', deployed], 0);
  const envBefore = await s.factstore('Is everything running in production allowed there?', ['env', 'status', 'production'], 0, 'COMPLIANT');
  const laptop = digestOf(`${IMAGE}:hotfix-built-on-a-laptop`);
  const drifted = await writeRunningPods(s.cwd, 'pods-2.json', [{ name: 'payment-service-5c8f7b9d6-k2lp4', image: `${IMAGE}:hotfix`, digest: laptop }]);
  await s.factstore('Someone deploys an image built on a laptop: the next snapshot finds drift, recorded once', ['snapshot', 'k8s', '--environment', 'production', '--file', drifted], 0, 'DRIFT_DETECTED');
  const envAfter = await s.factstore('Production is no longer compliant', ['env', 'status', 'production'], 1, 'NON_COMPLIANT: the image has no provenance');
  await s.factstore('What changed in production, and whether what entered is compliant', ['env', 'diff', 'production'], 1);
  await s.factstore('The compliance posture, with the SOC 2 controls the flow evidences', ['posture', '--framework', 'soc2'], 0);

  await s.factstore('Where is the payment-service image? Search finds its flow and every artifact recorded under that name, from the trusted facts', ['search', 'payment'], 0);
  await s.factstore('Everything alice approved', ['search', 'alice', '--kind', 'approval'], 0);
  await s.factstore('The attestation type registry: how each type judges its evidence', ['types', 'list'], 0);
  await s.factstore('The chain of custody of image 1.0.1: every fact about it and the facts commit that holds it', ['compliance', 'artifact', digest2], 0);
  await s.factstore('The evidence files recorded for release 1.0.1 (each one can be fetched back with evidence get)', ['evidence', 'list', ...F, '--trail', 'build-102'], 0);
  await s.factstore('The audit log, newest first', ['log'], 0);
  await s.factstore('Verify every signature, fact and evidence file', ['verify'], 0, 'every facts commit is signed by a trusted key');
  const day = now().toISOString().slice(0, 10);
  const bundle = path.join(path.dirname(paths.allowedSigners), `audit-${day}.tar.gz`);
  await s.factstore("An auditor's bundle of today's facts, filed under the SOC 2 controls", ['export', 'bundle', '--from', day, '--to', day, '--framework', 'soc2', '--out', bundle], 0);
  await s.factstore('The auditor checks it offline, with the keys they were given', ['export', 'verify', bundle, '--allowed-signers', paths.allowedSigners], 0, 'VERIFIED');

  return {
    releases: [
      { trail: 'build-101', commit: commit1, artifact: digest1, assert: statusWord(assert1), gate: gateWord(gate1) },
      { trail: 'build-102', commit: commit2, artifact: digest2, assert: statusWord(assert2), gate: gateWord(gate2) },
    ],
    oldDigestAfterFix: statusWord(old),
    production: { afterRelease: statusWord(envBefore), afterLaptopImage: statusWord(envAfter) },
    verified: true,
  };
}

async function recordRelease(s: DemoSession, trail: string, commit: string, digest: string, tag: string, fixed: boolean, asAlice: Record<string, string>): Promise<void> {
  const T = [...F, '--trail', trail];
  await s.factstore(`CI starts trail ${trail} for commit ${commit.slice(0, 7)}, written by dave`, ['trails', 'begin', ...T, '--commit', commit, '--git-branch', 'main', '--author', 'dave'], 0);
  await s.factstore(`CI records the image it built`, ['artifacts', 'create', ...T, '--name', IMAGE, '--tag', tag, '--sha256', digest], 0);
  const junit = await placeReport(s.cwd, EXAMPLE_REPORTS.unitTests, `junit-${tag}.xml`);
  await s.factstore('CI attests the unit tests with the JUnit report vitest wrote (the type\'s jq judges it)', ['attest', ...T, '--type', 'unit-tests', '--evidence', junit], 0);
  const scan = await placeReport(s.cwd, fixed ? EXAMPLE_REPORTS.cleanScan : EXAMPLE_REPORTS.scanWithCritical, `snyk-${tag}.json`);
  await s.factstore(
    fixed ? 'CI attests the vulnerability scan: a clean snyk report' : 'CI attests the vulnerability scan: snyk found a critical and a high vulnerability',
    ['attest', ...T, '--type', 'vulnerability-scan', '--evidence', scan],
    0,
  );
  const sbom = await placeReport(s.cwd, EXAMPLE_REPORTS.sbom, `sbom-${tag}.cdx.json`);
  await s.factstore('CI attests the SBOM npm wrote (checked against the type\'s JSON Schema)', ['attest', ...T, '--type', 'sbom', '--evidence', sbom], 0);
  if (!fixed) {
    await s.factstore('The CI key cannot approve on alice\'s behalf: refused, nothing written', ['--actor', 'alice', 'approve', ...T], 2, 'only alice\'s own key may');
  }
  await s.factstore('alice approves the release, signing with her own key', ['approve', ...T, '--comment', 'release notes reviewed'], 0, undefined, asAlice);
}

function digestOf(text: string): string {
  return `sha256:${sha256Hex(text)}`;
}

function statusWord(exitCode: number): string {
  return exitCode === 0 ? 'COMPLIANT' : 'NON_COMPLIANT';
}

function gateWord(exitCode: number): string {
  return exitCode === 0 ? 'GATE_ALLOWED' : 'GATE_BLOCKED';
}

function indent(text: string): string {
  return text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
}
