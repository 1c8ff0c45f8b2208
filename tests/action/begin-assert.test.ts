import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArtifactFact, TrailFact } from '../../src/core/model/fact.js';
import { validate } from '../../src/core/schema/index.js';
import { exportFactsBranch, trailFacts } from './facts.js';
import { commands } from './runner.js';
import { FLOW, REPO, putEvidence, world, type World } from './world.js';

const begin = (w: World, inputs: Record<string, string>) => w.step({ flow: FLOW, ...inputs }, {}, 'begin');
const assert = (w: World, inputs: Record<string, string>) => w.step({ flow: FLOW, 'signing-key': '', ...inputs }, {}, 'assert');

function buildArtifact(w: World): { file: string; digest: string } {
  const bytes = Buffer.from('#!/bin/sh\necho payment-service 1.4.2\n');
  writeFileSync(path.join(w.workspace, 'app.bin'), bytes);
  return { file: 'app.bin', digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}

describe('the begin step', () => {
  it('starts the trail for the commit and records the artifact, once', async () => {
    const w = await world();
    const { file, digest } = buildArtifact(w);
    const r = await begin(w, { 'artifact-file': file, 'artifact-name': 'ghcr.io/acme/payment-service', 'artifact-tag': '1.4.2' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const tip = w.gh.ref(REPO, 'heads/factstore');
    expect(r.outputs).toEqual({ trail: w.sha, 'facts-commit': tip, artifact: digest });
    const [start, artifact, ...rest] = trailFacts(w.gh, FLOW, w.sha) as [TrailFact, ArtifactFact];
    expect(rest).toEqual([]);
    expect(start).toMatchObject({ kind: 'trail', trail: w.sha, commit: w.sha, gitBranch: 'main', actor: 'octocat', context: { runId: '9000000001' } });
    expect(artifact).toMatchObject({ kind: 'artifact', trail: w.sha, artifact: digest, name: 'ghcr.io/acme/payment-service', tag: '1.4.2' });
    expect(r.summary).toContain('## ❌ Factstore: NON_COMPLIANT');

    const again = await begin(w, { 'artifact-file': file, 'artifact-name': 'ghcr.io/acme/payment-service', 'artifact-tag': '1.4.2' });
    expect(again.code).toBe(0);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(tip);
    expect(trailFacts(w.gh, FLOW, w.sha).length).toBe(2);

    const other = await begin(w, { trail: w.sha, commit: 'a'.repeat(40) });
    expect(other.code).toBe(1);
    expect(commands(other.stdout, 'error')[0]?.message).toBe(
      `factstore: trail ${w.sha} of flow ${FLOW} was already started for commit ${w.sha}: give another \`trail\` for commit ${'a'.repeat(40)}.`,
    );
    expect((await exportFactsBranch(w.gh, w.key)).unverified).toEqual({});
  });

  it('wants a name with an artifact', async () => {
    const w = await world();
    const r = await begin(w, { artifact: `sha256:${'b'.repeat(64)}` });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error')[0]?.message).toContain('an artifact needs a name: add `artifact-name`');
  });
});

describe('the assert step', () => {
  it('passes when COMPLIANT and outputs the assert JSON; fails with the JSON printed otherwise', async () => {
    const w = await world();
    const { file, digest } = buildArtifact(w);
    expect((await begin(w, { 'artifact-file': file, 'artifact-name': 'app' })).code).toBe(0);
    putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
    putEvidence(w, 'sarif/snyk-code__test-code-consistent-ignores.sarif.json', 'snyk.sarif');

    const early = await assert(w, { sha256: digest });
    expect(early.code).toBe(1);
    const earlyResult = JSON.parse(early.outputs.result ?? '') as Record<string, unknown>;
    expect(earlyResult).toMatchObject({ sha256Digest: digest, flow: FLOW, status: 'NON_COMPLIANT', missingAttestationTypes: ['unit-tests', 'vulnerability-scan'] });
    expect(early.outputs.status).toBe('NON_COMPLIANT');
    expect(commands(early.stdout, 'error')[0]?.message).toBe(`factstore: ${digest} is NON_COMPLIANT for flow ${FLOW}: ${String(earlyResult.details)}`);
    expect(early.stdout).toContain(JSON.stringify(earlyResult, null, 2));
    expect(early.summary).toContain('`unit-tests` is missing');

    expect((await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' })).code).toBe(0);
    expect((await w.step({ flow: FLOW, type: 'vulnerability-scan', evidence: 'snyk.sarif' })).code).toBe(0);
    w.gh.resetRequests();
    const passed = await assert(w, { 'artifact-file': file });
    expect(passed.stderr).toBe('');
    expect(passed.code).toBe(0);
    expect(commands(passed.stdout, 'error')).toEqual([]);
    const result = JSON.parse(passed.outputs.result ?? '') as unknown;
    const check = validate('cli/assert', result);
    expect(check.ok ? [] : check.errors).toEqual([]);
    expect(result).toMatchObject({ sha256Digest: digest, status: 'COMPLIANT', trail: w.sha, missingAttestationTypes: [], failedAttestationTypes: [] });
    expect(passed.outputs.status).toBe('COMPLIANT');
    expect(passed.summary).toContain('## ✅ Factstore: COMPLIANT');
    // assert only reads: the config at the default branch's tip (the branch is in the event payload),
    // then the high-water mark (the branch's first commit, the gate's check runs there: none yet),
    // the tip (read after the mark), the artifact's index, then the trail with the commits that wrote it
    const calls = w.gh.requests.map((q) => [q.method, q.operation]);
    expect(calls.slice(0, 6)).toEqual([
      ['GET', 'git.getRef'],
      ['GET', 'repos.getContent'],
      ['GET', 'repos.listCommits'],
      ['GET', 'checks.listForRef'],
      ['GET', 'repos.getBranch'],
      ['GET', 'repos.getContent'],
    ]);
    // the trail file and its commits are asked for at once
    expect(calls.slice(6).sort()).toEqual([['GET', 'repos.getContent'], ['GET', 'repos.listCommits']]);
    expect(w.gh.requests[3]).toMatchObject({ query: { app_id: '15368', filter: 'latest' } });
    expect(w.gh.requests[1]).toMatchObject({ path: `/repos/${REPO}/contents/.github/factstore.yml`, query: { ref: w.sha } });
  });

  it('an unknown artifact is NON_COMPLIANT', async () => {
    const w = await world();
    const r = await assert(w, { sha256: 'C'.repeat(64) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.result ?? '')).toMatchObject({ sha256Digest: `sha256:${'c'.repeat(64)}`, status: 'NON_COMPLIANT' });
    expect(r.summary).toContain('NON_COMPLIANT');
  });
});
