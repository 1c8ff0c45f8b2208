import * as core from '@actions/core';
import type { DecidingConfig } from '../session.js';

/**
 * Says which config decided, in the log and as a line for the job summary: the default branch's
 * file at the commit it was read, so the decision can be replayed on exactly that config.
 */
export function reportDecidingConfig(config: DecidingConfig, serverUrl: string): string {
  const repo = `${config.repository.owner}/${config.repository.repo}`;
  core.info(`factstore: decided by ${config.path} of ${repo} at commit ${config.commit}, the tip of the default branch ${config.branch} (the workspace's copy is not read).`);
  if (config.workspaceDiffers) {
    core.notice(
      `factstore: ${config.path} in the workspace differs from the default branch's (${config.branch}, commit ${config.commit.slice(0, 12)}): ` +
        'this step decides by the default branch\'s, so a change to the config counts once it is merged there.',
    );
  }
  const file = `[\`${config.path}\`](${serverUrl}/${repo}/blob/${config.commit}/${config.path})`;
  const commit = `[\`${config.commit.slice(0, 7)}\`](${serverUrl}/${repo}/commit/${config.commit})`;
  return `\n\nDecided by ${file} of the default branch \`${config.branch}\` at commit ${commit}.\n`;
}
