import { findGit } from './find-git.js';
import { readFile } from 'node:fs/promises';
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
import type { ProgressLine } from '../output/progress-line.js';
import { emitDocument } from '../output/emit.js';
import { resolveActor } from './actor.js';
import { sharedJqEngine } from './jq.js';
import { headCommit } from './head-commit.js';
import { findConfigRepository, readCommittedFile, type ConfigRepository } from './config-repository.js';
import { CONFIG_PATH, lookUpConfig, type ConfigLookup } from './look-up-config.js';
import { loadSigner, loadSigningKey, type LoadedSigningKey } from './signing-key.js';
import type { TrustRoot } from './trust-root.js';
import { checkWriterKey } from './writer-key.js';
// git's rules for a branch name, as the config schema spells them
const BRANCH = /^(?!.*\.\.)(?!\/)(?!-)(?!.*\.lock$)(?!.*\/$)[^\s~^:?*[\\]{1,255}$/;

/** What a command needs from the world, each piece read once and only when asked for. */
/** The remote whose tracking branch is read when the facts branch does not exist here (a plain clone). */
export const FACTS_REMOTE = 'origin';

function remoteReadNote(ref: string, branch: string): string {
  const name = ref.replace(/^refs\/remotes\//, '');
  return `reading the facts from ${name}: there is no local branch ${branch} (a plain clone). factstore fetch makes the local branch from it and brings it up to date; so does a write.`;
}

export class CliContext {
  private readonly stores: LocalGitStore[] = [];
  private lookup: Promise<ConfigLookup> | undefined;
  private looked: ConfigLookup | undefined;
  private configRepository: Promise<ConfigRepository | undefined> | undefined;
  private notesShown = false;

  constructor(
    readonly io: CliIo,
    readonly globals: GlobalFlags,
    /** runs another command line in-process (the demo drives the real commands through it) */
    readonly runLine: (argv: string[], io: CliIo) => Promise<number>,
    /** the progress line on a terminal's stderr; absent elsewhere */
    private readonly progressLine?: ProgressLine,
  ) {}

  /** How far long work has come ("48,210 commits checked"), for the progress line on a terminal. */
  progress(status: string): void {
    this.progressLine?.set(status);
  }

  get json(): boolean {
    return this.globals.json;
  }

  /** --dry-run: writing commands check everything and show what they would record, writing nothing. */
  get dryRun(): boolean {
    return this.globals.dryRun === true;
  }

  now(): Date {
    return this.io.now?.() ?? new Date();
  }

  resolve(p: string): string {
    return path.resolve(this.io.cwd, p);
  }

  /**
   * How the config is named in messages and in `configFile`: `REF:.github/factstore.yml` once the
   * committed config was read, the --config file, else the config's path in the repository.
   */
  configLabel(): string {
    if (this.looked?.found === true) return this.looked.label;
    return this.globals.config !== undefined ? this.resolve(this.globals.config) : CONFIG_PATH;
  }

  /**
   * Where the config comes from, read once: the committed `.github/factstore.yml` of the
   * repository the CLI runs in (at --config-ref), or the file given with --config.
   */
  configLookup(): Promise<ConfigLookup> {
    this.lookup ??= lookUpConfig({
      cwd: this.io.cwd,
      git: findGit({ PATH: this.io.env.PATH }) ?? 'git',
      file: this.globals.config === undefined ? undefined : this.resolve(this.globals.config),
      ref: this.globals.configRef,
    }).then((found) => (this.looked = found));
    return this.lookup;
  }

  /**
   * The config file as committed at `commit` in the repository the CLI runs in (the config a gate
   * decision names); undefined when this repository lacks that commit or the file.
   */
  async configTextAt(commit: string): Promise<string | undefined> {
    this.configRepository ??= findConfigRepository(findGit(this.io.env) ?? 'git', this.io.cwd).catch(() => undefined);
    const repo = await this.configRepository;
    return repo === undefined ? undefined : readCommittedFile(repo, { ref: commit, commit }, CONFIG_PATH).catch(() => undefined);
  }

  /**
   * A file the config names (a path from the repository's root), read where the config was: at
   * the same commit when the config is the committed one, so a working-tree copy never decides;
   * with --config FILE, from the working tree, relative to the current directory.
   */
  async fileOfTrustRoot(file: string, what: string): Promise<string> {
    const root = await this.trustRoot();
    if (root?.source === 'ref') {
      this.configRepository ??= findConfigRepository(findGit(this.io.env) ?? 'git', this.io.cwd).catch(() => undefined);
      const repo = await this.configRepository;
      const text = repo === undefined ? undefined : await readCommittedFile(repo, { ref: root.ref, commit: root.commit }, file);
      if (text === undefined) throw new FactstoreError('CONFIG', `${what} ${file} is not committed at ${root.ref} (${root.commit.slice(0, 12)}), where the config is read: commit it there, or fix the path in the config.`);
      return text;
    }
    try {
      return await readFile(this.resolve(file), 'utf8');
    } catch (e) {
      throw new FactstoreError('CONFIG', `${what} ${file} cannot be read (${e instanceof Error ? e.message : String(e)}): fix the path in the config.`, { cause: e });
    }
  }

  /** The config that decides, or undefined when there is none (commands that only need the branch). */
  async configIfPresent(): Promise<FactstoreConfig | undefined> {
    const lookup = await this.configLookup();
    this.showNotes(lookup);
    return lookup.found ? lookup.config : undefined;
  }

  async requireConfig(): Promise<FactstoreConfig> {
    const lookup = await this.configLookup();
    if (!lookup.found) throw lookup.problem;
    this.showNotes(lookup);
    return lookup.config;
  }

  /** Where the config that decided came from; undefined when there was none. */
  async trustRoot(): Promise<TrustRoot | undefined> {
    const lookup = await this.configLookup();
    return lookup.found ? lookup.root : undefined;
  }

  private showNotes(lookup: ConfigLookup): void {
    if (this.notesShown) return;
    this.notesShown = true;
    for (const n of lookup.notes) this.note(n);
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

  /**
   * The signer of a write, refused (nothing written) unless trust.signers of the config lists its
   * key; with no signers at all (a new store) the write goes ahead with a warning.
   */
  async writer(config: FactstoreConfig | undefined): Promise<Signer> {
    const signer = await this.signer();
    this.checkWriter(signer, config);
    return signer;
  }

  /** Refuses a signer the config does not trust; warns when the config trusts nobody yet. */
  checkWriter(signer: Signer, config: FactstoreConfig | undefined): void {
    const warning = checkWriterKey({ signers: config?.trust.signers ?? [], signer, where: this.configLabel(), principal: this.actor() });
    if (warning !== undefined) this.note(warning);
  }

  /**
   * The signer with the markers that betray its key in evidence (attest refuses such files),
   * refused like {@link writer} unless trust.signers lists it.
   */
  async signingKey(config: FactstoreConfig | undefined): Promise<LoadedSigningKey> {
    const keyPath = this.globals.key === undefined ? undefined : this.resolve(this.globals.key);
    const loaded = await loadSigningKey(keyPath, this.io.env.FACTSTORE_SIGNING_KEY);
    this.checkWriter(loaded.signer, config);
    return loaded;
  }

  /**
   * The trail a writing command is about: --trail, else the trail `trails begin` starts by default,
   * named after the commit HEAD of the --store repository points at.
   */
  async trailName(config: FactstoreConfig, given: string | undefined): Promise<string> {
    if (given !== undefined) return checkName('trail', given);
    let commit: string;
    try {
      commit = await headCommit(this.openStore(config).gitdir);
    } catch (e) {
      throw badInput(`no --trail was given and HEAD of ${this.storeDir()} names no commit to take the trail from: pass --trail T (the name trails begin printed).`, e);
    }
    return checkName('trail', commit);
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
      // trust checks walk a facts file's history: keep it, so the next decision walks only what is new
      cacheHistories: true,
      remote: FACTS_REMOTE,
      ...(this.globals.dryRun === true ? { dryRun: true } : {}),
      onRemoteRead: (ref) => this.note(remoteReadNote(ref, this.branch(config))),
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
      `flow ${name} is not in ${this.configLabel()}; known flows: ${known.length > 0 ? known.join(', ') : 'none (add one under `flows:`)'}.`,
    );
  }

  /** Prints the command's result: the JSON document (checked against its schema) or the human text. */
  emit(schema: string, document: unknown, human: () => string): void {
    if (this.json) emitDocument(this.io, schema, document);
    else this.io.stdout(ensureNewline(human()));
    if (this.dryRun) this.note('dry run (--dry-run): nothing was written.');
  }

  /** A remark for the person at the terminal; never on stdout, so --json stays one document. */
  note(text: string): void {
    this.io.stderr(ensureNewline(`factstore: ${text}`));
  }
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
