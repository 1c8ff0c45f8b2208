import type { FlowConfig, TypeConfig } from '../../config/config.js';
import type { BreakdownAudience } from './breakdown.js';

/** What next steps need to know to name commands: who reads them, the flow, the trail. */
export interface NextStepContext {
  audience: BreakdownAudience;
  flow: FlowConfig;
  /** null: the flow has no trail yet (`<trail>` stands in for it) */
  trail: string | null;
  /** the config's attestation types: the evidence a missing type expects */
  types?: Record<string, TypeConfig>;
  /** the commit a gate is about, when known */
  commit?: string;
}

/** The config file every flow, type and policy lives in (DESIGN §3). */
export const CONFIG_FILE = '.github/factstore.yml';

/** User text inside a next step: one line, and no backtick that could open or close a command. */
export function plain(text: string, max = 200): string {
  const line = text.replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  const points = Array.from(line);
  return points.length <= max ? line : `${points.slice(0, max - 1).join('')}…`;
}

function trailArg(ctx: NextStepContext): string {
  return ctx.trail ?? '<trail>';
}

/** How to record an attestation of `type`, as the audience does it. */
export function attestHow(ctx: NextStepContext, type: string): string {
  if (ctx.audience === 'github') return `add a factstore-attest step with \`flow: ${ctx.flow.name}\` and \`type: ${type}\``;
  return `record it with \`factstore attest --flow ${ctx.flow.name} --trail ${trailArg(ctx)} --type ${type} --evidence <file>\``;
}

/** "(evidence: a cyclonedx report)" when the type registry names a format. */
export function evidenceHint(ctx: NextStepContext, type: string): string {
  const format = ctx.types !== undefined && Object.hasOwn(ctx.types, type) ? ctx.types[type]?.format : undefined;
  if (format === undefined) return '';
  return format === 'raw' ? ' (evidence: any file, stored as is)' : ` (evidence: a ${format} report)`;
}

/** The approval command of the audience, in backticks. */
export function approveCommand(ctx: NextStepContext): string {
  if (ctx.audience === 'github') return `\`/factstore approve ${ctx.flow.name}\``;
  return `\`factstore approve --flow ${ctx.flow.name} --trail ${trailArg(ctx)}\``;
}

/** Where a sticky failure goes: a new trail. */
export function newTrailHow(ctx: NextStepContext): string {
  if (ctx.audience === 'github') return "push the fix: the new commit's run records a new trail";
  return `start one with \`factstore trails begin --flow ${ctx.flow.name} --trail <new trail>\``;
}

/** How a trail for the gated commit comes to exist. */
export function beginTrailHow(ctx: NextStepContext): string {
  if (ctx.audience === 'github') return `run the workflow whose factstore-attest steps record flow ${ctx.flow.name} for it`;
  const commit = ctx.commit !== undefined ? ` --commit ${ctx.commit}` : '';
  return `start one with \`factstore trails begin --flow ${ctx.flow.name}${commit}\``;
}

/** How an artifact gets onto a trail (the Action has no artifact step: the CLI does it in both cases). */
export function reportArtifactHow(ctx: NextStepContext, digest: string): string {
  const command = `\`factstore artifacts create --flow ${ctx.flow.name} --trail ${trailArg(ctx)} --name <name> --sha256 ${digest}\``;
  return ctx.audience === 'github' ? `report it from the workflow that built it with ${command}` : `report it with ${command}`;
}
