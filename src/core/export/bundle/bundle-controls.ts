import type { FactstoreConfig } from '../../config/config.js';
import { controlsForType } from '../../frameworks/controls-for-type.js';
import type { Framework, FrameworkControl } from '../../frameworks/framework.js';
import type { Fact } from '../../model/fact.js';

/**
 * The controls of `framework` a fact evidences: an attestation those listing its type (and those
 * the flow's `controls:` map names for it); an approval, a gate decision, a bypass or its refusal
 * and drift the controls that require changes to be approved (change authorisation, and changes
 * that escaped it). Snapshots and alarms evidence none by themselves.
 */
export function controlsOf(fact: Fact, framework: Framework, config: FactstoreConfig): FrameworkControl[] {
  if (fact.kind === 'attestation') {
    const named = (config.flows[fact.flow]?.controls?.[fact.type] ?? [])
      .filter((c) => c.toLowerCase().startsWith(`${framework.name.toLowerCase()} `))
      .map((c) => c.slice(framework.name.length + 1));
    const byType = controlsForType(framework, fact.type);
    return framework.controls.filter((c) => byType.includes(c) || named.includes(c.id));
  }
  if (fact.kind === 'approval' || fact.kind === 'decision' || fact.kind === 'bypass' || fact.kind === 'drift') {
    return framework.controls.filter((c) => c.approval !== undefined);
  }
  return [];
}
