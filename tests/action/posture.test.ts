// The posture step on the fake GitHub: the job summary and the `result` output, counted from the
// facts trusted keys appended, with the default branch's config; it writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PostureReport } from '../../src/core/posture/build-posture.js';
import { validate } from '../../src/core/schema/index.js';
import { commands } from './runner.js';
import { configText, FLOW, putEvidence, REPO, world, type World } from './world.js';

let w: World;

beforeAll(async () => {
  w = await world({ config: (key) => configText(key, 'environments:\n  production: { type: k8s }\n') });
  // one trail COMPLIANT (unit tests and a scan passed), one with nothing but its artifact (NON_COMPLIANT: its evidence is missing)
  expect((await w.step({ flow: FLOW, artifact: `sha256:${'a'.repeat(64)}`, 'artifact-name': 'app' }, {}, 'begin')).code).toBe(0);
  putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
  putEvidence(w, 'sarif/snyk-code__test-code-consistent-ignores.sarif.json', 'snyk.sarif');
  expect((await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' })).code).toBe(0);
  expect((await w.step({ flow: FLOW, type: 'vulnerability-scan', evidence: 'snyk.sarif' })).code).toBe(0);
  expect((await w.step({ flow: FLOW, trail: 'second', commit: 'b'.repeat(40), artifact: `sha256:${'b'.repeat(64)}`, 'artifact-name': 'app' }, {}, 'begin')).code).toBe(0);
});

describe('the posture step', () => {
  it('writes the posture to the job summary and outputs it as JSON, reading only', async () => {
    const tip = w.gh.ref(REPO, 'heads/factstore');
    w.gh.resetRequests();
    const r = await w.step({ frameworks: 'soc2', 'signing-key': '' }, {}, 'posture');
    expect(r.stderr).toBe('');
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.outputs.result ?? '') as PostureReport;
    const checked = validate('cli/posture', result);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(result.flows.find((f) => f.flow === FLOW)).toEqual({ flow: FLOW, trails: 2, compliant: 1, nonCompliant: 1, pending: 0, percent: 50, level: 'yellow' });
    expect(result.environments).toEqual([{ environment: 'production', type: 'k8s', status: 'NO_SNAPSHOT', running: 0, drifting: 0, openDrifts: 0, snapshot: null }]);
    expect(result.frameworks.map((f) => f.framework)).toEqual(['soc2']);
    expect(r.summary).toContain(`| 🟡 | ${FLOW} | 2 | 1 | 1 | 0 | 50 % |`);
    expect(r.summary).toContain('CC8.1');
    // the config that decided is named; nothing was written
    expect(r.summary).toMatch(/default branch/);
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(tip);
    expect(w.gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('refuses an unknown framework and a date it cannot read, naming the input', async () => {
    const fw = await w.step({ frameworks: 'soc3' }, {}, 'posture');
    expect(fw.code).toBe(1);
    expect(commands(fw.stdout, 'error')[0]?.message).toContain('soc3');
    const since = await w.step({ since: 'last tuesday' }, {}, 'posture');
    expect(since.code).toBe(1);
    expect(commands(since.stdout, 'error')[0]?.message).toContain('`since: last tuesday` is not a date');
  });
});
