// What GitHub's "List commits" says of a commit's signature, and how the trust check takes it: a
// signed commit answered without its payload or signature cannot be checked, so the decision fails
// closed rather than counting, or silently dropping, what the commit wrote.
import { describe, expect, it } from 'vitest';
import { FactstoreError } from '../../src/core/errors.js';
import type { FileHistory } from '../../src/core/store/fact-store.js';
import { fileCommit, type ListedCommit } from '../../src/core/store/github/github-file-history.js';
import { fileTrust } from '../../src/core/trust/file-trust.js';
import { TrustedKeys } from '../../src/core/trust/trusted-keys.js';

const request = () => Promise.reject(new Error('no request expected'));
const where = { owner: 'acme', repo: 'facts', branch: 'factstore' };
const listed = (verification: ListedCommit['commit']['verification']): ListedCommit => ({
  sha: 'a'.repeat(40),
  parents: [{ sha: 'b'.repeat(40) }],
  commit: { committer: { date: '2026-12-01T10:00:00Z' }, verification },
});

describe('a commit as GitHub lists it', () => {
  it('is unsigned when GitHub says so, and signed when it gives the payload and signature', () => {
    expect(fileCommit(request, where, 'x', listed({ reason: 'unsigned', signature: null, payload: null }))).toMatchObject({ signature: undefined, payload: undefined });
    const signed = fileCommit(request, where, 'x', listed({ reason: 'unknown_key', signature: '-----BEGIN SSH SIGNATURE-----\nx\n-----END SSH SIGNATURE-----\n', payload: 'tree t\n\nm\n' }));
    expect(signed).toMatchObject({ payload: 'tree t\n\nm\n' });
    expect(signed.unreadable).toBeUndefined();
  });

  it.each([
    ['unknown_signature_type', { reason: 'unknown_signature_type', signature: null, payload: null }],
    ['a signature without its payload', { reason: 'unknown_key', signature: '-----BEGIN SSH SIGNATURE-----', payload: null }],
    ['no verification at all', null],
  ] as const)('%s: unreadable, and the trust check fails closed naming the commit', async (_label, verification) => {
    const commit = fileCommit(request, where, 'trails/p/00/t.ndjson', listed(verification));
    expect(commit.unreadable).toMatch(/cannot be checked: check it from a clone with factstore verify/);
    const history: FileHistory = { path: 'trails/p/00/t.ndjson', at: 'c'.repeat(40), text: '{"id":"x"}\n', commits: [commit] };
    const thrown = await fileTrust(history, { keys: new TrustedKeys([]), skewMs: 0, isAncestor: () => Promise.resolve(true) }).then(() => undefined, (e: unknown) => e);
    expect(thrown).toBeInstanceOf(FactstoreError);
    expect((thrown as FactstoreError).code).toBe('INTEGRITY');
    expect((thrown as FactstoreError).message).toContain(`facts commit ${'a'.repeat(40)}`);
  });
});
