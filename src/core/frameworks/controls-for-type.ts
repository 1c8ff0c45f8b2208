import type { Framework, FrameworkControl } from './framework.js';

/** The controls of `framework` that an attestation of `type` evidences (all or part of). */
export function controlsForType(framework: Framework, type: string): FrameworkControl[] {
  return framework.controls.filter((control) => (control.types ?? []).includes(type));
}
