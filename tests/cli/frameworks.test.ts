// factstore frameworks list|show|import, in-process. The import edits the working-tree config and
// writes it only with --write; the SOC 2 flow it adds is then satisfied end to end with real tool
// reports, and refused when one of them fails its type's rule.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFramework } from '../../src/core/frameworks/index.js';
import { git, tempDir } from '../helpers/git.js';
import { ALICE, cli, commitConfig, DIGEST_A, DIGEST_B, jsonOf, workspace, type Workspace } from './helpers.js';

const EVIDENCE = path.join(import.meta.dirname, '..', 'fixtures', 'evidence');
const CLEAN_SECRET_SCAN = path.join(import.meta.dirname, '..', 'frameworks', 'fixtures', 'gitleaks-no-leaks.sarif');

/** Real reports that pass each SOC 2 type's rule. */
const PASSING: Record<string, string> = {
  'unit-tests': path.join(EVIDENCE, 'junit', 'mocha-xunit__latex-utensils.xml'),
  'vulnerability-scan': path.join(EVIDENCE, 'snyk', 'snyk-test__no-vulns.json'),
  sast: path.join(EVIDENCE, 'sarif', 'lgtm-codeql__valid-sarif.sarif'),
  sbom: path.join(EVIDENCE, 'cyclonedx', 'cyclonedx-npm-6.0.1__bom.1.6.json'),
  'secret-scan': CLEAN_SECRET_SCAN,
};

const configFile = (w: Workspace) => path.join(w.repo, '.github', 'factstore.yml');
const readConfig = (w: Workspace) => readFileSync(configFile(w), 'utf8');

/** A config with the CI key, alice's key and a flow of its own: what a user imports into. */
function ownConfig(w: Workspace): string {
  return `# our config
trust:
  signers:
    - { principal: ci@acme, key: "${w.key.signer.key}" }   # CI
    - { principal: alice@acme, key: "${ALICE.signer.key}", actors: [alice] }
flows:
  payment-service:
    require: [unit-tests]
types:
  unit-tests:
    description: our unit tests
    format: junit
    jq: .failures == 0 and .errors == 0
`;
}

