/**
 * `.github/factstore.yml` (DESIGN §3), after validation against `schemas/config.schema.json`
 * and defaulting. Everything the engine reads from the config goes through this shape.
 */
import type { EnvironmentType, FactKind } from '../model/fact.js';

export interface TrustedSigner {
  principal: string;
  /** OpenSSH public key line: `ssh-ed25519 AAAA... [comment]`. */
  key: string;
  /** a person's own key: the logins whose approvals and bypasses it may record */
  actors?: string[];
  /** the Factstore App's key: approvals and bypasses of any GitHub-authenticated user, decisions, alarms */
  app?: boolean;
  /** the kinds it may record, replacing its default (see `src/core/trust/authority.ts`) */
  kinds?: FactKind[];
  /** retired: counts only for facts added by this facts commit or its ancestors */
  until?: string;
}

export interface ApprovalRule {
  required: boolean;
  /** user logins and `@org/team` names */
  approvers: string[];
  min: number;
  /** the change's author cannot approve it (default true) */
  forbidSelf: boolean;
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
  /** the framework controls each required type evidences (`framework id`), shown in breakdowns */
  controls?: Record<string, string[]>;
}

export interface TypeConfig {
  format?: string;
  jq?: string;
  schema?: Record<string, unknown>;
  archived?: boolean;
  description?: string;
}

/**
 * An environment of `environments:`: a runtime one (`type`: its snapshots say what runs there) or a
 * logical one (`members`, one level deep; empty for a runtime environment).
 */
export interface EnvironmentConfig {
  members: string[];
  type?: EnvironmentType;
  description?: string;
  /** the flows every running artifact must be COMPLIANT in; absent: every flow that recorded it */
  requireFlows?: string[];
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

/** How an OTLP export authenticates; the secrets themselves come from the environment. */
export type OtlpAuthConfig =
  | { type: 'none' }
  /** a static header whose value is FACTSTORE_OTLP_HEADER_VALUE */
  | { type: 'header'; header: string }
  /** OAuth 2.0 client credentials; the secret is FACTSTORE_OTLP_CLIENT_SECRET */
  | { type: 'oauth2'; tokenEndpoint: string; clientId?: string; scopes: string[]; clientAuth: 'basic' | 'post' };

/** `exporters.otlp`: where `factstore export otlp` (CLI, Action) sends log records. */
export interface OtlpExporterConfig {
  /** the collector's OTLP/HTTP logs URL (`/v1/logs` is added to a URL with no path) */
  endpoint?: string;
  protocol: 'http/protobuf' | 'http/json';
  /** headers sent as they are (no secrets: the config is public to whoever reads the repository) */
  headers: Record<string, string>;
  auth: OtlpAuthConfig;
}

/** A public key trusted for DSSE envelopes another tool signed (`attest --intoto`). */
export interface IntotoKey {
  /** recorded as the signer of what the key signed */
  name: string;
  /** an OpenSSH public key line or a PEM public key (Ed25519, ECDSA P-256/P-384) */
  key: string;
}

/** A Sigstore certificate identity trusted for bundles: the SAN exactly or by an anchored regexp, and the OIDC issuer. */
export interface SigstoreIdentity {
  san?: string;
  sanRegexp?: string;
  issuer: string;
}

export interface IntotoConfig {
  keys: IntotoKey[];
  sigstore: {
    /** a trusted_root.json path from the repository's root; absent: Sigstore's public-good root shipped with Factstore */
    trustedRoot?: string;
    identities: SigstoreIdentity[];
  };
  /** predicateType -> attestation type, over the defaults (src/core/intoto/predicate-types.ts) */
  predicateTypes: Record<string, string>;
}

export interface FactstoreConfig {
  facts: { repo?: string; branch: string };
  trust: {
    signers: TrustedSigner[];
    /** who may clear a tamper alarm; empty: nobody, through a slash command */
    admins: string[];
  };
  flows: Record<string, FlowConfig>;
  types: Record<string, TypeConfig>;
  policies: Record<string, PolicyConfig>;
  environments: Record<string, EnvironmentConfig>;
  bypass?: BypassConfig;
  gate: {
    /** a commit no flow applies to is allowed (default false: blocked) */
    allowUnscoped: boolean;
  };
  /** evidence size limit in bytes (default 10 MiB) */
  evidenceMaxBytes: number;
  exporters?: { otlp?: OtlpExporterConfig };
  /** who is trusted for statements other tools made; absent when the config has no intoto: section */
  intoto?: IntotoConfig;
}
