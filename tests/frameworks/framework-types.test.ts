// The types the templates define are ones factstore can judge: their schemas compile, their jq
// compiles and reads only fields the format's summary has, and a type shared by two templates is
// defined identically in both (so importing both never conflicts with itself).
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/load-config.js';
import { listFrameworks, planFrameworkImport } from '../../src/core/frameworks/index.js';
import { createWorkerJqEngine } from '../../src/core/jq/worker-jq-engine.js';
import { describeTypes } from '../../src/core/types/describe-types.js';

const engine = createWorkerJqEngine();
afterAll(() => engine.close());
const frameworks = listFrameworks();

describe('template types', () => {
  it('every framework imported into one empty config gives sound type definitions', () => {
    let text = '# an empty config\n';
    for (const f of frameworks) text = planFrameworkImport(text, f, f.name, { approvers: ['alice'] }).text;
    const config = parseConfig(text, 'all.yml');
    expect(Object.keys(config.flows)).toEqual(frameworks.map((f) => f.name));
    const problems = describeTypes(config, () => engine).flatMap((t) => t.problems.map((p) => `${t.name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('a type name means the same definition in every template', () => {
    const seen = new Map<string, string>();
    for (const f of frameworks) {
      for (const [name, type] of Object.entries(f.types)) {
        const text = JSON.stringify(type);
        expect(seen.get(name) ?? text, `${f.name} types.${name}`).toBe(text);
        seen.set(name, text);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
  });
});

describe('SLSA verification types', () => {
  const slsa = frameworks.find((f) => f.name === 'slsa');
  const jq = (type: string) => slsa?.types[type]?.jq ?? 'false';
  const verified = (certificate: Record<string, string>) => [
    { attestation: {}, verificationResult: { statement: { predicateType: 'https://slsa.dev/provenance/v1' }, signature: { certificate } } },
  ];

  it('provenance-verified passes a hosted build and fails a self-hosted one', () => {
    expect(engine.run(jq('provenance-verified'), verified({ runnerEnvironment: 'github-hosted' }))).toEqual([true]);
    expect(engine.run(jq('provenance-verified'), verified({ runnerEnvironment: 'self-hosted' }))).toEqual([false]);
  });

  it('provenance-verified-isolated needs a signer workflow other than the build workflow', () => {
    const build = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
    const signer = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0';
    const cert = { runnerEnvironment: 'github-hosted', buildConfigURI: build };
    expect(engine.run(jq('provenance-verified-isolated'), verified({ ...cert, buildSignerURI: signer }))).toEqual([true]);
    expect(engine.run(jq('provenance-verified-isolated'), verified({ ...cert, buildSignerURI: build }))).toEqual([false]);
  });
});
