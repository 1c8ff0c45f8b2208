import type { RawFlow } from '../config/raw-config.js';
import type { FrameworkPolicy, FrameworkType } from './framework.js';

/** A type judges the same way when format, jq, schema and archived agree; its description may differ. */
export function sameType(a: FrameworkType, b: FrameworkType): boolean {
  return canonical([a.format, a.jq, a.schema, a.archived ?? false]) === canonical([b.format, b.jq, b.schema, b.archived ?? false]);
}

export function samePolicy(a: FrameworkPolicy, b: FrameworkPolicy): boolean {
  return a.jq === b.jq;
}

/**
 * An existing flow already asks what the import would: same required types and policies, same
 * approval rule (its approvers compared only when `compareApprovers`). Description, branches,
 * environments and retries are the user's and not compared.
 */
export function sameFlow(existing: RawFlow, wanted: RawFlow, compareApprovers: boolean): boolean {
  const rule = (f: RawFlow) =>
    f.approval === undefined
      ? null
      : {
          required: f.approval.required ?? true,
          min: f.approval.min ?? 1,
          forbidSelf: f.approval.forbid_self ?? true,
          approvers: compareApprovers ? [...f.approval.approvers].sort() : [],
        };
  const shape = (f: RawFlow) => ({ require: [...(f.require ?? [])].sort(), policies: [...(f.policies ?? [])].sort(), approval: rule(f) });
  return canonical(shape(existing)) === canonical(shape(wanted));
}

/** JSON with object keys sorted, so equal values give equal text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
