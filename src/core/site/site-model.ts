import type { FactstoreConfig } from '../config/config.js';
import { driftsOf, snapshotsOf } from '../environments/environment-history.js';
import { environmentStatus, type EnvironmentStatus } from '../environments/environment-status.js';
import { findEnvironment, findRuntimeEnvironment } from '../environments/find-environment.js';
import { logicalStatus, type LogicalStatus } from '../environments/logical-status.js';
import { evaluateTrail } from '../evaluate/evaluate-trail.js';
import type { PolicyEvaluator } from '../evaluate/policies.js';
import type { Framework } from '../frameworks/index.js';
import { describeFact } from '../model/describe-fact.js';
import { factFlow } from '../model/fact-where.js';
import { auditEvent, type AttestationFact, type DriftFact, type EvidenceRef, type Fact, type SnapshotFact } from '../model/fact.js';
import { buildPosture, type PostureReport } from '../posture/build-posture.js';
import { trailOutcome, type TrailOutcome } from '../posture/trail-outcome.js';
import { buildCustodyReport } from '../report/custody/build-custody-report.js';
import type { CustodyReport } from '../report/custody/custody-report.js';
import { trailView, type TrailView } from '../report/trail-view.js';
import type { FactStore } from '../store/fact-store.js';
import { trailPath } from '../store/layout.js';
import { CommitJudge } from '../trust/commit-facts.js';
import type { TrustReport } from '../trust/trust-report.js';
import type { TrustedFacts } from '../trust/trusted-facts.js';
import { describeTypes, type TypeDescription } from '../types/describe-types.js';

/** One trail as the lists show it. */
export interface TrailRow {
  flow: string;
  trail: string;
  outcome: TrailOutcome;
  started: string;
  commit?: string;
  gitBranch?: string;
  author?: string;
  artifacts: string[];
}

/** One entry of the audit log: every fact on the branch, counted or not (with why). */
export interface LogRow {
  ts: string;
  event: string;
  actor: string;
  kind: string;
  flow?: string;
  trail?: string;
  what: string;
  id: string;
  factsCommit: string;
  counts: boolean;
  signer?: string;
  notCounted?: string;
}

/** One evidence file of an attestation that counts. */
export interface VaultRow extends EvidenceRef {
  flow: string;
  trail: string;
  type: string;
  ts: string;
  status: string;
}

export interface EnvironmentPage {
  name: string;
  type: string;
  status: EnvironmentStatus;
  snapshots: SnapshotFact[];
  drift: DriftFact[];
}

/** Per week: of the trails started that week, the share COMPLIANT on the facts recorded by the week's end. */
export interface TrendPoint {
  week: string;
  started: number;
  compliant: number;
  percent: number | null;
}

export interface SiteModel {
  generatedAt: string;
  branch: string;
  factsCommit: string | null;
  trust: TrustReport;
  config: FactstoreConfig;
  posture: PostureReport;
  trend: TrendPoint[];
  trails: TrailRow[];
  views: Map<string, TrailView>;
  artifacts: CustodyReport[];
  vault: VaultRow[];
  log: LogRow[];
  environments: EnvironmentPage[];
  logical: LogicalStatus[];
  types: TypeDescription[];
  frameworks: readonly Framework[];
  /** decisions and bypasses of the window, newest first (the dashboard's) */
  decisions: LogRow[];
}

export interface SiteInput {
  config: FactstoreConfig;
  trusted: TrustedFacts;
  /** the store itself, for the audit log, which shows every fact and says which count */
  store: FactStore;
  branch: string;
  policyEvaluator?: PolicyEvaluator;
  frameworks: readonly Framework[];
  now: Date;
  /** trails started since then (null: all) */
  since?: Date;
}

/** A trail view's trust until every file was read (then the report of its own file replaces it). */
const PENDING_TRUST: TrustReport = { factsCommit: null, highWater: { commit: null, where: '' }, historyChecked: false, ignored: [], notes: [] };

