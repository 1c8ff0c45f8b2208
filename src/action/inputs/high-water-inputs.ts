import { badInput } from '../../core/errors.js';
import { optionalInput } from './input-reader.js';

/** The GitHub App a workflow's GITHUB_TOKEN acts as: its check runs are GitHub Actions'. */
export const GITHUB_ACTIONS_APP_ID = 15368;

/**
 * `high-water-app-id`: the App whose check runs keep the facts branch's high-water mark (the
 * workflow gate writes them with its token: GitHub Actions for GITHUB_TOKEN, or the App a token
 * of `actions/create-github-app-token` belongs to).
 */
export function readHighWaterAppId(): number {
  const text = optionalInput('high-water-app-id');
  if (text === undefined) return GITHUB_ACTIONS_APP_ID;
  if (!/^[1-9][0-9]{0,11}$/.test(text)) throw badInput(`the \`high-water-app-id\` input is ${JSON.stringify(text)}: give the id of the GitHub App whose token writes the gate's check runs (GitHub Actions: ${GITHUB_ACTIONS_APP_ID}).`);
  return Number(text);
}
