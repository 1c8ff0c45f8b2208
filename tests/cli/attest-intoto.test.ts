// factstore attest --intoto: statements other tools signed, verified offline before anything is
// written. A real Sigstore bundle made by actions/attest-build-provenance (tests/fixtures/intoto/README.md),
// DSSE envelopes made by `factstore export intoto` of another repository and by keys made here.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pae } from '../../src/core/signing/dsse.js';
import { commitConfig, configText, DIGEST_A, DIGEST_B, factsTip, FLOW, jsonOf, startTrail, workspace, type Workspace } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'intoto');
const BUNDLE = 'reusable-workflow-attestation.sigstore.json';
const SUBJECT = 'sha256:49a3aa6075e0f49f82843e74b5baa614ad2a588e6675612bf108a0a008c5ac25';
const SAN = 'https://github.com/github/artifact-attestations-workflows/.github/workflows/attest.yml@09b495c3f12c7881b3cc17209a327792065c1a1d';
const ISSUER = 'https://token.actions.githubusercontent.com';

const partner = generateKeyPairSync('ed25519');
const stranger = generateKeyPairSync('ed25519');
const ecdsa = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (k: KeyObject) => String(k.export({ type: 'spki', format: 'pem' }));

/** A DSSE envelope of an in-toto Statement, signed here as another tool would. */
function envelope(statement: Record<string, unknown>, key: KeyObject, digest: string | null = null): string {
  const body = Buffer.from(JSON.stringify(statement));
  const sig = sign(digest, pae('application/vnd.in-toto+json', body), key).toString('base64');
  return JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload: body.toString('base64'), signatures: [{ keyid: '', sig }] });
}
const statement = (predicateType: string, predicate: Record<string, unknown>, digest = DIGEST_A) => ({
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'app', digest: { sha256: digest.slice(7) } }],
  predicateType,
  predicate,
});

function intotoConfig(w: Workspace, identities: string, keys = ''): string {
  return configText(w.key, `types:
  provenance: { description: SLSA build provenance }
  unit-tests: {}
intoto:
  keys:
    - { name: partner-ci, key: ${JSON.stringify(pem(partner.publicKey))} }
    - { name: partner-ecdsa, key: ${JSON.stringify(pem(ecdsa.publicKey))} }
${keys}  sigstore:
    identities:${identities === '' ? ' []\n' : `\n${identities}`}`).replace('evidence: { max_bytes: 1024 }\n', '');
}
const exact = `      - { san: "${SAN}" }\n`;

let w: Workspace;
beforeAll(async () => {
  // nothing may go to the network: a TUF client would fetch the trusted root, a verifier Rekor
  nock.disableNetConnect();
  w = await workspace();
  commitConfig(w.repo, intotoConfig(w, exact));
  copyFileSync(path.join(FIXTURES, BUNDLE), path.join(w.repo, BUNDLE));
  copyFileSync(path.join(FIXTURES, 'reusable-workflow-artifact'), path.join(w.repo, 'app.whl'));
  await startTrail(w, 'real');
  expect((await w.fs(['artifacts', 'create', '--flow', FLOW, '--trail', 'real', '--name', 'app.whl', '--file', 'app.whl'])).code).toBe(0);
  await startTrail(w, 't1', DIGEST_A);
});
afterAll(() => nock.enableNetConnect());

/** Runs a refused attest: its exit code, and the facts branch tip must not move. */
async function refused(args: string[], code: number, message: RegExp): Promise<void> {
  const before = factsTip(w.repo);
  const r = await w.fs(['attest', '--flow', FLOW, ...args]);
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(code);
  expect(factsTip(w.repo)).toBe(before);
}

