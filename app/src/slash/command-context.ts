import type { FlowConfig } from '../../../src/core/config/config.js';
import type { Fact } from '../../../src/core/model/fact.js';
import type { GitHubStore } from '../../../src/core/store/github/github-store.js';
import type { AppContext } from '../app-context.js';
import type { PullHead } from './pull-head.js';

/** What a recording command works with, once the config, the PR head and the App's key are known. */
export interface CommandContext {
  context: AppContext;
  flow: FlowConfig;
  /** the commenter */
  actor: string;
  head: PullHead;
  /** the facts branch, written with the App's key under the commenter's name */
  store: GitHubStore;
  now: Date;
  /** why the App's key may not record this fact (it would not count), or undefined when it may */
  authority: (fact: Fact) => string | undefined;
}

/** A command's answer: the reply's text, and whether a fact that can change the gate was written (then the gate is re-run). */
export interface CommandResult {
  text: string;
  regate: boolean;
}
