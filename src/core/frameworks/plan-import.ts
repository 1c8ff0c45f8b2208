import { parseConfig } from '../config/load-config.js';
import { parseYaml } from '../config/parse-yaml.js';
import type { RawConfig } from '../config/raw-config.js';
import { badInput, FactstoreError } from '../errors.js';
import { checkName } from '../model/names.js';
import type { Framework } from './framework.js';
import { frameworkFlow } from './framework-flow.js';
import { insertEntries, type SectionAddition } from './insert-entries.js';
import { sameFlow, samePolicy, sameType } from './same-definition.js';

export interface ImportPlan {
  /** the config text with the additions; the input itself when nothing is added or there are conflicts */
  text: string;
  /** what the import adds; `flow` is '' when an identical flow is already there */
  added: { types: string[]; policies: string[]; flow: string };
  /** why the import is refused: a type, policy or flow of the same name that differs; empty when none */
  conflicts: string[];
}

export interface ImportOptions {
  /** who may approve: needed when a control asks for a person's approval and the flow is new */
  approvers?: readonly string[];
  /** how the config file is named in errors */
  source?: string;
}

/**
 * Plans adding `framework` to a config as flow `flowName`, with the types and policies it needs
 * that the config lacks. Nothing existing is ever changed: a type, policy or flow of the same name
 * with another definition is a conflict and the whole import is refused. The text is edited, so
 * the user's comments and order stay; the result is checked to load as a config.
 */
export function planFrameworkImport(configText: string, framework: Framework, flowName: string, options: ImportOptions = {}): ImportPlan {
  const source = options.source ?? 'the config';
  checkName('flow', flowName);
  parseConfig(configText, source);
  const raw = (parseYaml(configText, source) ?? {}) as RawConfig;
  const approvers = options.approvers ?? [];
  const flow = frameworkFlow(framework, approvers);
  const conflicts = [...typeConflicts(raw, framework), ...policyConflicts(raw, framework)];
  const existingFlow = Object.hasOwn(raw.flows ?? {}, flowName) ? raw.flows?.[flowName] : undefined;
  if (existingFlow !== undefined && !sameFlow(existingFlow, flow, approvers.length > 0)) {
    conflicts.push(`flows.${flowName} already exists and asks for something else: import under another --flow name, or remove it first`);
  }
  const nothing = { types: [], policies: [], flow: '' };
  if (conflicts.length > 0) return { text: configText, added: nothing, conflicts };
  if (existingFlow === undefined && flow.approval !== undefined && approvers.length === 0) {
    throw badInput(
      `framework ${framework.name} has controls that need a person's approval (${approvalControls(framework)}): ` +
        'name who may approve with --approver LOGIN (repeat it, or use @org/team).',
    );
  }
  const types = Object.keys(framework.types).filter((name) => !Object.hasOwn(raw.types ?? {}, name));
  const policies = Object.keys(framework.policies ?? {}).filter((name) => !Object.hasOwn(raw.policies ?? {}, name));
  const additions: SectionAddition[] = [];
  const by = `added by factstore frameworks import ${framework.name}`;
  if (existingFlow === undefined) additions.push({ section: 'flows', entries: { [flowName]: flow }, comment: `${by}: ${framework.source.document}` });
  if (types.length > 0) additions.push({ section: 'types', entries: pick(framework.types, types), comment: by });
  if (policies.length > 0) additions.push({ section: 'policies', entries: pick(framework.policies ?? {}, policies), comment: by });
  if (additions.length === 0) return { text: configText, added: nothing, conflicts: [] };
  const text = insertEntries(configText, additions);
  try {
    parseConfig(text, source);
  } catch (cause) {
    throw new FactstoreError('INTERNAL', `factstore: importing ${framework.name} would leave ${source} invalid (a factstore bug; please report it): ${String(cause)}`, { cause });
  }
  return { text, added: { types, policies, flow: existingFlow === undefined ? flowName : '' }, conflicts: [] };
}

function typeConflicts(raw: RawConfig, framework: Framework): string[] {
  const conflicts: string[] = [];
  for (const [name, wanted] of Object.entries(framework.types)) {
    const existing = raw.types?.[name];
    if (existing !== undefined && Object.hasOwn(raw.types ?? {}, name)) {
      if (!sameType(existing, wanted)) {
        conflicts.push(`types.${name} is already defined differently (${describe(existing)}; ${framework.name} needs ${describe(wanted)}): rename yours or align it`);
      }
      continue;
    }
    // a required type the registry lacks is judged by its format alone: defining it would change those flows
    const users = Object.entries(raw.flows ?? {}).filter(([, f]) => (f.require ?? []).includes(name)).map(([n]) => n);
    if (users.length > 0) {
      conflicts.push(`types.${name} is not defined, yet flows ${users.join(', ')} require it (judged by its evidence format alone): defining it would change how they judge it; add your own definition under types: first`);
    }
  }
  return conflicts;
}

function policyConflicts(raw: RawConfig, framework: Framework): string[] {
  return Object.entries(framework.policies ?? {})
    .filter(([name, wanted]) => {
      const existing = Object.hasOwn(raw.policies ?? {}, name) ? raw.policies?.[name] : undefined;
      return existing !== undefined && !samePolicy(existing, wanted);
    })
    .map(([name, wanted]) => `policies.${name} is already defined with another jq (${framework.name} needs ${JSON.stringify(wanted.jq)}): rename yours or align it`);
}

function describe(type: { format?: string; jq?: string; schema?: unknown; archived?: boolean }): string {
  const parts = [`format ${type.format ?? 'any'}`];
  if (type.jq !== undefined) parts.push(`jq ${type.jq}`);
  if (type.schema !== undefined) parts.push('a schema');
  if (type.archived === true) parts.push('archived');
  return parts.join(', ');
}

function approvalControls(framework: Framework): string {
  return framework.controls.filter((c) => c.approval !== undefined).map((c) => c.id).join(', ');
}

function pick<V>(map: Record<string, V>, names: readonly string[]): Record<string, V> {
  return Object.fromEntries(names.map((name) => [name, map[name] as V]));
}
