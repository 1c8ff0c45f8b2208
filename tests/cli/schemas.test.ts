import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { validate, validatorFor } from '../../src/core/schema/index.js';

const dir = path.join(import.meta.dirname, '../../schemas/cli');
const trail = { v: 1, id: 'a'.repeat(64), kind: 'trail', ts: '2026-11-23T14:00:00.000Z', actor: 'ci', flow: 'f', trail: 't' };

describe('CLI output schemas', () => {
  it('every command has one, and every schema compiles', () => {
    for (const c of COMMANDS) expect(existsSync(path.join(dir, `${c.path.join('-')}.schema.json`))).toBe(true);
    for (const file of readdirSync(dir)) expect(() => validatorFor(`cli/${file.replace('.schema.json', '')}`)).not.toThrow();
  });

  it('write commands print the fact of their own kind', () => {
    expect(validate('cli/trails-begin', trail)).toEqual({ ok: true });
    const wrong = validate('cli/attest', trail);
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.path)).toContain('/kind');
    const broken = validate('cli/trails-begin', { ...trail, trail: '../x' });
    expect(broken.ok ? [] : broken.errors.map((e) => e.path)).toContain('/trail');
  });

  it('reject what a command never prints', () => {
    const assert = {
      sha256Digest: `sha256:${'a'.repeat(64)}`, flow: 'f', status: 'NON_COMPLIANT', trail: null, missingAttestationTypes: ['x'],
      failedAttestationTypes: [], approval: { required: false, granted: 0, min: 0 }, policyViolations: [], details: 'not found', trailsConsidered: 0,
    };
    expect(validate('cli/assert', assert)).toEqual({ ok: true });
    const cases: [string, unknown, string][] = [
      ['cli/assert', { ...assert, status: 'GREEN' }, '/status'],
      ['cli/assert', { ...assert, trailsConsidered: undefined }, '/trailsConsidered'],
      ['cli/gate', { commit: 'a'.repeat(40), decision: 'GATE_ALLOWED', flows: [], factsCommit: null, details: 'x', extra: 1 }, '/extra'],
      ['cli/flows-get', { name: 'f', require: [], policies: [], branches: [], environments: [], retries: 'sticky', types: [], colour: 'red' }, '/colour'],
      ['cli/log', { branch: 'factstore', entries: [{ event: 'DEPLOYED', ts: trail.ts, actor: 'a', kind: 'trail', flow: 'f', what: '', id: trail.id, factsCommit: 'a'.repeat(40) }] }, '/entries/0/event'],
    ];
    for (const [schema, doc, at] of cases) {
      const result = validate(schema, JSON.parse(JSON.stringify(doc)));
      expect(result.ok ? [] : result.errors.map((e) => e.path)).toContain(at);
    }
  });
});
