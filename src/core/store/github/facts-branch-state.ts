import type { AlarmFact } from '../../model/fact.js';
import type { HighWaterMark } from '../../trust/high-water.js';
import { gitHubFailure } from './github-errors.js';
import { statusOf, type GitHubRepo, type GitHubRequest } from './github-request.js';
import { MARKER_PATH } from '../layout.js';
import { alarmOfRun, alarmRunText, TAMPER_ALARM_RUN, type TamperAlarm } from './tamper-alarm-run.js';

/** The check run that keeps the high-water mark: its `external_id` is the newest decided facts commit. */
export const HIGH_WATER_RUN = 'Factstore high-water mark';

export interface StateRun {
  id: number;
  name: string;
  external_id?: string | null;
  conclusion?: string | null;
  output?: { title?: string | null; summary?: string | null; text?: string | null } | null;
}


export interface FactsBranchStateOptions {
  request: GitHubRequest;
  facts: GitHubRepo;
  /** the deciding App's id: its runs are the only ones read (GitHub Actions' GITHUB_TOKEN is App 15368) */
  appId: () => Promise<number>;
  /** who keeps it, for messages: "the Factstore App", "the workflow gate" */
  who: string;
  /**
   * First commits of facts branches found before (a long-lived App keeps one): a branch's first
   * commit never changes while it keeps its history, and a rewritten branch fails the high-water
   * check whatever root is used.
   */
  roots?: Map<string, string>;
  /**
   * Where to look for the first commit when it is not known: the branch (default), or a commit of
   * its history (a deleted branch's last tip, which GitHub still has).
   */
  rootFrom?: string;
}

/**
 * State of a facts branch that its writers must not be able to change, kept where only the
 * deciding App writes: check runs of that App on the branch's first commit (filtered by `app_id`,
 * so no other App's runs, and no push to the branch, can touch them). One request reads the
 * newest run of each name; writing one is one request too.
 */
export class FactsBranchState {
  private runs: Promise<Map<string, StateRun> | undefined> | undefined;

  constructor(private readonly options: FactsBranchStateOptions) {}

  /** The newest run of `name` this App made on the branch's first commit (undefined: none, or no branch). */
  async latest(name: string): Promise<StateRun | undefined> {
    this.runs ??= this.readRuns();
    return (await this.runs)?.get(name);
  }

  /**
   * Writes a new completed run of `name` (GitHub shows the newest; completed runs are never
   * changed). False when there is no facts branch to keep it on.
   */
  async write(name: string, run: { conclusion: 'success' | 'failure' | 'neutral'; external_id: string; title: string; summary: string; text?: string }): Promise<boolean> {
    const root = await this.root();
    if (root === undefined) return false;
    const { facts, request } = this.options;
    try {
      await request('POST /repos/{owner}/{repo}/check-runs', {
        owner: facts.owner,
        repo: facts.repo,
        name,
        head_sha: root,
        status: 'completed',
        conclusion: run.conclusion,
        external_id: run.external_id,
        output: { title: run.title, summary: run.summary, ...(run.text !== undefined ? { text: run.text } : {}) },
      });
    } catch (e) {
      throw gitHubFailure(e, facts, `keeping the ${name} check run of ${facts.branch} (it needs checks: write on the facts repository)`);
    }
    this.runs = undefined;
    return true;
  }

  /** The tamper alarm: open while its newest run is not `success` (read with the high-water mark, in the same request). */
  async tamperAlarm(): Promise<TamperAlarm> {
    return alarmOfRun(await this.latest(TAMPER_ALARM_RUN));
  }

  /**
   * Writes the alarm's state: `failure` with the RAISED facts of the open alarms, or `success`
   * (none open) once cleared. `summary` says what happened, for people.
   */
  writeTamperAlarm(open: readonly AlarmFact[], state: { id: string; title: string; summary: string; leftOut?: number }): Promise<boolean> {
    return this.write(TAMPER_ALARM_RUN, {
      conclusion: open.length > 0 || (state.leftOut ?? 0) > 0 ? 'failure' : 'success',
      external_id: state.id,
      title: state.title,
      summary: state.summary,
      text: alarmRunText(open, state.leftOut),
    });
  }

