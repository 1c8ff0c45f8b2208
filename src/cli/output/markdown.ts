import type { Breakdown } from '../../core/report/breakdown/index.js';
import { renderBreakdownMarkdown } from '../../core/report/breakdown/index.js';
import { badInput } from '../../core/errors.js';
import type { OptionSpec } from '../args/option-spec.js';
import type { OptionValues } from '../command.js';
import { flag } from '../args/values.js';
import type { CliContext } from '../context/context.js';

/** `--markdown`: the compliance breakdown as GitHub-flavoured Markdown (for a job summary or a comment). */
export const MARKDOWN_OPTION: OptionSpec = {
  name: 'markdown',
  type: 'boolean',
  description: 'print the compliance breakdown as Markdown (e.g. >> "$GITHUB_STEP_SUMMARY") instead of text',
};

/** Whether --markdown was asked for; it prints one document, like --json, so the two exclude each other. */
export function wantsMarkdown(ctx: CliContext, values: OptionValues): boolean {
  const markdown = flag(values, 'markdown');
  if (markdown && ctx.json) throw badInput('--markdown and --json both choose the output: pass one of them.');
  return markdown;
}

export function printMarkdown(ctx: CliContext, breakdown: Breakdown): void {
  ctx.io.stdout(`${renderBreakdownMarkdown(breakdown).trimEnd()}\n`);
}
