import { repoOfPayload, type RepositoryPayload } from '../gate-target.js';
import type { RepoRef } from '../read-config.js';

/** The fields of a `deployment_protection_rule` delivery the App reads (webhook schema: all optional). */
export interface DeploymentProtectionPayload extends RepositoryPayload {
  environment?: string;
  deployment_callback_url?: string;
  deployment?: { sha: string; ref: string };
}

/** What GitHub asks: may this commit be deployed to this environment? Answer at the callback. */
export interface DeploymentRequest extends RepoRef {
  /** the GitHub environment's name */
  environment?: string;
  /** the commit deployed */
  sha?: string;
  /** the deployment's branch, when its ref names one (not a commit) */
  branch?: string;
  callbackUrl?: string;
}

export function deploymentOfPayload(payload: DeploymentProtectionPayload): DeploymentRequest {
  const { environment, deployment, deployment_callback_url: callbackUrl } = payload;
  const branch = branchOf(deployment?.ref);
  return {
    ...repoOfPayload(payload),
    ...(nonEmpty(environment) ? { environment } : {}),
    ...(nonEmpty(deployment?.sha) ? { sha: deployment.sha } : {}),
    ...(branch !== undefined ? { branch } : {}),
    ...(nonEmpty(callbackUrl) ? { callbackUrl } : {}),
  };
}

/** A ref that is a commit or a tag says nothing of the branch: then every flow of the environment applies. */
function branchOf(ref: string | undefined): string | undefined {
  if (!nonEmpty(ref) || /^[0-9a-f]{40}$/i.test(ref) || ref.startsWith('refs/tags/')) return undefined;
  return ref.replace(/^refs\/heads\//, '');
}

function nonEmpty(text: string | undefined): text is string {
  return typeof text === 'string' && text !== '';
}
