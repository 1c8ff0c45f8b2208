import * as core from '@actions/core';

/** Sets the step's outputs; an undefined value is set empty, so `steps.x.outputs.y` is always defined. */
export function setOutputs(outputs: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value ?? '');
}
