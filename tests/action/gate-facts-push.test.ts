// The workflow gate on a push to the facts branch: the commits whose trails the push touched are
// gated again; a push of gate decisions only re-gates nothing; a rewrite of the branch, or a commit
// not signed by a trusted key anywhere in what the push brought, fails loudly.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DecisionFact } from '../../src/core/model/fact.js';
import { validate } from '../../src/core/schema/index.js';
import { tempDir } from '../helpers/git.js';
import { trailFacts } from './facts.js';
import { sshSigner } from '../../src/core/signing/index.js';
import { commitChain } from '../helpers/long-history.js';
import { ALLOWED, BLOCKED, bodyOf, checkRunWrites, config, gateStep, recorded } from './gate-world.js';
import { commands } from './runner.js';
import { REPO, putEvidence, world, type World } from './world.js';

const ZERO = '0'.repeat(40);

interface PushShape {
  before: string;
  after: string;
  forced?: boolean;
  deleted?: boolean;
  messages: string[];
}

/** A push event to the facts branch, shaped as GitHub sends it (trimmed), and the step's env for it. */
function factsPush(w: World, push: PushShape): Record<string, string> {
  const event = path.join(tempDir('factstore-event-'), 'event.json');
  writeFileSync(event, JSON.stringify({
    ref: 'refs/heads/factstore',
    before: push.before,
    after: push.after,
    created: /^0{40}$/.test(push.before),
    deleted: push.deleted ?? false,
    forced: push.forced ?? false,
    commits: push.messages.map((message, i) => ({ id: i === push.messages.length - 1 ? push.after : `${i}`.padStart(40, 'e'), message, distinct: true })),
    repository: { id: 123456, name: 'app', full_name: REPO, owner: { login: 'acme', name: 'acme' }, default_branch: 'main' },
    pusher: { name: 'octocat' },
    sender: { login: 'octocat', id: 583231, type: 'User' },
  }));
  return { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_REF: 'refs/heads/factstore', GITHUB_REF_NAME: 'factstore', GITHUB_SHA: push.after };
}

