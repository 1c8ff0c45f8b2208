import { findGit } from './find-git.js';
import path from 'node:path';
import type { FactstoreConfig, FlowConfig } from '../../core/config/config.js';
import { badInput, FactstoreError } from '../../core/errors.js';
import { checkName } from '../../core/model/names.js';
import { assertValidFact } from '../../core/schema/index.js';
import type { PolicyEvaluator } from '../../core/evaluate/policies.js';
import type { JqEngine } from '../../core/jq/jq-engine.js';
import { jqPolicyEvaluator } from '../../core/jq/jq-policy-evaluator.js';
import type { Signer } from '../../core/signing/index.js';
import { LocalGitStore } from '../../core/store/local/local-store.js';
import type { GlobalFlags } from '../args/global-options.js';
import type { CliIo } from '../io.js';
import { emitDocument } from '../output/emit.js';
import { resolveActor } from './actor.js';
import { missingConfig, readConfigFile } from './load-config-file.js';
import { sharedJqEngine } from './jq.js';
import { loadSigner, loadSigningKey, type LoadedSigningKey } from './signing-key.js';

const DEFAULT_CONFIG = path.join('.github', 'factstore.yml');
// git's rules for a branch name, as the config schema spells them
const BRANCH = /^(?!.*\.\.)(?!\/)(?!-)(?!.*\.lock$)(?!.*\/$)[^\s~^:?*[\\]{1,255}$/;

/** What a command needs from the world, each piece read once and only when asked for. */
export class CliContext {
  private readonly stores: LocalGitStore[] = [];
  private config: Promise<FactstoreConfig | undefined> | undefined;

  constructor(
    readonly io: CliIo,
    readonly globals: GlobalFlags,
    /** runs another command line in-process (the demo drives the real commands through it) */
    readonly runLine: (argv: string[], io: CliIo) => Promise<number>,
  ) {}

  get json(): boolean {
    return this.globals.json;
  }

  now(): Date {
    return this.io.now?.() ?? new Date();
  }

  resolve(p: string): string {
    return path.resolve(this.io.cwd, p);
  }

  configPath(): string {
    return this.resolve(this.globals.config ?? DEFAULT_CONFIG);
  }

  configIfPresent(): Promise<FactstoreConfig | undefined> {
    this.config ??= readConfigFile(this.configPath());
    return this.config;
  }

  async requireConfig(): Promise<FactstoreConfig> {
    const config = await this.configIfPresent();
    if (config === undefined) throw missingConfig(this.configPath());
    return config;
  }

  storeDir(): string {
    return this.resolve(this.globals.store ?? '.');
  }

  branch(config: FactstoreConfig | undefined): string {
    const branch = this.globals.branch ?? config?.facts.branch ?? 'factstore';
    if (!BRANCH.test(branch)) {
      throw badInput(`--branch ${JSON.stringify(branch)} is not a valid git branch name: use e.g. factstore (no spaces, no '..').`);
    }
    return branch;
  }

  actor(): string {
    return resolveActor(this.globals.actor, this.io.env);
  }

  signer(): Promise<Signer> {
    const keyPath = this.globals.key === undefined ? undefined : this.resolve(this.globals.key);
    return loadSigner(keyPath, this.io.env.FACTSTORE_SIGNING_KEY);
  }

  /** The signer with the markers that betray its key in evidence (attest refuses such files). */
  signingKey(): Promise<LoadedSigningKey> {
    const keyPath = this.globals.key === undefined ? undefined : this.resolve(this.globals.key);
    return loadSigningKey(keyPath, this.io.env.FACTSTORE_SIGNING_KEY);
  }

  /** The local store; with a signer it can write, every fact schema-checked before the write. */
  openStore(config: FactstoreConfig | undefined, signer?: Signer): LocalGitStore {
    const actor = signer === undefined ? undefined : this.actor();
    const gitBinary = findGit(this.io.env);
    const store = new LocalGitStore({
      ...(gitBinary !== undefined ? { gitBinary } : {}),
      dir: this.storeDir(),
      branch: this.branch(config),
      clock: () => this.now(),
      validate: (fact) => assertValidFact(fact, `the ${fact.kind} fact`),
      ...(signer !== undefined ? { signer } : {}),
      ...(actor !== undefined ? { author: { name: actor, email: actor.includes('@') ? actor : `${actor}@factstore.local` } } : {}),
    });
    this.stores.push(store);
    return store;
  }

  /**
   * The policy engine for evaluations (jq). Evaluation call sites pass it always: it loads nothing
   * until a flow with policies is evaluated.
   */
  policyEvaluator(): PolicyEvaluator {
    return jqPolicyEvaluator(sharedJqEngine);
  }

  /** The process's jq engine (loaded on its first evaluation). */
  jq(): JqEngine {
    return sharedJqEngine();
  }

  /** Ends what the command's stores hold open (a native git reader). */
  close(): void {
    for (const store of this.stores.splice(0)) store.close();
  }

  /** The flow named on the command line; an unknown one lists the flows there are. */
  flow(config: FactstoreConfig, name: string): FlowConfig {
    checkName('flow', name);
    const flow = Object.hasOwn(config.flows, name) ? config.flows[name] : undefined;
    if (flow !== undefined) return flow;
    const known = Object.keys(config.flows);
    throw new FactstoreError(
      'NOT_FOUND',
      `flow ${name} is not in ${this.configPath()}; known flows: ${known.length > 0 ? known.join(', ') : 'none (add one under `flows:`)'}.`,
    );
  }

  /** Prints the command's result: the JSON document (checked against its schema) or the human text. */
  emit(schema: string, document: unknown, human: () => string): void {
    if (this.json) emitDocument(this.io, schema, document);
    else this.io.stdout(ensureNewline(human()));
  }

  /** A remark for the person at the terminal; never on stdout, so --json stays one document. */
  note(text: string): void {
    this.io.stderr(ensureNewline(`factstore: ${text}`));
  }
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
