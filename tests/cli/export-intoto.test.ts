// factstore export intoto: envelopes checked with an independent DSSE implementation (sigstore-js's
// @sigstore/core), statements about the trail's artifact, a JUnit report also as test-result and a
// CycloneDX SBOM under its own predicate type.
import { createPublicKey } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { crypto as sigstoreCrypto, dsse } from '@sigstore/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../action/world.js';
import { commitConfig, configText, DIGEST_A, FLOW, startTrail, workspace, type Workspace } from './helpers.js';

let w: Workspace;
interface Envelope { payloadType: string; payload: string; signatures: { keyid: string; sig: string }[] }

/** The signing key's public half as node:crypto reads a JWK: built from the OpenSSH line's last 32 bytes. */
function publicKeyOf(line: string) {
  const blob = Buffer.from(line.split(' ')[1] ?? '', 'base64');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: blob.subarray(blob.length - 32).toString('base64url') }, format: 'jwk' });
}

const verifies = (e: Envelope) => e.signatures.every((s) => sigstoreCrypto.verify(dsse.preAuthEncoding(e.payloadType, Buffer.from(e.payload, 'base64')), publicKeyOf(w.key.signer.key), Buffer.from(s.sig, 'base64')));
const statementOf = (e: Envelope) => JSON.parse(Buffer.from(e.payload, 'base64').toString('utf8')) as { _type: string; subject: { name: string; digest: { sha256: string } }[]; predicateType: string; predicate: Record<string, unknown> };

beforeAll(async () => {
  w = await workspace();
  commitConfig(w.repo, configText(w.key, 'types:\n  unit-tests: { format: junit }\n  sbom: { format: cyclonedx }\n').replace('evidence: { max_bytes: 1024 }\n', ''));
  await startTrail(w, 't1', DIGEST_A);
  copyFileSync(path.join(FIXTURES, 'junit', 'catch2__report.xml'), path.join(w.repo, 'junit.xml'));
  copyFileSync(path.join(FIXTURES, 'cyclonedx', 'cyclonedx-npm-6.0.1__bom.1.5.json'), path.join(w.repo, 'bom.json'));
  expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'unit-tests', '--evidence', 'junit.xml'])).code).toBe(0);
  expect((await w.fs(['attest', '--flow', FLOW, '--trail', 't1', '--type', 'sbom', '--evidence', 'bom.json'])).code).toBe(0);
});

describe('factstore export intoto', () => {
  it('writes one DSSE envelope per statement, each verified by sigstore-js with the signing key', async () => {
    const r = await w.fs(['export', 'intoto', '--flow', FLOW, '--trail', 't1']);
    expect(r.code).toBe(0);
    const envelopes = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Envelope);
    expect(envelopes.length).toBe(4);
    for (const e of envelopes) {
      expect(e.payloadType).toBe('application/vnd.in-toto+json');
      // the SSH fingerprint of the key that signs the facts commits
      expect(e.signatures[0]?.keyid).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
      expect(verifies(e)).toBe(true);
      // one flipped byte of the statement: the independent check refuses it
      const body = Buffer.from(e.payload, 'base64');
      body[10] = (body[10] ?? 0) ^ 1;
      expect(verifies({ ...e, payload: body.toString('base64') })).toBe(false);
    }
    const statements = envelopes.map(statementOf);
    for (const s of statements) {
      expect(s._type).toBe('https://in-toto.io/Statement/v1');
      expect(s.subject).toEqual([{ name: 'app', digest: { sha256: DIGEST_A.slice(7) } }]);
    }
    expect(statements.map((s) => s.predicateType).sort()).toEqual(['https://cyclonedx.org/bom', 'https://factstore.dev/attestation/v1', 'https://factstore.dev/attestation/v1', 'https://in-toto.io/attestation/test-result/v0.1']);
    const testResult = statements.find((s) => s.predicateType.includes('test-result'));
    // the Catch2 report has one failing test case (tests/fixtures/evidence/README.md)
    expect(testResult?.predicate).toMatchObject({ result: 'FAILED', configuration: [{ name: 'junit.xml', digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string } }] });
    expect(statements.find((s) => s.predicateType === 'https://cyclonedx.org/bom')?.predicate).toMatchObject({ bomFormat: 'CycloneDX' });
  });

  it('exits 1 for a trail with nothing to export', async () => {
    await startTrail(w, 'empty');
    const r = await w.fs(['export', 'intoto', '--flow', FLOW, '--trail', 'empty']);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain('nothing to export');
  });
});
