import type { TrustedSigner } from '../../core/config/config.js';

export const DEMO_FLOW = 'payment-service';

/**
 * The demo's `.github/factstore.yml`: one flow with three required types, each judged from its
 * evidence (jq over the parsed report, or a JSON Schema), one policy, alice approves with her own key,
 * CI signs everything else.
 * `examples/factstore.yml` is the same file with a placeholder key.
 */
export function demoConfig(signer: TrustedSigner, alice: TrustedSigner): string {
  return `# Written by factstore demo.
facts:
  branch: factstore
trust:
  signers:
    - { principal: ${signer.principal}, key: "${signer.key}" }   # CI: trails, artifacts, attestations, decisions
    - { principal: ${alice.principal}, key: "${alice.key}", actors: [alice] }   # alice's own key: her approvals
flows:
  ${DEMO_FLOW}:
    description: Compliance pipeline for the payment service
    require: [unit-tests, vulnerability-scan, sbom]
    approval: { required: true, approvers: [alice], min: 1 }
    policies: [no-criticals]
types:
  unit-tests:
    description: Unit test results (JUnit XML)
    format: junit
    jq: .failures == 0 and .errors == 0
  vulnerability-scan:
    description: Dependency scan (snyk test --json)
    format: snyk
    jq: .critical == 0 and .high == 0
  sbom:
    description: Software bill of materials (CycloneDX)
    format: cyclonedx
    schema: { type: object, required: [components], properties: { components: { type: integer, minimum: 1 } } }
environments:
  production: { type: k8s, description: the payments cluster }
policies:
  no-criticals:
    description: No critical vulnerability in any report
    jq: '([.attestations[] | .summary.critical // 0] | add // 0) == 0'
`;
}