describe('attest --intoto with a Sigstore bundle', () => {
  it('records the real actions/attest bundle offline: provenance about the artifact, signed by the workflow', async () => {
    const r = await w.fs(['--json', 'attest', '--flow', FLOW, '--trail', 'real', '--intoto', BUNDLE, '--new-type', '--idempotency-key', 'real-provenance']);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const fact = jsonOf<{ type: string; status: string; artifact: string; evidence: { name: string; format: string; sha256: string; summary: Record<string, unknown> }[] }>(r, 'attest');
    expect(fact).toMatchObject({ type: 'provenance', status: 'PASSED', artifact: SUBJECT });
    expect(fact.evidence).toEqual([
      {
        name: BUNDLE,
        format: 'sigstore-bundle',
        size: readFileSync(path.join(FIXTURES, BUNDLE)).length,
        sha256: 'sha256:88e35c3496fc9b9bd29629b69271bd32738e170f0d85a12d67da0c72c743f3bd',
        summary: { predicateType: 'https://slsa.dev/provenance/v1', subjects: [{ name: 'github_provenance_demo-0.0.0-py3-none-any.whl', digest: SUBJECT }], signer: { san: SAN, issuer: ISSUER } },
      },
    ]);
    const shown = await w.fs(['trails', 'get', '--flow', FLOW, '--trail', 'real']);
    expect(shown.stdout).toContain(`provenance PASSED for sha256:49a3aa6`);
    expect(shown.stdout).toContain(`signed by ${SAN} (issuer ${ISSUER})`);
    // the bundle is kept as evidence, byte for byte
    const stored = await w.fs(['evidence', 'get', fact.evidence[0]?.sha256 ?? '', '--out', 'copy.json']);
    expect(stored.code).toBe(0);
    expect(readFileSync(path.join(w.repo, 'copy.json'))).toEqual(readFileSync(path.join(FIXTURES, BUNDLE)));
    // the same CI step run again records nothing new
    const tip = factsTip(w.repo);
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 'real', '--intoto', BUNDLE, '--new-type', '--idempotency-key', 'real-provenance'])).code).toBe(0);
    expect(factsTip(w.repo)).toBe(tip);
  });

  it('accepts the identity by an anchored regexp, and refuses one that only matches a prefix', async () => {
    commitConfig(w.repo, intotoConfig(w, '      - { san_regexp: "https://github\\\\.com/github/artifact-attestations-workflows/\\\\.github/workflows/attest\\\\.yml@[0-9a-f]{40}" }\n'));
    expect((await w.fs(['attest', '--flow', FLOW, '--trail', 'real', '--intoto', BUNDLE, '--new-type', '--details', 'by regexp'])).code).toBe(0);
    commitConfig(w.repo, intotoConfig(w, '      - { san_regexp: "https://github\\\\.com/github/" }\n'));
    await refused(['--trail', 'real', '--intoto', BUNDLE, '--new-type', '--details', 'prefix'], 3, /issued to https:\/\/github\.com\/github\/artifact-attestations-workflows.*which no entry of intoto\.sigstore\.identities allows/);
    commitConfig(w.repo, intotoConfig(w, exact));
  });

  it('refuses the bundle for another repository\'s workflow, or another issuer', async () => {
    commitConfig(w.repo, intotoConfig(w, '      - { san: "https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main" }\n'));
    await refused(['--trail', 'real', '--intoto', BUNDLE, '--new-type'], 3, /acme\/app\/\.github\/workflows\/release\.yml@refs\/heads\/main from https:\/\/token\.actions/);
    commitConfig(w.repo, intotoConfig(w, `      - { san: "${SAN}", issuer: "https://accounts.google.com" }\n`));
    await refused(['--trail', 'real', '--intoto', BUNDLE, '--new-type'], 3, /by https:\/\/token\.actions\.githubusercontent\.com, which no entry/);
    commitConfig(w.repo, intotoConfig(w, ''));
    await refused(['--trail', 'real', '--intoto', BUNDLE, '--new-type'], 3, /no Sigstore identity is trusted/);
    commitConfig(w.repo, intotoConfig(w, exact));
  });

  it('refuses a bundle whose statement or signature was changed', async () => {
    const bundle = JSON.parse(readFileSync(path.join(FIXTURES, BUNDLE), 'utf8')) as { dsseEnvelope: { payload: string; signatures: { sig: string }[] } };
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8');
    // the statement now names the trail's other artifact
    const moved = { ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope, payload: Buffer.from(payload.replace(SUBJECT.slice(7), DIGEST_A.slice(7))).toString('base64') } };
    writeFileSync(path.join(w.repo, 'moved.json'), JSON.stringify(moved));
    await refused(['--trail', 't1', '--intoto', 'moved.json', '--new-type'], 3, /does not verify against the trusted root/);
    const sig = Buffer.from(bundle.dsseEnvelope.signatures[0]?.sig ?? '', 'base64');
    sig[sig.length - 5] = (sig[sig.length - 5] ?? 0) ^ 1;
    const forged = { ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope, signatures: [{ sig: sig.toString('base64') }] } };
    writeFileSync(path.join(w.repo, 'forged.json'), JSON.stringify(forged));
    await refused(['--trail', 'real', '--intoto', 'forged.json', '--new-type'], 3, /does not verify against the trusted root/);
  });

  it('refuses a bundle whose subject is not an artifact of the trail', async () => {
    await refused(['--trail', 't1', '--intoto', BUNDLE, '--new-type'], 2, /no subject of the statement \(sha256:49a3aa60.*\) is an artifact of trail t1/);
  });
});

