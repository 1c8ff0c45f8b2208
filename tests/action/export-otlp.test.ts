// The OTLP export step on the fake GitHub: the destination and auth from the default branch's config,
// the secret from the step's environment, the facts trusted keys appended sent to a local collector
// that decodes with OpenTelemetry's protobuf definitions, the cursor recorded, a re-run sending nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/core/schema/index.js';
import { received, startReceiver, type Receiver } from '../helpers/otlp-receiver.js';
import { commands } from './runner.js';
import { configText, FLOW, putEvidence, REPO, world, type World } from './world.js';

let w: World;
let collector: Receiver;
const SECRET = 'static-header-secret-value';

beforeAll(async () => {
  collector = await startReceiver();
  w = await world({ config: (key) => configText(key, `exporters:\n  otlp:\n    endpoint: ${collector.url}\n    protocol: http/json\n    auth: { type: header, header: X-Collector-Key }\n`) });
  expect((await w.step({ flow: FLOW, artifact: `sha256:${'a'.repeat(64)}`, 'artifact-name': 'app' }, {}, 'begin')).code).toBe(0);
  putEvidence(w, 'junit/mocha-xunit__latex-utensils.xml', 'junit.xml');
  expect((await w.step({ flow: FLOW, type: 'unit-tests', evidence: 'junit.xml' })).code).toBe(0);
});

afterAll(async () => {
  await collector.close();
});

describe('the OTLP export step', () => {
  it('fails naming the secret when it is not in the environment, sending nothing', async () => {
    const r = await w.step({}, {}, 'export-otlp');
    expect(r.code).toBe(1);
    expect(commands(r.stdout, 'error')[0]?.message).toContain('FACTSTORE_OTLP_HEADER_VALUE is not set');
    expect(collector.requests).toEqual([]);
  });

  it('sends the facts with the header from the environment, records the cursor, and sends nothing on a re-run', async () => {
    const r = await w.step({}, { FACTSTORE_OTLP_HEADER_VALUE: SECRET }, 'export-otlp');
    expect(commands(r.stdout, 'error')).toEqual([]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.outputs.result ?? '') as { exported: number; cursorCommit: string };
    expect(validate('cli/export-otlp', result).ok).toBe(true);
    expect(result.exported).toBe(3);
    expect(r.outputs.exported).toBe('3');
    expect(r.outputs['facts-commit']).toBe(w.gh.ref(REPO, 'heads/factstore'));
    expect(collector.requests.every((q) => q.headers['x-collector-key'] === SECRET && q.contentType === 'application/json')).toBe(true);
    expect(received(collector).map((x) => x.attributes['factstore.kind'])).toEqual(['trail', 'artifact', 'attestation']);
    expect(received(collector)[2]?.attributes['factstore.run.url']).toBe(`https://github.com/${REPO}/actions/runs/9000000001`);
    expect(r.summary).toMatch(/\| attestation \| 1 \| 0 \| OK \|/);
    expect(`${r.stdout}${r.summary}`).not.toContain(SECRET);
    const again = await w.step({}, { FACTSTORE_OTLP_HEADER_VALUE: SECRET }, 'export-otlp');
    expect(again.code).toBe(0);
    expect(again.outputs.exported).toBe('0');
    expect(again.summary).toContain('Nothing new to send.');
    expect(received(collector)).toHaveLength(3);
  });

  it('fails the step when the collector refuses, with its message in the summary', async () => {
    expect((await w.step({ flow: FLOW, type: 'vulnerability-scan', status: 'PASSED' })).code).toBe(0);
    collector.failNext.push({ status: 400, body: JSON.stringify({ code: 3, message: 'quota exceeded for tenant acme' }) });
    const tip = w.gh.ref(REPO, 'heads/factstore');
    const r = await w.step({}, { FACTSTORE_OTLP_HEADER_VALUE: SECRET }, 'export-otlp');
    expect(r.code).toBe(1);
    expect(r.summary).toContain('| attestation | 0 | 1 | FAILED |');
    expect(r.summary).toContain('quota exceeded for tenant acme');
    expect(commands(r.stdout, 'error')[0]?.message).toContain('did not take 1 record(s)');
    expect(w.gh.ref(REPO, 'heads/factstore')).toBe(tip);
  });
});
