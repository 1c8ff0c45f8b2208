// Evidence and jq timings, bundled by scripts/bench.js; prints one JSON line.
//   parse FILE MAXBYTES   parse one report (one process per run: peak memory is the process's own)
//   jq RUNS               the jq engine: first evaluation (loading it), then warm evaluations
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { evaluateTrail } from '../../src/core/evaluate/evaluate-trail.js';
import { parseEvidence } from '../../src/core/evidence/index.js';
import { jqPolicyEvaluator } from '../../src/core/jq/jq-policy-evaluator.js';
import { createWorkerJqEngine } from '../../src/core/jq/worker-jq-engine.js';
import { makeFact } from '../../src/core/model/fact-id.js';
import type { Fact } from '../../src/core/model/fact.js';
import { judgeEvidence } from '../../src/core/types/judge-evidence.js';

function parse(file: string, maxBytes: number): void {
  const bytes = readFileSync(file);
  const t0 = performance.now();
  const parsed = parseEvidence(bytes, { name: file, maxBytes });
  const parseMs = performance.now() - t0;
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ parseMs, peakRssMiB, bytes: bytes.length, format: parsed.format, summary: parsed.summary })}\n`);
}

function jq(runs: number): void {
  const engine = createWorkerJqEngine();
  const summary = { tests: 1247, passed: 1240, failures: 0, errors: 0, skipped: 7 };
  const files = [{ name: 'junit.xml', format: 'junit' as const, summary, defaultStatus: 'PASSED' as const }];
  const type = { format: 'junit', jq: '.failures == 0 and .errors == 0' };
  const judge = () => judgeEvidence({ typeName: 'unit-tests', type, files, jq: () => engine });

  const t0 = performance.now();
  judge();
  const firstMs = performance.now() - t0;
  const typeMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    judge();
    typeMs.push(performance.now() - t);
  }

  // A policy over a realistic trail document (DESIGN §3's no-criticals example).
  const facts: Fact[] = [makeFact({ kind: 'trail', flow: 'f', trail: 't', actor: 'ci', ts: '2026-01-01T00:00:00.000Z' })];
  for (const [i, type] of ['unit-tests', 'vulnerability-scan', 'sbom'].entries()) {
    facts.push(makeFact({ kind: 'attestation', flow: 'f', trail: 't', actor: 'ci', ts: `2026-01-01T00:0${i + 1}:00.000Z`, type, status: 'PASSED', evidence: [{ name: `${type}.json`, sha256: `sha256:${String(i).repeat(64)}`, size: 10, format: 'snyk', summary: { critical: 0, high: 1, medium: 3, low: 9 } }] }));
  }
  const flow = { name: 'f', require: ['unit-tests', 'vulnerability-scan', 'sbom'], policies: ['no-criticals'], branches: [], environments: [], retries: 'sticky' as const };
  const policies = { 'no-criticals': { jq: '[.attestations[] | .summary.critical // 0] | add == 0' } };
  const policyEvaluator = jqPolicyEvaluator(() => engine);
  const policyMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    evaluateTrail({ flow, trail: 't', facts, policies, policyEvaluator });
    policyMs.push(performance.now() - t);
  }

  // A flow without policies never starts the engine.
  const idle = createWorkerJqEngine();
  evaluateTrail({ flow: { ...flow, policies: [] }, trail: 't', facts, policies, policyEvaluator: jqPolicyEvaluator(() => idle) });
  engine.close();
  process.stdout.write(`${JSON.stringify({ firstMs, typeMs, policyMs, loadedWithoutPolicies: idle.loaded })}\n`);
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'parse' && a !== undefined) parse(a, Number(b ?? 64 * 1024 * 1024));
else if (mode === 'jq') jq(Number(a ?? '500'));
else throw new Error('usage: evidence.js parse FILE [MAXBYTES] | jq [RUNS]');
