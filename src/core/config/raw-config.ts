import type { EnvironmentType, FactKind } from '../model/fact.js';

/** `.github/factstore.yml` as written (snake_case keys), after schema validation, before defaults. */
export interface RawConfig {
  _extends?: string;
  facts?: { repo?: string; branch?: string };
  trust?: {
    signers?: { principal: string; key: string; actors?: string[]; app?: boolean; kinds?: FactKind[]; until?: string }[];
    admins?: string[];
  };
  flows?: Record<string, RawFlow>;
  types?: Record<string, { format?: string; jq?: string; schema?: Record<string, unknown>; archived?: boolean; description?: string }>;
  policies?: Record<string, { jq: string; description?: string }>;
  environments?: Record<string, RawEnvironment>;
  bypass?: { actors: string[]; reasons: Record<string, string>; max_ttl: string };
  gate?: { allow_unscoped?: boolean };
  evidence?: { max_bytes?: number };
  exporters?: { otlp?: RawOtlpExporter };
  intoto?: RawIntoto;
}

export interface RawOtlpExporter {
  endpoint?: string;
  protocol?: 'http/protobuf' | 'http/json';
  headers?: Record<string, string>;
  auth?: {
    type: 'none' | 'header' | 'oauth2';
    header?: string;
    token_endpoint?: string;
    client_id?: string;
    scopes?: string[];
    client_auth?: 'basic' | 'post';
  };
}

export interface RawIntoto {
  keys?: { name: string; key: string }[];
  sigstore?: { trusted_root?: string; identities?: { san?: string; san_regexp?: string; issuer?: string }[] };
  predicate_types?: Record<string, string>;
}

/** A runtime environment (`type`) or a logical one (`members`): exactly one of the two. */
export interface RawEnvironment {
  type?: EnvironmentType;
  description?: string;
  require_flows?: string[];
  members?: string[];
}

export interface RawFlow {
  description?: string;
  require?: string[];
  approval?: { required?: boolean; approvers: string[]; min?: number; forbid_self?: boolean };
  policies?: string[];
  branches?: string[];
  environments?: string[];
  retries?: 'sticky' | 'latest';
  controls?: Record<string, string[]>;
}