  /**
   * The high-water mark as a reader without `checks: read` sees it: when GitHub refuses the read
   * (403), no mark, and a note that says what to grant. Anything else fails as usual.
   */
  readOnlyHighWaterMark(): HighWaterMark {
    const mark = this.highWaterMark();
    let problem: string | undefined;
    return {
      where: mark.where,
      read: async () => {
        try {
          return await mark.read();
        } catch (e) {
          if (statusOf((e as { cause?: unknown }).cause) !== 403) throw e;
          problem = `the high-water mark (${mark.where}) could not be read, so a rollback cannot be told: give the job \`permissions: checks: read\``;
          return undefined;
        }
      },
      advance: () => Promise.resolve(),
      problem: () => problem,
    };
  }

  /** The high-water mark kept in this state. */
  highWaterMark(): HighWaterMark {
    const { facts, who } = this.options;
    return {
      where: `the "${HIGH_WATER_RUN}" check run of ${who} on the first commit of ${facts.owner}/${facts.repo}:${facts.branch}`,
      read: async () => {
        const id = (await this.latest(HIGH_WATER_RUN))?.external_id ?? undefined;
        return id !== undefined && /^[0-9a-f]{40}$/.test(id) ? id : undefined;
      },
      advance: async (commit) => {
        // the same mark again is no news: no run is written for it
        if ((await this.latest(HIGH_WATER_RUN))?.external_id === commit) return;
        await this.write(HIGH_WATER_RUN, {
          conclusion: 'success',
          external_id: commit,
          title: `Decided up to facts commit ${commit.slice(0, 7)}`,
          summary:
            `The newest facts commit a decision was taken on is \`${commit}\`. Every later decision checks that the tip of ` +
            `\`${facts.branch}\` still descends from it: a rollback or a rewrite below it fails closed.`,
        });
      },
    };
  }

  private async readRuns(): Promise<Map<string, StateRun> | undefined> {
    const root = await this.root();
    if (root === undefined) return undefined;
    const { facts, request } = this.options;
    const appId = await this.options.appId();
    let data: { check_runs?: StateRun[] };
    try {
      data = (await request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner: facts.owner, repo: facts.repo, ref: root, app_id: appId, filter: 'latest', per_page: 100 })).data as { check_runs?: StateRun[] };
    } catch (e) {
      throw gitHubFailure(e, facts, `reading the state check runs of ${facts.branch} (it needs checks: read on the facts repository)`);
    }
    const out = new Map<string, StateRun>();
    for (const run of data.check_runs ?? []) if (!out.has(run.name)) out.set(run.name, run);
    return out;
  }

  /** The branch's first commit: the oldest commit that touched the layout marker, which the first write creates. */
  private async root(): Promise<string | undefined> {
    const { facts, request } = this.options;
    const key = `${facts.owner}/${facts.repo}:${facts.branch}`.toLowerCase();
    const known = this.options.roots?.get(key);
    if (known !== undefined) return known;
    let oldest: string | undefined;
    for (let page = 1; ; page++) {
      let data: { sha: string }[];
      try {
        data = (await request('GET /repos/{owner}/{repo}/commits', { owner: facts.owner, repo: facts.repo, sha: this.options.rootFrom ?? facts.branch, path: MARKER_PATH, per_page: 100, page })).data as { sha: string }[];
      } catch (e) {
        const status = statusOf(e);
        if (status === 404 || status === 409 || status === 422) return undefined;
        throw gitHubFailure(e, facts, `finding the first commit of ${facts.branch}`);
      }
      oldest = data[data.length - 1]?.sha ?? oldest;
      if (data.length < 100) break;
    }
    if (oldest !== undefined) this.options.roots?.set(key, oldest);
    return oldest;
  }
}
