import type { FlowConfig, TypeConfig } from '../../config/config.js';
import type { GateEventName, TrailEvaluation } from '../../evaluate/types.js';
import type { BreakdownAudience, BreakdownTrust } from './breakdown.js';

/** Link builders: the App and the Action know where the facts repository is; the CLI passes none. */
export interface BreakdownLinks {
  /** the stored evidence file, from its `sha256:<hex>` digest */
  evidence?: (sha256: string) => string;
  /** a commit of the facts branch */
  factsCommit?: (commit: string) => string;
}

export interface BreakdownFlowInput {
  flow: FlowConfig;
  /** absent: no trail (an unknown artifact, or nothing recorded for the commit) */
  evaluation?: TrailEvaluation;
  /** the gate decision, when the breakdown is for a gate; else the evaluation's status is shown */
  decision?: GateEventName;
  /** the active bypass that turned a block into an allow */
  bypass?: { id: string; actor: string; reason: string; expires: string };
  /** the artifact digest asked about (defaults to the evaluation's) */
  artifact?: string;
  /** the engine's one-line verdict, e.g. "artifact sha256:… not found in flow …" */
  details: string;
}

export interface BreakdownOptions {
  /** how next steps are worded: CLI commands, or the Action step and `/factstore` slash commands (default cli) */
  audience?: BreakdownAudience;
  links?: BreakdownLinks;
  /** the config's attestation types, so a missing type's next step names the evidence format */
  types?: Record<string, TypeConfig>;
  /** relative times ("expires in 3 days") are computed from it: no clock is read */
  now: Date;
  /** what the decision did not count and which config decided (see trust-block.ts) */
  trust?: BreakdownTrust;
}

export interface BreakdownInput extends BreakdownOptions {
  /** one entry per flow, in the order shown */
  flows: BreakdownFlowInput[];
  /** a gate breakdown: the commit gated and the facts commit the decision was read at */
  gate?: { commit: string; factsCommit: string | null };
}