describe('gate/action.yml on a push to the facts branch', () => {
  it('re-gates the commit whose trail the push touched, with every flow of that commit', async () => {
    const w = await world({ config });
    await recorded(w);
    const before = w.gh.ref(REPO, 'heads/factstore') ?? '';
    putEvidence(w, 'sarif/snyk-code__test-code-consistent-ignores.sarif.json', 'snyk.sarif');
    expect((await w.step({ flow: BLOCKED, trail: w.sha, type: 'vulnerability-scan', evidence: 'snyk.sarif' })).code).toBe(0);
    const after = w.gh.ref(REPO, 'heads/factstore') ?? '';
    w.gh.resetRequests();
    const r = await gateStep(w, {}, factsPush(w, { before, after, messages: [`factstore: ATTESTATION_RECORDED ${BLOCKED}/${w.sha} vulnerability-scan PASSED\n`] }));
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs.decision).toBe('GATE_ALLOWED');
    const results = JSON.parse(r.outputs.result ?? '') as { commit: string }[];
    expect(results.map((x) => x.commit)).toEqual([w.sha]);
    expect(results.map((x) => validate('cli/gate', x).ok)).toEqual([true]);
    expect(w.gh.requests.some((q) => q.path === `/repos/${REPO}/compare/${before}...${after}`)).toBe(true);
    const writes = checkRunWrites(w.gh.requests).map(bodyOf);
    expect(writes.map((b) => [b.name, b.head_sha, b.conclusion])).toEqual([
      [`Factstore gate / ${ALLOWED}`, w.sha, 'success'],
      [`Factstore gate / ${BLOCKED}`, w.sha, 'success'],
    ]);
    // the decisions name the facts commit they were taken on and the default branch's commit the config was read at
    const decisions = trailFacts(w.gh, BLOCKED, w.sha).filter((f): f is DecisionFact => f.kind === 'decision');
    expect(decisions.map((d) => [d.event, d.factsCommit, d.configCommit])).toEqual([['GATE_ALLOWED', after, w.gh.ref(REPO, 'heads/main')]]);
  });

  it('a push of gate decisions only re-gates nothing, so the gate cannot trigger itself', async () => {
    const w = await world({ config });
    await recorded(w);
    const before = w.gh.ref(REPO, 'heads/factstore') ?? '';
    expect((await gateStep(w)).code).toBe(0);
    const after = w.gh.ref(REPO, 'heads/factstore') ?? '';
    expect(after).not.toBe(before);
    w.gh.resetRequests();
    const r = await gateStep(w, {}, factsPush(w, { before, after, messages: ['factstore: gate decisions\n'] }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('this push holds only gate decisions: nothing to re-gate');
    expect(checkRunWrites(w.gh.requests)).toEqual([]);
    expect(w.gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(JSON.parse(r.outputs.result ?? '')).toEqual([]);
  });

  it('a force-push or a deletion of the facts branch fails the step with what to do', async () => {
    const w = await world({ config });
    await recorded(w);
    const tip = w.gh.ref(REPO, 'heads/factstore') ?? '';
    const forced = await gateStep(w, {}, factsPush(w, { before: '1'.repeat(40), after: tip, forced: true, messages: ['rewrite\n'] }));
    expect(forced.code).toBe(1);
    expect(commands(forced.stdout, 'error')[0]?.message).toMatch(/force-pushed.*factstore verify/);
    const deleted = await gateStep(w, {}, factsPush(w, { before: tip, after: '0'.repeat(40), deleted: true, messages: [] }));
    expect(deleted.code).toBe(1);
    expect(commands(deleted.stdout, 'error')[0]?.message).toMatch(/was deleted: restore it/);
    expect(checkRunWrites(w.gh.requests)).toEqual([]);
  });

  it.each([120, 260])('a push that creates the branch with %i commits checks every one: one unsigned in the middle fails the step, named', async (count) => {
    const w = await world({ config });
    const shas = await commitChain(w.gh, REPO, undefined, count, { signer: sshSigner(w.key.privateKey), unsigned: [10], label: 'created' });
    const tip = shas.at(-1) ?? '';
    w.gh.setRef(REPO, 'heads/factstore', tip);
    w.gh.resetRequests();
    const r = await gateStep(w, {}, factsPush(w, { before: ZERO, after: tip, messages: ['factstore: note\n'] }));
    expect(r.code).toBe(1);
    const message = commands(r.stdout, 'error')[0]?.message ?? '';
    expect(message).toContain(`brought 1 commit(s) not signed by a key of trust.signers: ${shas[10] ?? ''} (unsigned`);
    expect(w.gh.requests.filter((q) => q.operation === 'repos.listCommits').map((q) => `${q.query.per_page ?? ''}/${q.query.page ?? ''}`)).toEqual(Array.from({ length: Math.ceil(count / 100) }, (_, i) => `100/${i + 1}`));
    expect(checkRunWrites(w.gh.requests)).toEqual([]);
  });

  it('a push bringing a commit not signed by a trusted key fails the step, whatever its message says', async () => {
    const w = await world({ config });
    await recorded(w);
    const before = w.gh.ref(REPO, 'heads/factstore') ?? '';
    const forged = w.gh.putFiles(REPO, 'factstore', { 'notes/x.txt': 'x\n' }, { message: `factstore: gate ${w.sha.slice(0, 7)}: GATE_ALLOWED\n` });
    const r = await gateStep(w, {}, factsPush(w, { before, after: forged, messages: ['factstore: gate decisions\n'] }));
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error')[0]?.message).toContain(`${forged} (unsigned`);
  });

  it('a push that creates the branch re-gates the commits of every trail on it, not only those its tip touched', async () => {
    const w = await world({ config });
    const later = w.gh.putFiles(REPO, 'main', { 'CHANGELOG.md': 'later\n' });
    await recorded(w);
    await recorded(w, later);
    const tip = w.gh.ref(REPO, 'heads/factstore') ?? '';
    const r = await gateStep(w, {}, factsPush(w, { before: ZERO, after: tip, messages: ['factstore: facts\n'] }));
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.outputs.result ?? '') as { commit: string }[];
    expect(results.map((x) => x.commit).sort()).toEqual([w.sha, later].sort());
  });
});
