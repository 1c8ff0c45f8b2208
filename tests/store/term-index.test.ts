import { describe, expect, it } from 'vitest';
import { makeFact } from '../../src/core/model/fact-id.js';
import { factMatches, nameTerms, termFolder, termKey, termShards, termsOf } from '../../src/core/store/term-index.js';
import { classifyPath } from '../../src/core/verify/store-paths.js';

const TS = '2026-11-23T10:00:00.000Z';

describe('term keys', () => {
  it('are lower case and path-safe, so no name can make a folder git refuses', () => {
    expect(termKey('Unit-Tests_2')).toBe('unit-tests_2');
    expect(termKey('.git')).toBe('~2egit');
    expect(termKey('..')).toBe('~2e~2e');
    expect(termKey('a/b c~')).toBe('a~2fb~20c~7e');
    expect(termKey('Zoë')).toBe('zo~c3~ab');
    // bytes under 0x10 take two hex digits too, so keys stay prefix-preserving
    expect(termKey('a\tb')).toBe('a~09b');
  });

  it('key the start of a term to the start of its key, so a folder listing finds terms by their start', () => {
    for (const [term, start] of [['ghcr.io/acme/web', 'ghcr.i'], ['Zoë Müller', 'zoë m'], ['release-1.4', 'RELEASE-1.']]) {
      expect(termKey(term ?? '').startsWith(termKey(start ?? '')), `${term} / ${start}`).toBe(true);
    }
    expect(termKey('x'.repeat(500))).toHaveLength(64);
  });

  it('shard by their first four characters, padded', () => {
    expect(termShards('web')).toEqual(['we', 'b=']);
    expect(termShards('ci')).toEqual(['ci', '==']);
    expect(termFolder('actor', 'alice')).toBe('index/terms/actor/al/ic/alice');
  });
});

describe('terms of a fact', () => {
  it('artifact names by the whole name and each part without tag or digest', () => {
    expect(nameTerms('ghcr.io/acme/web:1.4')).toEqual(['ghcr.io/acme/web:1.4', 'ghcr.io', 'acme', 'web']);
    expect(nameTerms(`web@sha256:${'a'.repeat(64)}`)).toEqual([`web@sha256:${'a'.repeat(64)}`, 'web']);
    expect(nameTerms('x')).toEqual([]);
    // two characters are enough to be found by
    expect(nameTerms('ab/c/de')).toEqual(['ab/c/de', 'ab', 'de']);
  });

  it('attestations by type and actor, approvals by actor; decisions, snapshots and one-character terms by nothing', () => {
    const a = makeFact({ kind: 'attestation', flow: 'f', trail: 't1', type: 'sbom', status: 'PASSED', evidence: [], actor: 'ci-bot', ts: TS });
    expect(termsOf(a)).toEqual([{ field: 'type', term: 'sbom' }, { field: 'actor', term: 'ci-bot' }]);
    expect(factMatches(a, 'type', 'SB')).toBe(true);
    expect(factMatches(a, 'actor', 'bot')).toBe(false);
    // a term of another field does not match: ci-bot is an actor, not a type
    expect(factMatches(a, 'type', 'ci')).toBe(false);
    expect(termsOf(makeFact({ kind: 'approval', flow: 'f', trail: 't1', decision: 'APPROVED', actor: 'alice', ts: TS }))).toEqual([{ field: 'actor', term: 'alice' }]);
    const approval = makeFact({ kind: 'approval', flow: 'f', trail: 't1', decision: 'APPROVED', actor: 'b', ts: TS });
    expect(termsOf(approval)).toEqual([]);
    const snapshot = makeFact({ kind: 'snapshot', event: 'ENVIRONMENT_SNAPSHOT', environment: 'prod', type: 'k8s', artifacts: [], actor: 'ci', ts: TS });
    expect(termsOf(snapshot)).toEqual([]);
  });
});

describe('verify knows the term index layout', () => {
  it('accepts the paths the store writes and refuses others', () => {
    expect(classifyPath('index/terms/actor/al/ic/alice/2026-11-23.ndjson')).toEqual({ kind: 'index', index: 'terms/actor', key: 'alice/2026-11-23' });
    for (const field of ['trail', 'artifact', 'type']) expect(classifyPath(`index/terms/${field}/sb/om/sbom/2026-11-23.ndjson`)).toMatchObject({ kind: 'index', index: `terms/${field}` });
    for (const bad of [
      'index/terms/actor/al/ic/alice/2026-11.json',
      'index/terms/actor/xx/ic/alice/2026-11-23.ndjson',
      'index/terms/owner/al/ic/alice/2026-11-23.ndjson',
      'index/terms/actor/al/ic/Alice/2026-11-23.ndjson',
      'index/terms/actor/al/ic/alice/2026-11-23.ndjson/x',
      'index/terms/actor/al/ic/alice/latest.ndjson',
      'index/terms/actor/al/ic/alice/2026-11.ndjson',
    ]) {
      expect(classifyPath(bad).kind, bad).toBe('unexpected');
    }
  });
});
