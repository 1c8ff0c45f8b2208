import type { FactContext } from '../../core/model/fact.js';
import type { OidcClaims } from './oidc-claims.js';
import type { RunnerEnv } from './runner-env.js';

/**
 * Where a fact was recorded from, for the `context` field: the run's identity from the runner's
 * environment and, when the job may mint one, the OIDC token's claims (which GitHub signs, unlike
 * the environment). Absent values are left out.
 */
export function runContext(env: RunnerEnv, claims: OidcClaims | undefined): FactContext {
  const context: FactContext = {};
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') context[key] = value.slice(0, 4096);
  };
  put('repository', env.repository);
  put('workflow', env.workflow);
  put('job', env.job);
  put('runId', env.runId);
  put('runAttempt', env.runAttempt);
  put('ref', env.ref);
  put('sha', env.sha);
  put('actor', env.actor);
  put('event', env.event);
  put('serverUrl', env.serverUrl);
  if (claims !== undefined) {
    put('oidcIssuer', claims.issuer);
    put('jobWorkflowRef', claims.jobWorkflowRef);
    put('repositoryId', claims.repositoryId);
    put('oidcRunId', claims.runId);
  }
  return context;
}
