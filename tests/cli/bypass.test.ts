// factstore bypass: the App's rules on the command line (allowlist, taxonomy, TTL), refusals
// recorded, the actor's own key required; and the audit of bypasses in log --bypasses.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BypassFact } from '../../src/core/model/fact.js';
import { commitConfig, configText, factsTip, FLOW, headOf, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

let w: Workspace;
let head: string;
const BYPASS = 'bypass: { actors: [alice], reasons: { incident-hotfix: "Sev1 fix", pre-existing-main-blocker: "Fails on main too" }, max_ttl: 7d }\n';

beforeAll(async () => {
  w = await workspace();
  commitConfig(w.repo, configText(w.key, BYPASS));
  head = headOf(w.repo);
  await startTrail(w, 't1');
  expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--status', 'FAILED'])).code).toBe(0);
});

describe('factstore bypass', () => {
  it("grants an allow-listed actor's bypass, signed with her own key, and the gate opens until it expires", async () => {
    const gate = () => w.fs(['gate', '--commit', head, '--flow', FLOW, '--git-branch', 'main']);
    expect((await gate()).code).toBe(1);
    const r = await w.fs(['bypass', '--flow', FLOW, '--trail', 't1', '--reason', 'incident-hotfix', '--ttl', '2d', '--evidence-url', 'https://status.example.com/incidents/42', '--json'], w.asAlice);
    expect(r.code).toBe(0);
    const fact = jsonOf<BypassFact>(r, 'bypass');
    expect(fact).toMatchObject({ kind: 'bypass', event: 'BYPASS_GRANTED', flow: FLOW, trail: 't1', commit: head, actor: 'alice', reason: 'incident-hotfix', evidenceUrl: 'https://status.example.com/incidents/42' });
    expect(Date.parse(fact.expires ?? '') - Date.parse(fact.ts)).toBe(2 * 24 * 3600 * 1000);
    const open = await gate();
    expect(open.code).toBe(0);
    expect(open.stdout).toContain('GATE_ALLOWED');
  });

  it('records a refusal (exit 1) for a reason outside the taxonomy or a TTL over max_ttl, and writes it', async () => {
    for (const [args, why] of [
      [['--reason', 'because', '--ttl', '1d'], /because is not a bypass reason of the config; known reasons: incident-hotfix, pre-existing-main-blocker/],
      [['--reason', 'incident-hotfix', '--ttl', '8d'], /--ttl 8d is longer than bypass\.max_ttl \(7d\)/],
    ] as const) {
      const before = factsTip(w.repo);
      const r = await w.fs(['bypass', '--flow', FLOW, '--trail', 't1', ...args, '--json'], w.asAlice);
      expect(r.code).toBe(1);
      const fact = jsonOf<BypassFact>(r, 'bypass');
      expect(fact).toMatchObject({ event: 'BYPASS_REFUSED', actor: 'alice' });
      expect(fact.refusal).toMatch(why);
      expect(factsTip(w.repo)).not.toBe(before);
    }
  });

  it("refuses, writing nothing, a bypass signed with a key without authority for the actor (the CI key as alice)", async () => {
    const before = factsTip(w.repo);
    const r = await w.fs(['bypass', '--flow', FLOW, '--trail', 't1', '--reason', 'incident-hotfix', '--ttl', '1d'], { FACTSTORE_ACTOR: 'alice' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ci@acme's key may not record bypass facts");
    expect(factsTip(w.repo)).toBe(before);
    const bad = await w.fs(['bypass', '--flow', FLOW, '--trail', 't1', '--reason', 'incident-hotfix', '--ttl', 'forever'], w.asAlice);
    expect([bad.code, factsTip(w.repo)]).toEqual([2, before]);
  });
});

describe('log --bypasses', () => {
  it('lists every bypass and refusal with its reason, expiry and evidence link, newest first', async () => {
    const doc = jsonOf<{ entries: { event: string; bypass?: { reason: string; expires?: string; evidenceUrl?: string; refusal?: string } }[] }>(await w.fs(['log', '--bypasses', '--json']), 'log');
    expect(doc.entries.map((e) => e.event)).toEqual(['BYPASS_REFUSED', 'BYPASS_REFUSED', 'BYPASS_GRANTED']);
    expect(doc.entries[2]?.bypass).toMatchObject({ reason: 'incident-hotfix', evidenceUrl: 'https://status.example.com/incidents/42', expires: expect.any(String) as string });
    expect(doc.entries[0]?.bypass?.refusal).toMatch(/max_ttl/);
  });

  it('writes the audit trail line shape with --format ndjson: ts, sha, gate, actor, action, reason, evidence_link, ttl_expires_at', async () => {
    const r = await w.fs(['log', '--bypasses', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => Object.keys(l))).toEqual(Array(3).fill(['ts', 'sha', 'gate', 'actor', 'action', 'reason', 'evidence_link', 'ttl_expires_at']));
    expect(lines[2]).toMatchObject({ sha: head, gate: FLOW, actor: 'alice', action: 'bypass', reason: 'incident-hotfix', evidence_link: 'https://status.example.com/incidents/42' });
    expect(lines[0]).toMatchObject({ action: 'refused', reason: 'incident-hotfix', evidence_link: null, ttl_expires_at: null });
    const misuse = await w.fs(['log', '--format', 'ndjson']);
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toContain('the only format is ndjson, for --bypasses');
  });
});
