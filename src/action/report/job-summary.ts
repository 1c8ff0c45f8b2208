import * as core from '@actions/core';

/** Appends Markdown to the step's job summary; outside a runner (no GITHUB_STEP_SUMMARY) it is logged. */
export async function writeJobSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '') {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}