/**
 * Everything the site shows, computed with the functions the CLI uses: trails through the trust
 * filter and `evaluateTrail` (as `trails get`), `buildPosture`, `buildCustodyReport` (as
 * `compliance artifact`), `environmentStatus` and `logicalStatus` (as `env status`), and the audit
 * log judged commit by commit as `factstore log` judges it.
 */
export async function buildSiteModel(input: SiteInput): Promise<SiteModel> {
  const { config, trusted } = input;
  const evaluator = input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {};
  await trusted.prefetch();
  const trails: TrailRow[] = [];
  const views = new Map<string, TrailView>();
  const counted = new Map<string, Awaited<ReturnType<TrustedFacts['countedTrail']>>>();
  for (const flow of Object.values(config.flows)) {
    for (const ref of await trusted.listTrails(flow.name)) {
      const c = await trusted.countedTrail(flow.name, ref.trail);
      const facts = c.map((x) => x.fact);
      const start = facts.find((f) => f.kind === 'trail');
      const started = start?.ts ?? facts[0]?.ts ?? '';
      if (input.since !== undefined && Date.parse(started) < input.since.getTime()) continue;
      counted.set(`${flow.name}/${ref.trail}`, c);
      // evaluated once, as `trails get` does; its trust is filled in once every file was read
      const view = trailView({ flow, trail: ref.trail, counted: c, trust: PENDING_TRUST, config, ...evaluator });
      views.set(`${flow.name}/${ref.trail}`, view);
      trails.push({
        flow: flow.name,
        trail: ref.trail,
        outcome: trailOutcome(view.evaluation),
        started,
        ...(start?.commit !== undefined ? { commit: start.commit } : {}),
        ...(start?.kind === 'trail' && start.gitBranch !== undefined ? { gitBranch: start.gitBranch } : {}),
        ...(start?.kind === 'trail' && start.author !== undefined ? { author: start.author } : {}),
        artifacts: [...new Set(facts.flatMap((f) => (f.kind === 'artifact' ? [f.artifact] : [])))],
      });
    }
  }
  trails.sort((a, b) => b.started.localeCompare(a.started) || a.flow.localeCompare(b.flow) || a.trail.localeCompare(b.trail));
  const posture = await buildPosture({ config, store: trusted, ...(input.since !== undefined ? { since: input.since } : {}), frameworks: input.frameworks, ...evaluator });

  const environments: EnvironmentPage[] = [];
  for (const [name, env] of Object.entries(config.environments)) {
    if (env.type === undefined) continue;
    const snapshots = await snapshotsOf(trusted, name);
    const status = await environmentStatus({ environment: findRuntimeEnvironment(config, name), snapshot: snapshots.at(-1), flows: config.flows, store: trusted, policies: config.policies, ...evaluator });
    environments.push({ name, type: env.type, status, snapshots, drift: await driftsOf(trusted, name) });
  }
  const logical: LogicalStatus[] = [];
  for (const [name, env] of Object.entries(config.environments)) {
    if (env.type !== undefined || env.members.length === 0) continue;
    logical.push(await logicalStatus({ environment: findEnvironment(config, name), config, store: trusted, ...evaluator }));
  }

  const digests = [...new Set(trails.flatMap((t) => t.artifacts))].sort();
  await trusted.prefetchArtifacts(digests);
  const artifacts: CustodyReport[] = [];
  for (const digest of digests) artifacts.push(await buildCustodyReport({ store: trusted, digest, flows: config.flows, policies: config.policies, ...evaluator }));

  const vault: VaultRow[] = [];
  for (const t of trails) {
    for (const c of counted.get(`${t.flow}/${t.trail}`) ?? []) {
      if (c.fact.kind !== 'attestation') continue;
      const a: AttestationFact = c.fact;
      for (const e of a.evidence) vault.push({ ...e, flow: a.flow, trail: a.trail, type: a.type, ts: a.ts, status: a.status });
    }
  }
  vault.sort((a, b) => b.ts.localeCompare(a.ts));

  const log = await auditLog(input);
  const trust = await trusted.report();
  for (const [key, view] of views) {
    // what `trails get` reports: the trust of this trail's file only
    const path = trailPath(view.flow, view.trail);
    views.set(key, { ...view, trust: { ...trust, ignored: trust.ignored.filter((i) => i.path === path) } });
  }
  return {
    generatedAt: input.now.toISOString(),
    branch: input.branch,
    factsCommit: trust.factsCommit,
    trust,
    config,
    posture,
    trend: trend(trails, counted, config, input),
    trails,
    views,
    artifacts,
    vault,
    log,
    environments,
    logical,
    types: describeTypes(config),
    frameworks: input.frameworks,
    decisions: log.filter((l) => l.counts && (l.kind === 'decision' || l.kind === 'bypass')).slice(0, 50),
  };
}

