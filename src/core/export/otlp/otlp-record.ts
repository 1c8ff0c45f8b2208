import type { FactstoreConfig } from '../../config/config.js';
import { auditEvent, type Fact } from '../../model/fact.js';
import type { CountedFact } from '../../trust/file-trust.js';
import * as cb from './complybeacon.js';

/** An attribute value as OTLP carries it (AnyValue: string, int, bool, or an array of strings). */
export type OtlpValue = string | number | boolean | string[];

/** One OTLP log record for one fact, before the SDK turns it into the wire shape. */
export interface OtlpRecord {
  /** the fact's kind: the stream it is counted under in the summary */
  stream: Fact['kind'];
  /** the fact's time (when it was recorded) */
  timestamp: string;
  /** the facts commit's time (when it reached the facts branch) */
  observedTimestamp: string;
  severityNumber: number;
  severityText: 'INFO' | 'WARN' | 'ERROR';
  /** `factstore.<audit event, lower case>`, e.g. factstore.gate_allowed */
  eventName: string;
  /** the fact itself, as its JSON line */
  body: string;
  attributes: Record<string, OtlpValue>;
}

export interface RecordContext {
  /** the config as it is now: its flows' `controls:` give the compliance context of attestations */
  config?: FactstoreConfig;
  /** owner/name of the repository the facts are about, for links to the config a decision read */
  repository?: string;
  /** https://github.com, or a GitHub Enterprise host */
  serverUrl?: string;
  /** where the config lives in that repository (.github/factstore.yml) */
  configPath?: string;
  /** Factstore's version: policy.engine.version */
  engineVersion: string;
}

// OpenTelemetry's SeverityNumber (logs data model): INFO 9, WARN 13, ERROR 17
const SEVERITY = { INFO: 9, WARN: 13, ERROR: 17 } as const;

/**
 * The log record of one fact that counts: ComplyBeacon's attributes (pinned, see complybeacon.ts)
 * so a truthbeam processor can enrich it, and Factstore's own (`factstore.*`) so a reader can find
 * the fact again — its flow, trail, facts commit, signer and digests.
 */
export function otlpRecord(counted: CountedFact, context: RecordContext): OtlpRecord {
  const { fact } = counted;
  const result = evaluationResult(fact);
  const severityText = fact.kind === 'alarm' && fact.event === 'TAMPER_ALARM_RAISED' ? 'ERROR' : result === 'Failed' ? 'WARN' : 'INFO';
  const event = auditEvent(fact);
  const target = targetOf(fact);
  const attributes: Record<string, OtlpValue> = {
    [cb.POLICY_ENGINE_NAME]: cb.ENGINE_NAME,
    [cb.POLICY_ENGINE_VERSION]: context.engineVersion,
    [cb.POLICY_RULE_ID]: ruleId(fact),
    [cb.POLICY_RULE_NAME]: ruleName(fact),
    [cb.POLICY_EVALUATION_RESULT]: result,
    [cb.POLICY_EVALUATION_MESSAGE]: message(fact),
    ...(target !== undefined
      ? { [cb.POLICY_TARGET_ID]: target.id, [cb.POLICY_TARGET_NAME]: target.name, [cb.POLICY_TARGET_TYPE]: target.type }
      : {}),
    ...optional(cb.POLICY_TARGET_ENVIRONMENT, fact.kind === 'decision' || fact.kind === 'snapshot' || fact.kind === 'drift' ? fact.environment : undefined),
    ...optional(cb.POLICY_RULE_URI, ruleUri(fact, context)),
    ...complianceContext(fact, context.config),
    'factstore.fact_id': fact.id,
    'factstore.kind': fact.kind,
    'factstore.event': event,
    'factstore.actor': fact.actor,
    'factstore.facts_commit': counted.commit,
    'factstore.signer': counted.signer,
    ...optional('factstore.flow', 'flow' in fact ? fact.flow : undefined),
    ...optional('factstore.trail', fact.trail),
    ...optional('factstore.commit', fact.commit),
    ...optional('factstore.artifact', fact.artifact),
    ...optional('factstore.environment', fact.kind === 'snapshot' || fact.kind === 'drift' ? fact.environment : undefined),
    ...(fact.kind === 'attestation' && fact.evidence.length > 0 ? { 'factstore.evidence.sha256': fact.evidence.map((e) => e.sha256) } : {}),
    ...optional('factstore.run.url', runUrl(fact)),
  };
  return {
    stream: fact.kind,
    timestamp: fact.ts,
    observedTimestamp: counted.time,
    severityNumber: SEVERITY[severityText],
    severityText,
    eventName: `factstore.${event.toLowerCase()}`,
    body: JSON.stringify(fact),
    attributes,
  };
}

