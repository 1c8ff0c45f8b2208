/**
 * `.github/factstore.yml` (DESIGN §3), after validation against `schemas/config.schema.json`
 * and defaulting. Everything the engine reads from the config goes through this shape.
 */
export interface TrustedSigner {
  principal: string;
  /** OpenSSH public key line: `ssh-ed25519 AAAA... [comment]`. */
  key: string;
}

export interface ApprovalRule {
  required: boolean;
  /** user logins and `@org/team` names */
  approvers: string[];
  min: number;
}

export interface FlowConfig {
  name: string;
  description?: string;
  require: string[];
  approval?: ApprovalRule;
  policies: string[];
  /** git branches the gate applies to; empty = every branch */
  branches: string[];
  /** environments whose deployments it gates; empty = every environment */
  environments: string[];
  /** `sticky` (default): any FAILED fails the type; `latest`: the newest attestation decides. */
  retries: 'sticky' | 'latest';
}

export interface TypeConfig {
  format?: string;
  jq?: string;
  schema?: Record<string, unknown>;
  archived?: boolean;
  description?: string;
}

export interface PolicyConfig {
  jq: string;
  description?: string;
}

export interface BypassConfig {
  actors: string[];
  reasons: Record<string, string>;
  /** e.g. `30d`, `12h` */
  maxTtl: string;
}

export interface FactstoreConfig {
  facts: { repo?: string; branch: string };
  trust: { signers: TrustedSigner[] };
  flows: Record<string, FlowConfig>;
  types: Record<string, TypeConfig>;
  policies: Record<string, PolicyConfig>;
  environments: Record<string, { members: string[] }>;
  bypass?: BypassConfig;
  /** evidence size limit in bytes (default 10 MiB) */
  evidenceMaxBytes: number;
}
