// A push that touched the trails of many commits re-evaluates a bounded number and names the rest.
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../app/src/app-context.js';
import { MAX_REEVALUATED, reevaluate } from '../../app/src/push/reevaluate.js';
import { configFromValue } from '../../src/core/config/load-config.js';
import type { PolicyEvaluator } from '../../src/core/evaluate/policies.js';

// the config has no policy: nothing is ever asked of it
const noPolicies: PolicyEvaluator = { evaluate: () => ({ allow: false, reasons: ['not expected'] }) };

describe('reevaluate', () => {
  it(`gates at most ${MAX_REEVALUATED} commits, each once, and tells which were left and what to do`, async () => {
    const routes: string[] = [];
    const logs: string[] = [];
    const say = (level: string) => (m: string): void => {
      logs.push(`${level}: ${m}`);
    };
    // GitHub answers nothing: each gate fails on its own, logged, and the next one still runs
    const context: AppContext = {
      request: (route, params) => {
        routes.push(typeof params?.commit_sha === 'string' ? `${route} ${params.commit_sha}` : route);
        return Promise.reject(new Error('offline'));
      },
      configAt: () => Promise.resolve(null),
      log: { debug: say('debug'), info: say('info'), warn: say('warn'), error: say('error') },
    };
    const setup = { config: configFromValue({ flows: { payments: { require: ['unit-tests'] } }, types: { 'unit-tests': {} } }, 'factstore.yml'), configCommit: 'c'.repeat(40) };
    const commits = Array.from({ length: MAX_REEVALUATED + 3 }, (_, i) => ({ commit: i.toString(16).padStart(40, '0') }));
    const deps = { policyEvaluator: noPolicies, clock: () => new Date('2026-11-23T10:00:00Z'), actor: 'factstore[bot]', serverUrl: 'https://github.com', identity: () => Promise.resolve({ id: 1, slug: 'factstore' }) };
    await reevaluate(context, deps, setup, { owner: 'acme', repo: 'payments', defaultBranch: 'main' }, commits);
    const pulls = routes.filter((r) => r.startsWith('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls'));
    expect(pulls).toHaveLength(MAX_REEVALUATED);
    expect(logs.filter((l) => l.startsWith('error:') && l.includes('gating acme/payments@'))).toHaveLength(MAX_REEVALUATED);
    const left = commits.slice(MAX_REEVALUATED).map((c) => c.commit.slice(0, 7)).join(', ');
    expect(logs.find((l) => l.includes('were re-evaluated'))).toBe(`warn: factstore: the push touched the trails of ${MAX_REEVALUATED + 3} commits; ${MAX_REEVALUATED} were re-evaluated. Re-run the Factstore checks of the others to update them: ${left}.`);
  });
});