/**
 * `policy.evaluation.result`: an attestation, an approval, a gate decision, a bypass, drift or an
 * alarm passes or fails; a trail start, an artifact or a snapshot evaluates nothing.
 */
export function evaluationResult(fact: Fact): cb.EvaluationResult {
  switch (fact.kind) {
    case 'attestation':
      return fact.status === 'PASSED' ? 'Passed' : fact.status === 'FAILED' ? 'Failed' : 'Not Run';
    case 'approval':
      return fact.decision === 'APPROVED' ? 'Passed' : 'Failed';
    case 'decision':
      return fact.event === 'GATE_ALLOWED' ? 'Passed' : 'Failed';
    case 'bypass':
      return fact.event === 'BYPASS_GRANTED' ? 'Passed' : 'Failed';
    case 'drift':
      return fact.event === 'DRIFT_RESOLVED' ? 'Passed' : 'Failed';
    case 'alarm':
      return fact.event === 'TAMPER_ALARM_CLEARED' ? 'Passed' : 'Failed';
    default:
      return 'Not Applicable';
  }
}

/** `policy.rule.id`: the control a fact is a result of, stable across records (Compass maps it to controls). */
function ruleId(fact: Fact): string {
  switch (fact.kind) {
    case 'attestation':
      return fact.type;
    case 'decision':
      return 'gate';
    case 'snapshot':
      return 'environment-snapshot';
    case 'alarm':
      return 'tamper-alarm';
    default:
      return fact.kind;
  }
}

function ruleName(fact: Fact): string {
  switch (fact.kind) {
    case 'attestation':
      return `${fact.type} attestation of flow ${fact.flow}`;
    case 'approval':
      return `approval of flow ${fact.flow}`;
    case 'decision':
      return `gate of flow ${fact.flow}`;
    case 'bypass':
      return `gate bypass of flow ${fact.flow}`;
    case 'drift':
      return `drift in environment ${fact.environment}`;
    case 'snapshot':
      return `snapshot of environment ${fact.environment}`;
    case 'alarm':
      return `tamper alarm of facts branch ${fact.branch}`;
    case 'trail':
      return `trail start of flow ${fact.flow}`;
    case 'artifact':
      return `artifact of flow ${fact.flow}`;
    case 'export':
      return `${fact.stream} export`;
  }
}

