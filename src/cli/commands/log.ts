import { badInput } from '../../core/errors.js';
import { deploymentEvents } from '../../core/environments/deployment-events.js';
import { auditEvent, type AttestationOverride, type Fact, type SnapshotFact } from '../../core/model/fact.js';
import type { LocalGitStore } from '../../core/store/local/local-store.js';
import { factFlow } from '../../core/model/fact-where.js';
import { checkName } from '../../core/model/names.js';
import { CommitJudge } from '../../core/trust/commit-facts.js';
import { flag, optionalString } from '../args/values.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { describeFact } from '../output/describe-fact.js';
import { short, table } from '../output/table.js';

export const EVENTS = [
  'TRAIL_STARTED', 'ARTIFACT_REPORTED', 'ATTESTATION_RECORDED', 'APPROVAL_GRANTED', 'APPROVAL_REJECTED',
  'GATE_ALLOWED', 'GATE_BLOCKED', 'BYPASS_GRANTED', 'BYPASS_REFUSED', 'ENVIRONMENT_SNAPSHOT',
  'ARTIFACT_DEPLOYED', 'ARTIFACT_REMOVED', 'DRIFT_DETECTED', 'DRIFT_RESOLVED', 'TAMPER_ALARM_RAISED', 'TAMPER_ALARM_CLEARED',
] as const;

interface LogEntry {
  event: string;
  ts: string;
  actor: string;
  kind: string;
  flow: string | undefined;
  trail: string | undefined;
  what: string;
  id: string;
  factsCommit: string;
  /** an attestation whose status was given by hand against its evidence's verdict */
  override?: AttestationOverride;
  /** a bypass or its refusal: its reason, expiry, evidence link, refusal */
  bypass?: { reason: string; commit?: string; expires?: string; evidenceUrl?: string; refusal?: string; team?: string };
  /** whether the fact counts (DESIGN §2a): its signer, or why it does not */
  counts: boolean;
  signer?: string;
  notCounted?: { reason: string; detail: string };
}

export const log: Command = {
  path: ['log'],
  summary: 'the audit log: every recorded fact, newest first, from the facts branch history',
  usage: 'log [--flow F] [--event NAME] [--actor A] [--since DATE] [--limit N] [--bypasses [--format ndjson]]',
  options: [
    { name: 'flow', type: 'string', value: 'F', description: 'only facts of this flow' },
    { name: 'event', type: 'string', value: 'NAME', description: `only this event (${EVENTS.join(', ')})` },
    { name: 'actor', type: 'string', value: 'A', description: 'only facts recorded by this actor' },
    { name: 'since', type: 'string', value: 'DATE', description: 'only facts recorded since DATE (e.g. 2026-11-01 or an ISO-8601 time)' },
    { name: 'limit', type: 'string', value: 'N', description: 'at most N entries' },
    { name: 'bypasses', type: 'boolean', description: 'only bypasses and refused bypasses, with reason, expiry and evidence link' },
    { name: 'format', type: 'string', value: 'ndjson', description: 'with --bypasses: one JSON line per bypass that counts (ts, sha, gate, actor, action, reason, evidence_link, ttl_expires_at)' },
  ],
  async run(ctx, { values }) {
    const flow = optionalString(values, 'flow');
    if (flow !== undefined) checkName('flow', flow);
    const event = parseEvent(optionalString(values, 'event'));
    const actor = optionalString(values, 'actor')?.toLowerCase();
    const since = parseSince(optionalString(values, 'since'));
    const limit = parseLimit(optionalString(values, 'limit'));
    const bypasses = flag(values, 'bypasses');
    const format = optionalString(values, 'format');
    if (format !== undefined && (format !== 'ndjson' || !bypasses)) {
      throw badInput(`--format ${JSON.stringify(format)}: the only format is ndjson, for --bypasses (the audit trail's line shape); --json prints any log as one document.`);
    }
    const config = await ctx.requireConfig();
    const store = ctx.openStore(config);
    // the log shows every fact on the branch, and says of each whether it counts and who signed it
    const judge = new CommitJudge(config.trust.signers, (commit, until) => store.isAncestor(commit, until));

    const entries: LogEntry[] = [];
    // snapshots imply ARTIFACT_DEPLOYED / ARTIFACT_REMOVED against the one before (derived, not stored)
    const snapshots = new Map<string, SnapshotFact>();
    const derived: { after: LogEntry; snapshot: SnapshotFact }[] = [];
    history: for await (const commit of store.history(since !== undefined ? { since } : {})) {
      const standings = await judge.judge(commit.commit, commit.raw, commit.facts);
      for (const [i, fact] of [...commit.facts.entries()].reverse()) {
        const standing = standings[i] ?? { counts: false, reason: 'bad-signature', detail: 'not judged' };
        if (limit !== undefined && entries.length >= limit) break history;
        const name = auditEvent(fact);
        if (fact.kind === 'snapshot') {
          snapshots.set(fact.id, fact);
          if (standing.counts && flow === undefined && (actor === undefined || fact.actor.toLowerCase() === actor)) {
            derived.push({ after: { event: name, ts: fact.ts, actor: fact.actor, kind: fact.kind, flow: undefined, trail: undefined, what: '', id: fact.id, factsCommit: commit.commit, counts: true, signer: standing.signer }, snapshot: fact });
          }
        }
        if (flow !== undefined && factFlow(fact) !== flow) continue;
        if (event !== undefined && name !== event) continue;
        if (bypasses && fact.kind !== 'bypass') continue;
        if (actor !== undefined && fact.actor.toLowerCase() !== actor) continue;
        if (since !== undefined && Date.parse(fact.ts) < since.getTime()) continue;
        entries.push({
          event: name, ts: fact.ts, actor: fact.actor, kind: fact.kind, flow: factFlow(fact), trail: fact.trail, what: describeFact(fact), id: fact.id, factsCommit: commit.commit, ...overrideOf(fact), ...bypassOf(fact),
          ...(standing.counts ? { counts: true, signer: standing.signer } : { counts: false, notCounted: { reason: standing.reason, detail: standing.detail } }),
        });
      }
    }
    for (const { after, snapshot } of derived) {
      const previous = snapshot.previous === undefined ? undefined : (snapshots.get(snapshot.previous) ?? (await previousSnapshot(store, snapshot)));
      const implied = deploymentEvents(snapshot, previous)
        .filter((d) => event === undefined || d.event === event)
        .map((d) => ({ ...after, event: d.event, what: `${snapshot.environment}: ${d.name} ${short(d.artifact)}` }));
      const at = entries.findIndex((e) => e.id === after.id && e.event === 'ENVIRONMENT_SNAPSHOT');
      // right after their snapshot (newest first), or where the snapshot would be when --event hid it
      const index = at >= 0 ? at + 1 : entries.findIndex((e) => e.ts < after.ts);
      entries.splice(index < 0 ? entries.length : index, 0, ...implied);
    }
    if (limit !== undefined) entries.splice(limit);
    if (format === 'ndjson') {
      const counted = entries.filter((e) => e.counts && e.bypass !== undefined);
      for (const e of counted) ctx.io.stdout(`${JSON.stringify(auditLine(e))}\n`);
      const left = entries.length - counted.length;
      if (left > 0) ctx.note(`${left} bypass fact(s) that do not count (not signed by a key with authority for them) were left out: factstore log --bypasses shows them.`);
      return EXIT_OK;
    }
    ctx.emit('cli/log', { branch: store.branch, entries }, () =>
      entries.length === 0
        ? `No facts${flow !== undefined || event !== undefined || actor !== undefined || since !== undefined ? ' match' : ' recorded yet'} on ${store.branch}.`
        : table([
            ['TIME', 'EVENT', 'ACTOR', 'FLOW/TRAIL', 'WHAT', 'FACTS COMMIT', 'SIGNED BY'],
            ...entries.map((e) => [e.ts, e.event, e.actor, e.flow === undefined ? '-' : e.trail === undefined ? e.flow : `${e.flow}/${shortName(e.trail)}`, e.what, short(e.factsCommit), e.signer ?? `NOT COUNTED: ${e.notCounted?.detail ?? ''}`]),
          ]),
    );
    return EXIT_OK;
  },
};

