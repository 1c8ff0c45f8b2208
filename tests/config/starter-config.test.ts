import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/load-config.js';
import { starterConfig } from '../../src/core/config/starter-config.js';

describe('starterConfig', () => {
  it('parses, with one flow requiring unit-tests and no signers yet', () => {
    const config = parseConfig(starterConfig(), '.github/factstore.yml');
    expect(Object.keys(config.flows)).toEqual(['my-service']);
    expect(config.flows['my-service']?.require).toEqual(['unit-tests']);
    expect(config.types['unit-tests']?.format).toBe('junit');
    expect(config.trust.signers).toEqual([]);
    expect(config.facts.branch).toBe('factstore');
  });

  it('says how to add a signer', () => {
    expect(starterConfig()).toContain('factstore keygen');
    expect(starterConfig()).toMatch(/#\s+- \{ principal: ci@my-org, key: "ssh-ed25519 /);
  });

  it('has commented examples that are valid once uncommented', () => {
    // Uncomment every example line ("#   " or "# key:" at the start of a section) and parse again.
    const uncommented = starterConfig()
      .split('\n')
      .map((line) => {
        const example = /^(\s*)# ((?:[a-z_]+:|\s+\S).*)$/.exec(line);
        if (example === null || /^\s*# [A-Z]/.test(line)) return line;
        return `${example[1] ?? ''}${example[2] ?? ''}`.replace(/\s+#.*$/, '');
      })
      .join('\n');
    expect(uncommented).toContain('\nbypass:\n');
    expect(uncommented).toContain('\n    approval: {');
    // The example signers' keys are elided ("AAAA..."), so drop the example block before parsing.
    expect(uncommented).toMatch(/- \{ principal: alice@my-org, key: "ssh-ed25519 AAAA\.\.\.", actors: \[alice\] \}/);
    expect(uncommented).toMatch(/- \{ principal: factstore-app, key: "ssh-ed25519 AAAA\.\.\.", app: true \}/);
    const withoutSigner = uncommented.replace(/\n\s*signers:\n[\s\S]*?admins: \[alice\]\n/, '\n');
    const config = parseConfig(withoutSigner, '.github/factstore.yml');
    expect(config.bypass?.maxTtl).toBe('24h');
    expect(config.flows['my-service']?.policies).toEqual(['no-criticals']);
    expect(config.flows['my-service']?.approval?.min).toBe(1);
  });
});
