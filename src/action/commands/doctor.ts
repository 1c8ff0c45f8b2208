import * as core from '@actions/core';
import { appJwt, runDoctor, type ConfigSource, type DoctorReport, type SigningKeySource } from '../../core/doctor/index.js';
import { badInput } from '../../core/errors.js';
import { gitHubRequest } from '../github/octokit.js';
import { optionalInput } from '../inputs/input-reader.js';
import { maskSecret } from '../secrets.js';
import { isFactstoreError } from '../../core/errors.js';
import { readWorkspaceConfig } from '../github/load-config.js';
import { repoText } from '../github/repo-name.js';
import { loadReviewedConfig } from '../github/reviewed-config.js';
import { readSigningKey } from '../inputs/signing-key.js';
import { readStoreInputs, type StoreInputs } from '../inputs/store-inputs.js';
import { writeJobSummary } from '../report/job-summary.js';
import type { ActionSession } from '../session.js';

/**
 * The doctor step: the same checks as `factstore doctor`, with the workflow's token: the config on
 * the default branch (and the workspace's copy), the signing key, the facts branch on GitHub, its
 * protection and the token's permissions. The lines go to the job summary; a PROBLEM fails the step.
 */
export async function doctor(session: ActionSession): Promise<void> {
  const { env } = session;
  const inputs = readStoreInputs(env);
  const request = session.github(inputs);
  const keyText = readSigningKey(env);
  const key: SigningKeySource = keyText === undefined ? { given: false } : { given: true, from: 'the `signing-key` input', text: keyText };
  const report = await runDoctor({
    config: await configSource(session, inputs),
    key,
    branch: inputs.factsBranch,
    store: 'github',
    github: {
      request,
      appRequest: appClient(session),
      hasToken: inputs.token !== undefined,
      apiUrl: env.apiUrl,
      repo: inputs.factsRepo === undefined ? undefined : repoText(inputs.factsRepo),
      fallbackRepo: env.repository,
      reason: 'the doctor step',
    },
  });
  for (const c of report.checks) core.info(`${c.status.padEnd(8)} ${c.id}: ${c.message}${c.fix === undefined ? '' : ` → ${c.fix}`}`);
  await writeJobSummary(summary(report));
  const problems = report.checks.filter((c) => c.status === 'PROBLEM');
  if (problems.length > 0) core.setFailed(`factstore doctor: ${problems.length} problem(s): ${problems.map((c) => `${c.id}: ${c.message} → ${c.fix ?? ''}`).join('; ')}`);
}

/**
 * With the App's id and private key (inputs `app-id`, `app-private-key`, e.g. from secrets), the
 * App's JWT asks GitHub whether the App is installed on the facts repository; the key is masked.
 */
function appClient(session: ActionSession) {
  const appId = optionalInput('app-id');
  const pem = optionalInput('app-private-key');
  if (pem !== undefined) maskSecret(pem);
  if (appId === undefined && pem === undefined) return undefined;
  if (appId === undefined || pem === undefined) {
    throw badInput('give `app-id` and `app-private-key` together (the App id and the .pem key from its settings page), or neither.');
  }
  return gitHubRequest(appJwt(appId, pem, session.now(), 'the `app-id` input'), session.env.apiUrl);
}

async function configSource(session: ActionSession, inputs: StoreInputs): Promise<ConfigSource> {
  const working = await readWorkspaceConfig(session.env.workspace, inputs.configPath);
  if (inputs.repository === undefined) return { path: inputs.configPath, at: undefined, committed: undefined, working, failure: 'no GITHUB_REPOSITORY: the doctor step runs in a workflow' };
  try {
    const reviewed = await loadReviewedConfig({
      request: session.github(inputs),
      repository: inputs.repository,
      configPath: inputs.configPath,
      defaultBranch: undefined,
      tokenInput: 'token',
      configTokenInput: false,
    });
    return { path: inputs.configPath, at: `${reviewed.branch} (${reviewed.commit.slice(0, 12)})`, committed: reviewed.text, working };
  } catch (e) {
    if (!isFactstoreError(e)) throw e;
    return { path: inputs.configPath, at: undefined, committed: undefined, working, failure: e.message };
  }
}

function summary(report: DoctorReport): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = report.checks.map((c) => `| ${c.status} | ${c.id} | ${cell(c.message)} | ${cell(c.fix ?? '')} |`);
  return `## factstore doctor: ${report.ok ? 'healthy' : 'problems found'}\n\n| status | check | found | what to do |\n|---|---|---|---|\n${rows.join('\n')}\n\n${report.network.note}\n`;
}