/** Every fact on the branch, newest first, judged as `factstore log` judges it. */
async function auditLog(input: SiteInput): Promise<LogRow[]> {
  const tip = await input.trusted.tip();
  if (tip === undefined) return [];
  const judge = new CommitJudge(input.config.trust.signers, (commit, until) => input.store.isAncestor(commit, until));
  const out: LogRow[] = [];
  for await (const commit of input.store.history({ at: tip })) {
    const standings = await judge.judge(commit.commit, commit.raw, commit.facts);
    for (const [i, fact] of [...commit.facts.entries()].reverse()) {
      const standing = standings[i];
      const flow = factFlow(fact);
      out.push({
        ts: fact.ts,
        event: auditEvent(fact),
        actor: fact.actor,
        kind: fact.kind,
        ...(flow !== undefined ? { flow } : {}),
        ...(fact.trail !== undefined ? { trail: fact.trail } : {}),
        what: describeFact(fact),
        id: fact.id,
        factsCommit: commit.commit,
        ...(standing?.counts === true ? { counts: true, signer: standing.signer } : { counts: false, notCounted: standing?.counts === false ? standing.detail : 'not judged' }),
      });
    }
  }
  return out;
}

/** Monday 00:00 UTC of the week holding `t`. */
function weekStart(t: number): number {
  const d = new Date(t);
  const day = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * The trend: for each week (at most the last 26 with a trail started), the trails started that
 * week and how many were COMPLIANT on the facts whose commits were made by the week's end.
 */
function trend(trails: readonly TrailRow[], counted: Map<string, Awaited<ReturnType<TrustedFacts['countedTrail']>>>, config: FactstoreConfig, input: SiteInput): TrendPoint[] {
  const byWeek = new Map<number, TrailRow[]>();
  for (const t of trails) {
    const at = Date.parse(t.started);
    if (Number.isNaN(at)) continue;
    const w = weekStart(at);
    byWeek.set(w, [...(byWeek.get(w) ?? []), t]);
  }
  const weeks = [...byWeek.keys()].sort((a, b) => a - b).slice(-26);
  return weeks.map((w) => {
    const end = Math.min(w + WEEK_MS, input.now.getTime());
    let compliant = 0;
    const started = byWeek.get(w) ?? [];
    for (const t of started) {
      const flow = config.flows[t.flow];
      if (flow === undefined) continue;
      const facts: Fact[] = (counted.get(`${t.flow}/${t.trail}`) ?? []).filter((c) => Date.parse(c.time) < end).map((c) => c.fact);
      const evaluation = evaluateTrail({ flow, trail: t.trail, facts, policies: config.policies, ...(input.policyEvaluator !== undefined ? { policyEvaluator: input.policyEvaluator } : {}) });
      if (evaluation.status === 'COMPLIANT') compliant++;
    }
    return { week: new Date(w).toISOString().slice(0, 10), started: started.length, compliant, percent: started.length === 0 ? null : Math.round((compliant / started.length) * 1000) / 10 };
  });
}