/** The snapshot before `snapshot` when --since left it out of the walk: read from its environment's facts. */
async function previousSnapshot(store: LocalGitStore, snapshot: SnapshotFact): Promise<SnapshotFact | undefined> {
  const facts = await store.readLoose('snapshot', snapshot.environment);
  return facts.find((f): f is SnapshotFact => f.kind === 'snapshot' && f.id === snapshot.previous);
}

/** A bypass's own fields, so the audit of bypasses needs not parse `what`. */
function bypassOf(fact: Fact): Pick<LogEntry, 'bypass'> {
  if (fact.kind !== 'bypass') return {};
  return {
    bypass: {
      reason: fact.reason,
      ...(fact.commit !== undefined ? { commit: fact.commit } : {}),
      ...(fact.expires !== undefined ? { expires: fact.expires } : {}),
      ...(fact.evidenceUrl !== undefined ? { evidenceUrl: fact.evidenceUrl } : {}),
      ...(fact.refusal !== undefined ? { refusal: fact.refusal } : {}),
      ...(fact.team !== undefined ? { team: fact.team } : {}),
    },
  };
}

/** The bypass audit trail's line: ts, sha, gate, actor, action (bypass or refused), reason, evidence_link, ttl_expires_at. */
function auditLine(e: LogEntry): Record<string, string | null> {
  return {
    ts: e.ts,
    sha: e.bypass?.commit ?? null,
    gate: e.flow ?? null,
    actor: e.actor,
    action: e.event === 'BYPASS_GRANTED' ? 'bypass' : 'refused',
    reason: e.bypass?.reason ?? null,
    evidence_link: e.bypass?.evidenceUrl ?? null,
    ttl_expires_at: e.bypass?.expires ?? null,
  };
}

/** The override an attestation records, as its own field, so `--json` readers need not parse `what`. */
function overrideOf(fact: Fact): { override?: AttestationOverride } {
  return fact.kind === 'attestation' && fact.override !== undefined ? { override: fact.override } : {};
}

/** Trails named after their commit read better shortened, as git does. */
function shortName(trail: string): string {
  return /^[0-9a-f]{40}$/.test(trail) ? short(trail) : trail;
}

function parseEvent(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = EVENTS.find((e) => e === value.toUpperCase());
  if (name === undefined) throw badInput(`--event ${JSON.stringify(value)} is not an event: use one of ${EVENTS.join(', ')}.`);
  return name;
}

export function parseSince(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw badInput(`--since ${JSON.stringify(value)} is not a date: write e.g. 2026-11-01 or 2026-11-01T12:00:00Z.`);
  return new Date(time);
}

export function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]{0,8}$/.test(value)) throw badInput(`--limit ${JSON.stringify(value)} is not a positive whole number: write e.g. --limit 50.`);
  return Number(value);
}
