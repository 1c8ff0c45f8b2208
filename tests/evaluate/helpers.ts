// Test world for the evaluation engine: deterministic fact builders and an in-memory store
// implementing only the read methods the engine uses (the real stores have their own contract suite).
import type { FactstoreConfig, FlowConfig } from '../../src/core/config/config.js';
import { isFlowFact, type AttestationOverride, type AttestationStatus, type EvidenceRef, type Fact } from '../../src/core/model/fact.js';
import { makeFact, sha256Hex } from '../../src/core/model/fact-id.js';
import type { FactStore, ReadOptions, TrailRef } from '../../src/core/store/fact-store.js';

export const FLOW = 'payment-service';
export const REQUIRED = ['unit-tests', 'vulnerability-scan', 'sbom'];

export const digestOf = (label: string): string => `sha256:${sha256Hex(label)}`;
export const commitOf = (label: string): string => sha256Hex(label).slice(0, 40);

export function flowConfig(overrides: Partial<FlowConfig> = {}): FlowConfig {
  return {
    name: FLOW,
    require: [...REQUIRED],
    policies: [],
    branches: [],
    environments: [],
    retries: 'sticky',
    ...overrides,
  };
}

export function config(flows: FlowConfig[], overrides: Partial<FactstoreConfig> = {}): FactstoreConfig {
  return {
    facts: { branch: 'factstore' },
    trust: { signers: [], admins: [] },
    flows: Object.fromEntries(flows.map((f) => [f.name, f])),
    types: {},
    policies: {},
    environments: {},
    evidenceMaxBytes: 10 * 1024 * 1024,
    gate: { allowUnscoped: false },
    ...overrides,
  };
}

/** The n-th minute after a fixed epoch, so every timestamp in a test is known. */
export const minute = (n: number): string => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();

/** Builds the facts of one trail with a clock that advances one minute per fact. */
export class TrailBuilder {
  readonly facts: Fact[] = [];
  private clock: number;

  constructor(
    readonly trail: string,
    start = 0,
    readonly flow = FLOW,
  ) {
    this.clock = start;
  }

  private push(fact: Fact): Fact {
    this.facts.push(fact);
    return fact;
  }

  private tick(): string {
    return minute(this.clock++);
  }

  begin(commit: string, extra: { gitBranch?: string; author?: string } = {}): Fact {
    return this.push(
      makeFact({ kind: 'trail', ts: this.tick(), actor: 'ci', flow: this.flow, trail: this.trail, commit, ...extra }),
    );
  }

  artifact(digest: string, name = 'myapp', tag?: string): Fact {
    return this.push(
      makeFact({
        kind: 'artifact',
        ts: this.tick(),
        actor: 'ci',
        flow: this.flow,
        trail: this.trail,
        artifact: digest,
        name,
        ...(tag !== undefined ? { tag } : {}),
      }),
    );
  }

  attest(
    type: string,
    status: AttestationStatus,
    extra: { artifact?: string; details?: string; evidence?: EvidenceRef[]; evidenceUrl?: string; runAttempt?: string; override?: AttestationOverride } = {},
  ): Fact {
    const { runAttempt, evidence, ...rest } = extra;
    return this.push(
      makeFact({
        kind: 'attestation',
        ts: this.tick(),
        actor: 'ci',
        flow: this.flow,
        trail: this.trail,
        type,
        status,
        evidence: evidence ?? [],
        ...rest,
        // distinct CI run attempts make distinct facts, as in real re-runs
        ...(runAttempt !== undefined ? { context: { runAttempt } } : {}),
      }),
    );
  }

  approve(actor: string, decision: 'APPROVED' | 'REJECTED' = 'APPROVED', comment?: string, team?: string): Fact {
    return this.push(
      makeFact({
        kind: 'approval',
        ts: this.tick(),
        actor,
        flow: this.flow,
        trail: this.trail,
        decision,
        ...(comment !== undefined ? { comment } : {}),
        ...(team !== undefined ? { team } : {}),
      }),
    );
  }

  bypass(actor: string, reason: string, expires: string, event: 'BYPASS_GRANTED' | 'BYPASS_REFUSED' = 'BYPASS_GRANTED', team?: string): Fact {
    return this.push(
      makeFact({ kind: 'bypass', ts: this.tick(), actor, flow: this.flow, trail: this.trail, event, reason, expires, ...(team !== undefined ? { team } : {}) }),
    );
  }

  passAll(types: string[] = REQUIRED, artifact?: string): this {
    for (const type of types) this.attest(type, 'PASSED', artifact !== undefined ? { artifact } : {});
    return this;
  }
}

/** The id of the n-th fact a builder made (0: the first), for expectations written out by hand. */
export function idOf(builder: TrailBuilder, n: number): string {
  const fact = builder.facts[n];
  if (fact === undefined) throw new Error(`trail ${builder.trail} has no fact ${n}`);
  return fact.id;
}

type ReadMethods = Pick<FactStore, 'tip' | 'readTrail' | 'trailsForArtifact' | 'trailsForCommit'>;

/** A map of trails; like the real store it drops a fact whose id it already holds. */
export class FakeStore implements ReadMethods {
  readonly trails = new Map<string, Fact[]>();
  /** the `at` option of every readTrail / trailsForCommit call */
  readonly readAt: (string | undefined)[] = [];

  constructor(public tipCommit: string | undefined = commitOf('facts-tip')) {}

  add(...builders: (TrailBuilder | Fact)[]): this {
    for (const item of builders) {
      for (const fact of item instanceof TrailBuilder ? item.facts : [item]) {
        if (!isFlowFact(fact)) continue;
        const key = `${fact.flow}\u0000${fact.trail ?? ''}`;
        const facts = this.trails.get(key) ?? [];
        if (!facts.some((f) => f.id === fact.id)) facts.push(fact);
        this.trails.set(key, facts);
      }
    }
    return this;
  }

  tip(): Promise<string | undefined> {
    return Promise.resolve(this.tipCommit);
  }

  readTrail(flow: string, trail: string, options?: ReadOptions): Promise<Fact[]> {
    this.readAt.push(options?.at);
    return Promise.resolve([...(this.trails.get(`${flow}\u0000${trail}`) ?? [])]);
  }

  trailsForArtifact(digest: string): Promise<TrailRef[]> {
    return Promise.resolve(this.refsWhere((f) => f.kind === 'artifact' && f.artifact === digest));
  }

  trailsForCommit(commit: string, options?: ReadOptions): Promise<TrailRef[]> {
    this.readAt.push(options?.at);
    return Promise.resolve(this.refsWhere((f) => f.kind === 'trail' && f.commit === commit));
  }

  private refsWhere(match: (f: Fact) => boolean): TrailRef[] {
    const refs: TrailRef[] = [];
    for (const facts of this.trails.values()) {
      const hit = facts.find(match);
      if (hit !== undefined && isFlowFact(hit) && hit.trail !== undefined) refs.push({ flow: hit.flow, trail: hit.trail });
    }
    return refs;
  }
}
