import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/load-config.js';
import { FactstoreError } from '../../src/core/errors.js';
import { getFramework, planFrameworkImport, unifiedDiff } from '../../src/core/frameworks/index.js';
import { testKey } from '../helpers/git.js';
import { exampleConfigText } from './example-config.js';

const soc2 = getFramework('soc2');
const KEY = testKey().publicKey;

function thrown(fn: () => unknown): FactstoreError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FactstoreError);
    return e as FactstoreError;
  }
  throw new Error('expected an error');
}

/** The lines a diff removes: an import only ever adds. */
function removed(before: string, after: string): string[] {
  return unifiedDiff(before, after, { from: 'a', to: 'b' })
    .split('\n')
    .filter((l) => l.startsWith('-') && !l.startsWith('---'));
}

describe('planFrameworkImport into examples/factstore.yml', () => {
  const example = exampleConfigText();
  const plan = planFrameworkImport(example, soc2, 'soc2', { approvers: ['alice', '@acme/release-managers'] });

  it('adds the flow and only the types the example lacks, and the result loads', () => {
    expect(plan.conflicts).toEqual([]);
    expect(plan.added).toEqual({ types: ['sast', 'secret-scan'], policies: [], flow: 'soc2' });
    const config = parseConfig(plan.text, 'factstore.yml');
    expect(config.flows.soc2).toMatchObject({
      require: ['unit-tests', 'vulnerability-scan', 'sast', 'sbom', 'secret-scan'],
      approval: { required: true, approvers: ['alice', '@acme/release-managers'], min: 1, forbidSelf: true },
      policies: ['no-criticals'],
    });
    expect(config.types.sast).toMatchObject({ format: 'sarif', jq: '.error == 0' });
    expect(config.flows['payment-service']).toEqual(parseConfig(example, 'x').flows['payment-service']);
  });

  it('keeps every line of the user\'s file, comments and layout included, in order', () => {
    expect(removed(example, plan.text)).toEqual([]);
    expect(plan.text).toContain("# The demo's configuration.");
    expect(plan.text).toContain('    approval: { required: true, approvers: [alice], min: 1 }\n');
    expect(plan.text).toContain('# added by factstore frameworks import soc2');
    expect(plan.text.indexOf('  soc2:\n')).toBeLessThan(plan.text.indexOf('\ntypes:\n'));
  });

  it('adds nothing the second time', () => {
    const again = planFrameworkImport(plan.text, soc2, 'soc2', { approvers: ['alice', '@acme/release-managers'] });
    expect(again).toEqual({ text: plan.text, added: { types: [], policies: [], flow: '' }, conflicts: [] });
  });
});

describe('planFrameworkImport refuses to overwrite', () => {
  const example = exampleConfigText();

  it('a type of the same name defined differently: conflict, text unchanged', () => {
    const changed = example.replace('jq: .failures == 0 and .errors == 0', 'jq: .failures <= 3');
    const plan = planFrameworkImport(changed, soc2, 'soc2', { approvers: ['alice'] });
    expect(plan.text).toBe(changed);
    expect(plan.added).toEqual({ types: [], policies: [], flow: '' });
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatch(/^types\.unit-tests is already defined differently \(format junit, jq \.failures <= 3;/);
  });

  it('a policy of the same name with another jq, and a flow of the same name that asks for something else', () => {
    const changed = example.replace("jq: '([.attestations[] | .summary.critical // 0] | add // 0) == 0'", "jq: 'true'");
    const plan = planFrameworkImport(changed, soc2, 'payment-service', { approvers: ['alice'] });
    expect(plan.text).toBe(changed);
    expect(plan.conflicts.map((c) => c.split(' ')[0])).toEqual(['policies.no-criticals', 'flows.payment-service']);
  });

  it('a required type the registry lacks: defining it would change how that flow judges it', () => {
    const text = `trust:\n  signers:\n    - { principal: ci@acme, key: "${KEY}" }\nflows:\n  app:\n    require: [sast]\n`;
    const plan = planFrameworkImport(text, soc2, 'soc2', { approvers: ['alice'] });
    expect(plan.conflicts).toEqual([expect.stringMatching(/^types\.sast is not defined, yet flows app require it/)]);
  });

  it('a description that differs is no conflict: the user\'s stays', () => {
    const changed = example.replace('description: Unit test results (JUnit XML)', 'description: our tests');
    const plan = planFrameworkImport(changed, soc2, 'soc2', { approvers: ['alice'] });
    expect(plan.conflicts).toEqual([]);
    expect(plan.text).toContain('description: our tests');
  });
});

describe('planFrameworkImport input checks', () => {
  it('needs approvers when a control needs a person', () => {
    const e = thrown(() => planFrameworkImport(exampleConfigText(), soc2, 'soc2'));
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toContain('--approver');
    expect(e.message).toContain('CC8.1');
  });

  it('refuses an invalid config and a bad flow name before planning anything', () => {
    expect(thrown(() => planFrameworkImport('flows: [1]\n', soc2, 'soc2', { approvers: ['a'] })).code).toBe('CONFIG');
    expect(thrown(() => planFrameworkImport('', soc2, '../x', { approvers: ['a'] })).code).toBe('BAD_INPUT');
  });

  it('creates the sections a config lacks, and edits flow-style ones through the yaml Document', () => {
    const bare = planFrameworkImport('facts: { branch: factstore } # ours\n', soc2, 'soc2', { approvers: ['alice'] });
    expect(bare.text.startsWith('facts: { branch: factstore } # ours\nflows:\n  # added by')).toBe(true);
    expect(Object.keys(parseConfig(bare.text, 'x').types)).toEqual(Object.keys(soc2.types));

    const flowStyle = `# keep me\ntypes: { unit-tests: { format: junit, jq: '.failures == 0 and .errors == 0' } }\n`;
    const edited = planFrameworkImport(flowStyle, soc2, 'soc2', { approvers: ['alice'] });
    expect(edited.text).toContain('# keep me');
    expect(edited.added.types).toEqual(['vulnerability-scan', 'sast', 'sbom', 'secret-scan']);
    expect(Object.keys(parseConfig(edited.text, 'x').types)).toEqual(['unit-tests', 'vulnerability-scan', 'sast', 'sbom', 'secret-scan']);
  });
});
