import type { AlarmIncident } from '../../../src/core/model/fact.js';
import type { UntrustedCommit } from '../push/pushed-commit-trust.js';

/** Something that happened to the facts branch that Factstore did not sign for. */
export type TamperIncident = { kind: 'forced' } | { kind: 'deleted' } | { kind: 'untrusted'; commit: UntrustedCommit };

/** One push's incidents and where they happened. */
export interface TamperReport {
  owner: string;
  repo: string;
  branch: string;
  before: string;
  after: string;
  pusher: string;
  incidents: TamperIncident[];
}

/**
 * A force-push or a deletion rewrites the append-only log: it raises the alarm, which blocks every
 * gate. An untrusted commit only adds facts nobody vouches for: they count nowhere, so it is
 * reported, not blocking.
 */
export function tamperIncidents(push: { forced?: boolean; deleted?: boolean }, untrusted: readonly UntrustedCommit[]): TamperIncident[] {
  return [
    ...(push.deleted === true ? [{ kind: 'deleted' as const }] : push.forced === true ? [{ kind: 'forced' as const }] : []),
    ...untrusted.map((commit) => ({ kind: 'untrusted' as const, commit })),
  ];
}

/** Whether the report holds an incident that raises the alarm. */
export function blocking(report: TamperReport): boolean {
  return report.incidents.some((i) => i.kind !== 'untrusted');
}

/** The most incidents one alarm fact lists (the schema's limit); the rest are counted. */
export const MAX_FACT_INCIDENTS = 100;

/** The incidents as a TAMPER_ALARM_RAISED fact records them: at most 100, the rest counted in `more`. */
export function factIncidents(report: TamperReport): { incidents: AlarmIncident[]; more?: number } {
  const all = report.incidents.map((i): AlarmIncident => {
    switch (i.kind) {
      case 'forced':
        return { kind: 'force-push', commit: report.after, detail: clip(`force-pushed by ${report.pusher} from ${report.before} to ${report.after}`) };
      case 'deleted':
        return { kind: 'deletion', commit: report.before, detail: clip(`deleted by ${report.pusher}; its tip was ${report.before}`) };
      case 'untrusted':
        return { kind: 'untrusted', commit: i.commit.sha, detail: clip(`${i.commit.trust.status}: ${i.commit.trust.detail ?? 'not signed by a key under trust.signers'}`) };
    }
  });
  const more = all.length - MAX_FACT_INCIDENTS;
  return { incidents: all.slice(0, MAX_FACT_INCIDENTS), ...(more > 0 ? { more } : {}) };
}

function clip(text: string): string {
  return text.length <= 1000 ? text : `${text.slice(0, 999)}…`;
}