/** `policy.evaluation.message`: what happened, in a sentence. */
function message(fact: Fact): string {
  switch (fact.kind) {
    case 'attestation':
      return `${fact.type} ${fact.status}${fact.override !== undefined ? ` (given by hand against the evidence's ${fact.override.verdict}: ${fact.override.reason})` : ''}${fact.details !== undefined ? `: ${fact.details}` : ''}`;
    case 'approval':
      return `${fact.decision} by ${fact.actor}${fact.team !== undefined ? ` (as ${fact.team})` : ''}${fact.comment !== undefined ? `: ${fact.comment}` : ''}`;
    case 'decision':
      return `${fact.event}${fact.commit !== undefined ? ` for commit ${fact.commit}` : ''}${fact.environment !== undefined ? ` in ${fact.environment}` : ''}, decided on facts ${fact.factsCommit}${fact.bypass !== undefined ? ` under bypass ${fact.bypass}` : ''}`;
    case 'bypass':
      return `${fact.event} to ${fact.actor}: ${fact.reason}${fact.expires !== undefined ? ` until ${fact.expires}` : ''}${fact.refusal !== undefined ? ` (refused: ${fact.refusal})` : ''}`;
    case 'drift':
      return `${fact.event}: ${fact.name} ${fact.artifact}${fact.reason !== undefined ? ` (${fact.reason})` : ''}${fact.resolution !== undefined ? ` (${fact.resolution})` : ''}`;
    case 'snapshot':
      return `${fact.environment} runs ${fact.artifacts.length} artifact(s)`;
    case 'alarm':
      return fact.event === 'TAMPER_ALARM_RAISED' ? `${fact.incidents?.map((i) => `${i.kind}: ${i.detail}`).join('; ') ?? ''}` : `cleared: ${fact.comment ?? ''}`;
    case 'trail':
      return `trail ${fact.trail} started${fact.commit !== undefined ? ` for commit ${fact.commit}` : ''}`;
    case 'artifact':
      return `artifact ${fact.name}${fact.tag !== undefined ? `:${fact.tag}` : ''} ${fact.artifact}`;
    case 'export':
      return `${fact.records} record(s) through facts ${fact.through}`;
  }
}

/** `policy.target.*`: the artifact (by digest) when the fact names one, else the commit, else the trail. */
function targetOf(fact: Fact): { id: string; name: string; type: string } | undefined {
  if (fact.kind === 'drift') return { id: fact.artifact, name: fact.name, type: 'artifact' };
  if (fact.kind === 'artifact') return { id: fact.artifact, name: fact.name, type: 'artifact' };
  if (fact.kind === 'snapshot') return { id: fact.environment, name: fact.environment, type: 'environment' };
  if (fact.artifact !== undefined) return { id: fact.artifact, name: fact.artifact, type: 'artifact' };
  if (fact.commit !== undefined) return { id: fact.commit, name: fact.commit.slice(0, 12), type: 'commit' };
  if ('flow' in fact && fact.trail !== undefined) return { id: `${fact.flow}/${fact.trail}`, name: fact.trail, type: 'trail' };
  return undefined;
}

/** `policy.rule.uri`: the config a gate decision was taken with, at its commit, when the repository is known. */
function ruleUri(fact: Fact, context: RecordContext): string | undefined {
  if (fact.kind !== 'decision' || fact.configCommit === undefined || context.repository === undefined) return undefined;
  return `${context.serverUrl ?? 'https://github.com'}/${context.repository}/blob/${fact.configCommit}/${context.configPath ?? '.github/factstore.yml'}`;
}

/**
 * The compliance context Factstore knows itself: the trail as the assessment, the framework
 * controls the flow maps the attestation's type to (`controls:`, e.g. `soc2 CC8.1`), the gate's
 * action, and a bypass as an active exception. A truthbeam processor adds what Compass maps.
 */
function complianceContext(fact: Fact, config: FactstoreConfig | undefined): Record<string, OtlpValue> {
  const out: Record<string, OtlpValue> = {};
  if ('flow' in fact && fact.trail !== undefined) out[cb.COMPLIANCE_ASSESSMENT_ID] = `${fact.flow}/${fact.trail}`;
  if (fact.kind === 'attestation') {
    const controls = config?.flows[fact.flow]?.controls?.[fact.type] ?? [];
    if (controls.length > 0) {
      out[cb.COMPLIANCE_FRAMEWORKS] = [...new Set(controls.map((c) => c.split(' ')[0] ?? c))];
      out[cb.COMPLIANCE_REQUIREMENTS] = controls.map((c) => c.split(' ').slice(1).join(' ') || c);
    }
  }
  if (fact.kind === 'decision') out[cb.COMPLIANCE_REMEDIATION_ACTION] = fact.event === 'GATE_ALLOWED' ? 'Allow' : 'Block';
  if (fact.kind === 'decision' && fact.bypass !== undefined) {
    out[cb.COMPLIANCE_REMEDIATION_EXCEPTION_ACTIVE] = true;
    out[cb.COMPLIANCE_REMEDIATION_EXCEPTION_ID] = fact.bypass;
  }
  if (fact.kind === 'bypass') {
    out[cb.COMPLIANCE_REMEDIATION_EXCEPTION_ACTIVE] = fact.event === 'BYPASS_GRANTED';
    out[cb.COMPLIANCE_REMEDIATION_EXCEPTION_ID] = fact.id;
  }
  return out;
}

/** The CI run that recorded the fact, from its context. */
function runUrl(fact: Fact): string | undefined {
  const c = fact.context;
  if (c?.runId === undefined || c.repository === undefined) return undefined;
  return `${c.serverUrl ?? 'https://github.com'}/${c.repository}/actions/runs/${c.runId}`;
}

function optional(key: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}
