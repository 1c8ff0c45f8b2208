import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import { checkName } from '../../src/core/model/names.js';
import {
  assertValid,
  assertValidFact,
  checkJsonSchema,
  findSchemasDir,
  validate,
  validateFact,
  validatorFor,
} from '../../src/core/schema/index.js';
import { sharedAjv } from '../../src/core/schema/shared-ajv.js';

const schemasDir = join(import.meta.dirname, '../../schemas');
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(schemasDir, 'fixtures/fact/valid', `${name}.json`), 'utf8')) as Record<string, unknown>;

function thrown(fn: () => unknown): FactstoreError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FactstoreError) return e;
    throw e;
  }
  throw new Error('expected a FactstoreError');
}

describe('schema files', () => {
  it.each(['fact', 'config'])('%s.schema.json compiles under ajv strict mode', (name) => {
    // strictRequired does not look through $ref, which the fact kinds are composed with.
    const strict = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
    addFormats.default(strict, ['date-time', 'uri']);
    expect(() => strict.compile(JSON.parse(readFileSync(join(schemasDir, `${name}.schema.json`), 'utf8')))).not.toThrow();
  });

  it('finds the package schemas folder from the module', () => {
    expect(findSchemasDir()).toBe(schemasDir);
  });
});

describe('validatorFor', () => {
  it('compiles lazily: only the schema asked for, once', () => {
    const fact = validatorFor('fact');
    expect(validatorFor('fact')).toBe(fact);
    expect(sharedAjv().getSchema('https://factstore.dev/schemas/config.schema.json')).toBeUndefined();
  });

  it('refuses names that are not schema names, and names no file', () => {
    expect(thrown(() => validatorFor('../package')).message).toContain('not a schema name');
    expect(thrown(() => validatorFor('cli/no-such-output')).message).toContain('cli/no-such-output.schema.json is missing');
  });
});

describe('validate', () => {
  it('reports every failing path, not only the first', () => {
    const fact = { ...fixture('attestation'), status: 'DONE', ts: 'now', trail: '../etc', extra: 1 };
    const result = validate('fact', fact);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(['/extra', '/status', '/trail', '/ts']);
  });

  it('escapes keys as JSON pointers', () => {
    const result = validate('config', { flows: { 'a/b~c': {} } });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['/flows/a~1b~0c']);
  });

  it('validateFact accepts a fact made by makeFact and rejects a stored uppercase digest', () => {
    expect(validateFact(fixture('artifact'))).toEqual({ ok: true });
    const upper = { ...fixture('artifact'), artifact: `sha256:${'A'.repeat(64)}` };
    expect(validateFact(upper)).toMatchObject({ ok: false, errors: [{ path: '/artifact' }] });
  });
});

describe('assertValid', () => {
  it('throws BAD_INPUT for a fact, listing each path under the name of the document', () => {
    const error = thrown(() => assertValidFact({ ...fixture('approval'), decision: 'MAYBE', comment: 7 }, 'the approval'));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/^factstore: the approval is invalid \(2 problems\):/);
    expect(error.message).toContain('  - /decision: "MAYBE" is not allowed: use one of "APPROVED", "REJECTED"');
    expect(error.message).toContain('  - /comment: must be a text, not a whole number');
  });

  it('throws CONFIG for the config schema, and the code asked for otherwise', () => {
    expect(thrown(() => assertValid('config', { flows: 1 }, 'the config')).code).toBe('CONFIG');
    expect(thrown(() => assertValid('fact', {}, 'a stored fact', 'INTEGRITY')).code).toBe('INTEGRITY');
  });

  it('returns quietly for a valid document', () => {
    expect(() => assertValid('fact', fixture('trail'), 'the trail')).not.toThrow();
  });
});

describe('names agree with src/core/model/names.ts', () => {
  const samples = ['a', 'A1', 'payment-service', 'v1.2.3', 'x_y', 'a..b', '../x', '.hidden', '-flag', 'a/b', 'a b', '', 'é', 'f'.repeat(128), 'f'.repeat(129)];
  it.each(samples)('%j', (name) => {
    let accepted = true;
    try {
      checkName('flow', name);
    } catch {
      accepted = false;
    }
    expect(validateFact({ ...fixture('trail'), flow: name }).ok).toBe(accepted);
  });
});

describe('checkJsonSchema', () => {
  it('accepts a schema and points at what is wrong in one that is not', () => {
    expect(checkJsonSchema({ type: 'object', required: ['components'] })).toEqual([]);
    expect(checkJsonSchema({ type: 'object', required: 'components' }).map((e) => e.path)).toEqual(['/required']);
  });
});
