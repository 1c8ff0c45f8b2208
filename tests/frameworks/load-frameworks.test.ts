import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { controlsForType, frameworkFlow, getFramework, listFrameworks, type Framework } from '../../src/core/frameworks/index.js';

function thrown(fn: () => unknown): FactstoreError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FactstoreError);
    return e as FactstoreError;
  }
  throw new Error('expected an error');
}

describe('listFrameworks / getFramework', () => {
  it('lists the six shipped frameworks, each naming its published source', () => {
    const all = listFrameworks();
    expect(all.map((f) => f.name)).toEqual(['gdpr', 'iso27001', 'pci-dss', 'slsa', 'soc2', 'sox']);
    for (const f of all) expect(f.source.url).toMatch(/^https:\/\//);
    expect(getFramework('pci-dss').version).toBe('4.0.1');
  });

  it('refuses an unknown name with BAD_INPUT, suggesting the closest and listing the rest', () => {
    const near = thrown(() => getFramework('soc3'));
    expect(near.code).toBe('BAD_INPUT');
    expect(near.message).toContain('Did you mean soc2?');
    expect(near.message).toContain('gdpr, iso27001, pci-dss, slsa, soc2, sox');
    expect(thrown(() => getFramework('hipaa')).message).not.toContain('Did you mean');
  });

  it('refuses a shipped file that is invalid or misnamed (a broken installation)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factstore-frameworks-'));
    mkdirSync(path.join(dir, 'catalogues'));
    const good = { ...getFramework('soc2'), name: 'other' };
    writeFileSync(path.join(dir, 'misnamed.json'), JSON.stringify(good));
    writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ ...good, name: 'broken', controls: [] }));
    expect(thrown(() => getFramework('misnamed', dir)).message).toContain('must be its file\'s name');
    const broken = thrown(() => getFramework('broken', dir));
    expect(broken.code).toBe('INTERNAL');
    expect(broken.message).toContain('/controls');
  });
});

describe('controlsForType', () => {
  it('names the controls an attestation type evidences', () => {
    const soc2 = getFramework('soc2');
    expect(controlsForType(soc2, 'vulnerability-scan').map((c) => c.id)).toEqual(['CC7.1', 'CC6.8']);
    expect(controlsForType(soc2, 'unit-tests').map((c) => c.id)).toEqual(['CC8.1']);
    expect(controlsForType(soc2, 'no-such-type')).toEqual([]);
  });
});

describe('frameworkFlow', () => {
  const base: Framework = {
    name: 'x',
    title: 'X',
    version: '1',
    source: { publisher: 'P', document: 'D', version: '1', url: 'https://example.com' },
    catalogue: 'x',
    types: { a: { format: 'junit' }, b: { format: 'sarif' } },
    policies: { p: { jq: 'true' } },
    controls: [
      { id: 'C1', title: 't', types: ['a', 'b'], approval: { min: 1, forbid_self: false } },
      { id: 'C2', title: 't', types: ['b'], approval: { min: 2 }, policies: ['p'] },
    ],
  };

  it('requires every type and policy once, keeps the strictest approval rule, and names the controls each type evidences', () => {
    expect(frameworkFlow(base, ['alice'])).toEqual({
      description: 'X: controls C1, C2',
      require: ['a', 'b'],
      approval: { required: true, approvers: ['alice'], min: 2, forbid_self: true },
      policies: ['p'],
      controls: { a: ['x C1'], b: ['x C1', 'x C2'] },
    });
  });

  it('asks for no approval when no control needs a person', () => {
    const flow = frameworkFlow({ ...base, controls: [{ id: 'C1', title: 't', types: ['a'] }] }, ['alice']);
    expect(flow).toEqual({ description: 'X: controls C1', require: ['a'], controls: { a: ['x C1'] } });
  });
});
