import type { FactstoreConfig, FlowConfig, IntotoConfig, OtlpAuthConfig, OtlpExporterConfig, TrustedSigner, TypeConfig } from './config.js';
import type { RawConfig, RawFlow, RawIntoto, RawOtlpExporter } from './raw-config.js';

export const DEFAULT_FACTS_BRANCH = 'factstore';
export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** The OIDC issuer of GitHub Actions' tokens: what actions/attest's certificates name. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Fills in every default (DESIGN §3) so the engine never has to. `raw` is schema-valid. */
export function normalizeConfig(raw: RawConfig): FactstoreConfig {
  const config: FactstoreConfig = {
    facts: {
      ...(raw.facts?.repo !== undefined ? { repo: raw.facts.repo } : {}),
      branch: raw.facts?.branch ?? DEFAULT_FACTS_BRANCH,
    },
    trust: { signers: (raw.trust?.signers ?? []).map(normalizeSigner), admins: [...(raw.trust?.admins ?? [])] },
    flows: mapValues(raw.flows, normalizeFlow),
    types: mapValues(raw.types, normalizeType),
    policies: mapValues(raw.policies, (_name, p) => ({
      jq: p.jq,
      ...(p.description !== undefined ? { description: p.description } : {}),
    })),
    environments: mapValues(raw.environments, (_name, e) => ({
      members: [...(e.members ?? [])],
      ...(e.type !== undefined ? { type: e.type } : {}),
      ...(e.description !== undefined ? { description: e.description } : {}),
      ...(e.require_flows !== undefined ? { requireFlows: [...e.require_flows] } : {}),
    })),
    evidenceMaxBytes: raw.evidence?.max_bytes ?? DEFAULT_EVIDENCE_MAX_BYTES,
    gate: { allowUnscoped: raw.gate?.allow_unscoped ?? false },
    ...(raw.exporters?.otlp !== undefined ? { exporters: { otlp: normalizeOtlp(raw.exporters.otlp) } } : {}),
  };
  if (raw.bypass !== undefined) {
    config.bypass = { actors: [...raw.bypass.actors], reasons: { ...raw.bypass.reasons }, maxTtl: raw.bypass.max_ttl };
  }
  if (raw.intoto !== undefined) config.intoto = normalizeIntoto(raw.intoto);
  return config;
}

function normalizeIntoto(raw: RawIntoto): IntotoConfig {
  const trustedRoot = raw.sigstore?.trusted_root;
  return {
    keys: (raw.keys ?? []).map((k) => ({ name: k.name, key: k.key.trim() })),
    sigstore: {
      ...(trustedRoot !== undefined ? { trustedRoot } : {}),
      identities: (raw.sigstore?.identities ?? []).map((i) => ({
        ...(i.san !== undefined ? { san: i.san } : {}),
        ...(i.san_regexp !== undefined ? { sanRegexp: i.san_regexp } : {}),
        issuer: i.issuer ?? GITHUB_ACTIONS_ISSUER,
      })),
    },
    predicateTypes: { ...(raw.predicate_types ?? {}) },
  };
}

function normalizeFlow(name: string, flow: RawFlow): FlowConfig {
  const out: FlowConfig = {
    name,
    require: [...(flow.require ?? [])],
    policies: [...(flow.policies ?? [])],
    branches: [...(flow.branches ?? [])],
    environments: [...(flow.environments ?? [])],
    retries: flow.retries ?? 'sticky',
  };
  if (flow.description !== undefined) out.description = flow.description;
  if (flow.controls !== undefined) out.controls = Object.fromEntries(Object.entries(flow.controls).map(([t, ids]) => [t, [...ids]]));
  if (flow.approval !== undefined) {
    out.approval = {
      required: flow.approval.required ?? true,
      approvers: [...flow.approval.approvers],
      min: flow.approval.min ?? 1,
      forbidSelf: flow.approval.forbid_self ?? true,
    };
  }
  return out;
}

function normalizeSigner(s: NonNullable<NonNullable<RawConfig['trust']>['signers']>[number]): TrustedSigner {
  return {
    principal: s.principal,
    key: s.key.trim(),
    ...(s.actors !== undefined ? { actors: [...s.actors] } : {}),
    ...(s.app !== undefined ? { app: s.app } : {}),
    ...(s.kinds !== undefined ? { kinds: [...s.kinds] } : {}),
    ...(s.until !== undefined ? { until: s.until } : {}),
  };
}

function normalizeOtlp(raw: RawOtlpExporter): OtlpExporterConfig {
  const a = raw.auth;
  let auth: OtlpAuthConfig = { type: 'none' };
  if (a?.type === 'header') auth = { type: 'header', header: a.header ?? 'Authorization' };
  // the schema requires token_endpoint with oauth2
  if (a?.type === 'oauth2') {
    auth = { type: 'oauth2', tokenEndpoint: a.token_endpoint ?? '', ...(a.client_id !== undefined ? { clientId: a.client_id } : {}), scopes: [...(a.scopes ?? [])], clientAuth: a.client_auth ?? 'basic' };
  }
  return {
    ...(raw.endpoint !== undefined ? { endpoint: raw.endpoint } : {}),
    protocol: raw.protocol ?? 'http/protobuf',
    headers: { ...(raw.headers ?? {}) },
    auth,
  };
}

function normalizeType(_name: string, type: NonNullable<RawConfig['types']>[string]): TypeConfig {
  const out: TypeConfig = {};
  if (type.format !== undefined) out.format = type.format;
  if (type.jq !== undefined) out.jq = type.jq;
  if (type.schema !== undefined) out.schema = type.schema;
  if (type.archived !== undefined) out.archived = type.archived;
  if (type.description !== undefined) out.description = type.description;
  return out;
}

/** Object.fromEntries over a possibly absent map, keeping key order. */
function mapValues<V, R>(map: Record<string, V> | undefined, fn: (key: string, value: V) => R): Record<string, R> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, fn(k, v)]));
}