describe('frameworks list and show', () => {
  it('lists the shipped templates, with or without a repository', async () => {
    const cwd = tempDir();
    const list = await cli(['frameworks', 'list', '--json'], { cwd });
    expect(list.code).toBe(0);
    const doc = jsonOf<{ frameworks: { name: string; controls: string[] }[] }>(list, 'frameworks-list');
    expect(doc.frameworks.map((f) => f.name)).toEqual(['gdpr', 'iso27001', 'pci-dss', 'slsa', 'soc2', 'sox']);
    expect(doc.frameworks.find((f) => f.name === 'soc2')?.controls).toContain('CC8.1');
    expect((await cli(['frameworks', 'list'], { cwd })).stdout).toMatch(/^soc2 +SOC 2: /m);
  });

  it('shows a template as shipped, and its controls with their evidence', async () => {
    const cwd = tempDir();
    const show = await cli(['frameworks', 'show', 'pci-dss', '--json'], { cwd });
    expect(jsonOf(show, 'frameworks-show')).toEqual(getFramework('pci-dss'));
    const text = (await cli(['frameworks', 'show', 'soc2'], { cwd })).stdout;
    expect(text).toContain('https://www.aicpa-cima.com/');
    expect(text).toMatch(/CC8\.1 +.+ +unit-tests; 1 approval, not by the author\n/);
  });

  it('says which framework was meant for an unknown name (exit 2)', async () => {
    const result = await cli(['frameworks', 'show', 'iso2700'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('there is no framework "iso2700". Did you mean iso27001?');
  });
});

describe('frameworks import', () => {
  it('refuses to redefine a type flows already judge by format alone, writing nothing (exit 2)', async () => {
    const w = await workspace({ init: false });
    const before = readConfig(w);
    const result = await w.fs(['frameworks', 'import', 'soc2', '--flow', 'soc2', '--approver', 'alice', '--write']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Not imported: soc2 would change what .github/factstore.yml already defines. Nothing was written.');
    expect(result.stdout).toContain('types.unit-tests is not defined, yet flows payment-service, other-service require it');
    expect(readConfig(w)).toBe(before);
    const json = jsonOf<{ written: boolean; conflicts: string[]; diff: string }>(await w.fs(['frameworks', 'import', 'soc2', '--flow', 'soc2', '--approver', 'alice', '--json']), 'frameworks-import');
    expect(json).toMatchObject({ written: false, diff: '' });
    expect(json.conflicts).toHaveLength(2);
  });

  it('prints the diff without --write, writes with it, and the imported SOC 2 flow can be satisfied', async () => {
    const w = await workspace({ init: false });
    const original = ownConfig(w);
    commitConfig(w.repo, original);
    expect((await w.fs(['init'])).code).toBe(0);

    const review = await w.fs(['frameworks', 'import', 'soc2', '--flow', 'soc2', '--approver', 'alice']);
    expect(review.code).toBe(0);
    expect(review.stdout).toContain('--- a/.github/factstore.yml\n+++ b/.github/factstore.yml\n');
    expect(review.stdout).toContain('+  soc2:\n');
    expect(review.stdout).toContain('Nothing was written.');
    expect(readConfig(w)).toBe(original);

    const written = await w.fs(['frameworks', 'import', 'soc2', '--flow', 'soc2', '--approver', 'alice', '--write', '--json']);
    const doc = jsonOf<{ written: boolean; added: unknown }>(written, 'frameworks-import');
    expect(doc).toMatchObject({ written: true, added: { types: ['vulnerability-scan', 'sast', 'sbom', 'secret-scan'], policies: ['no-criticals'], flow: 'soc2' } });
    expect(readConfig(w).startsWith(original.replace(/types:\n[\s\S]*$/, ''))).toBe(true);
    expect(readConfig(w)).toContain('    description: our unit tests\n');
    expect((await w.fs(['frameworks', 'import', 'soc2', '--flow', 'soc2', '--approver', 'alice', '--write'])).stdout).toContain('nothing to change');

    // only committed config decides
    git(w.repo, 'add', '.github/factstore.yml');
    git(w.repo, '-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'import soc2');

    const trail = async (name: string, digest: string, reports: Record<string, string>) => {
      expect((await w.fs(['trails', 'begin', '--flow', 'soc2', '--trail', name])).code).toBe(0);
      expect((await w.fs(['artifacts', 'create', '--flow', 'soc2', '--trail', name, '--name', 'app', '--sha256', digest])).code).toBe(0);
      for (const [type, file] of Object.entries(reports)) {
        const attest = await w.fs(['attest', '--flow', 'soc2', '--trail', name, '--type', type, '--evidence', file]);
        expect(attest.code, `${type}: ${attest.stderr}`).toBe(0);
      }
      expect((await w.fs(['approve', '--flow', 'soc2', '--trail', name], w.asAlice)).code).toBe(0);
      return jsonOf<{ status: string; failedAttestationTypes?: string[] }>(await w.fs(['assert', '--flow', 'soc2', '--sha256', digest, '--json']), 'assert');
    };
    expect((await trail('t1', DIGEST_A, PASSING)).status).toBe('COMPLIANT');
    const leaked = await trail('t2', DIGEST_B, { ...PASSING, 'secret-scan': path.join(EVIDENCE, 'sarif', 'gitleaks__gitleaks_7.5.0.sarif') });
    expect(leaked.status).toBe('NON_COMPLIANT');
  });

  it('needs --flow, and --approver when a control needs a person', async () => {
    const w = await workspace({ init: false });
    commitConfig(w.repo, ownConfig(w));
    const noFlow = await w.fs(['frameworks', 'import', 'soc2']);
    expect(noFlow.code).toBe(2);
    expect(noFlow.stderr).toContain('needs --flow');
    const noApprover = await w.fs(['frameworks', 'import', 'iso27001', '--flow', 'iso']);
    expect(noApprover.code).toBe(2);
    expect(noApprover.stderr).toContain('--approver LOGIN');
    const slsa = await w.fs(['frameworks', 'import', 'slsa', '--flow', 'slsa']);
    expect(slsa.code).toBe(0);
  });
});