describe('attest --intoto with a DSSE envelope', () => {
  it('records what factstore export intoto of another repository signed, when its key is listed', async () => {
    const other = await workspace();
    await startTrail(other, 'b1', DIGEST_A);
    expect((await other.fs(['attest', '--flow', FLOW, '--trail', 'b1', '--type', 'unit-tests', '--status', 'FAILED'])).code).toBe(0);
    const exported = await other.fs(['export', 'intoto', '--flow', FLOW, '--trail', 'b1']);
    expect(exported.code).toBe(0);
    writeFileSync(path.join(w.repo, 'exported.json'), exported.stdout.trim());
    // not listed yet: refused
    await refused(['--trail', 't1', '--intoto', 'exported.json'], 3, /no signature of the DSSE envelope verifies with a key of intoto\.keys \(partner-ci, partner-ecdsa\)/);
    commitConfig(w.repo, intotoConfig(w, exact, `    - { name: other-factstore, key: "${other.key.publicKey}" }\n`));
    const r = await w.fs(['--json', 'attest', '--flow', FLOW, '--trail', 't1', '--intoto', 'exported.json']);
    expect(r.code).toBe(0);
    // Factstore's own predicate names its type and status
    expect(jsonOf(r, 'attest')).toMatchObject({ type: 'unit-tests', status: 'FAILED', artifact: DIGEST_A, evidence: [{ format: 'intoto', summary: { predicateType: 'https://factstore.dev/attestation/v1', signer: { key: 'other-factstore' } } }] });
    commitConfig(w.repo, intotoConfig(w, exact));
  });

  it('verifies Ed25519 and ECDSA P-256 keys given as PEM; the test-result verdict is the status', async () => {
    writeFileSync(path.join(w.repo, 'ed.json'), envelope(statement('https://in-toto.io/attestation/test-result/v0.1', { result: 'PASSED' }), partner.privateKey));
    const ed = await w.fs(['--json', 'attest', '--flow', FLOW, '--trail', 't1', '--intoto', 'ed.json']);
    expect(ed.code).toBe(0);
    expect(jsonOf(ed, 'attest')).toMatchObject({ type: 'unit-tests', status: 'PASSED', evidence: [{ summary: { signer: { key: 'partner-ci' } } }] });
    writeFileSync(path.join(w.repo, 'ec.json'), envelope(statement('https://in-toto.io/attestation/test-result/v0.1', { result: 'WARNED' }), ecdsa.privateKey, 'sha256'));
    const ec = await w.fs(['--json', 'attest', '--flow', FLOW, '--trail', 't1', '--intoto', 'ec.json']);
    expect(ec.code).toBe(0);
    expect(jsonOf(ec, 'attest')).toMatchObject({ status: 'PENDING', evidence: [{ summary: { signer: { key: 'partner-ecdsa' } } }] });
  });

  it('refuses an envelope signed by an unlisted key, or changed after signing', async () => {
    writeFileSync(path.join(w.repo, 'stranger.json'), envelope(statement('https://slsa.dev/provenance/v1', {}), stranger.privateKey));
    await refused(['--trail', 't1', '--intoto', 'stranger.json', '--new-type'], 3, /signed by another key, or changed after it was signed/);
    const good = JSON.parse(envelope(statement('https://slsa.dev/provenance/v1', {}), partner.privateKey)) as { payload: string };
    const changed = { ...good, payload: Buffer.from(JSON.stringify(statement('https://slsa.dev/provenance/v1', {}, DIGEST_B))).toString('base64') };
    writeFileSync(path.join(w.repo, 'changed.json'), JSON.stringify(changed));
    await refused(['--trail', 't1', '--intoto', 'changed.json', '--new-type'], 3, /changed after it was signed/);
  });

  it('refuses an unknown predicate type without --type, and records it with one', async () => {
    writeFileSync(path.join(w.repo, 'odd.json'), envelope(statement('https://example.com/odd/v1', {}), partner.privateKey));
    await refused(['--trail', 't1', '--intoto', 'odd.json'], 2, /predicate type "https:\/\/example\.com\/odd\/v1" maps to no attestation type: give --type TYPE, or map it under intoto\.predicate_types/);
    const r = await w.fs(['--json', 'attest', '--flow', FLOW, '--trail', 't1', '--intoto', 'odd.json', '--type', 'unit-tests']);
    expect(r.code).toBe(0);
    expect(jsonOf(r, 'attest')).toMatchObject({ type: 'unit-tests', status: 'PASSED' });
  });

  it('refuses a statement about no artifact of the trail, evidence or a status beside it, and a file that is not one', async () => {
    writeFileSync(path.join(w.repo, 'b.json'), envelope(statement('https://slsa.dev/provenance/v1', {}, DIGEST_B), partner.privateKey));
    await refused(['--trail', 't1', '--intoto', 'b.json', '--new-type'], 2, /is an artifact of trail t1 of flow payment-service: record the artifact first/);
    await refused(['--trail', 't1', '--intoto', 'ed.json', '--status', 'PASSED'], 2, /--status does not go with --intoto/);
    writeFileSync(path.join(w.repo, 'two.jsonl'), `${readFileSync(path.join(w.repo, 'ed.json'), 'utf8')}\n${readFileSync(path.join(w.repo, 'ed.json'), 'utf8')}\n`);
    await refused(['--trail', 't1', '--intoto', 'two.jsonl'], 2, /is not one JSON document \(it holds 2 lines/);
  });
});

describe('the intoto: config section', () => {
  it('names a key that does not read and a regexp that does not compile', async () => {
    commitConfig(w.repo, intotoConfig(w, '      - { san_regexp: "(" }\n', '    - { name: broken, key: "ssh-rsa AAAAB3NzaC1yc2E" }\n'));
    const r = await w.fs(['flows', 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/intoto/keys/2/key');
    expect(r.stderr).toContain('/intoto/sigstore/identities/0/san_regexp');
    commitConfig(w.repo, intotoConfig(w, exact));
  });
});
