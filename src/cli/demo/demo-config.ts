import type { TrustedSigner } from '../../core/config/config.js';

export const DEMO_FLOW = 'payment-service';

/** The demo's `.github/factstore.yml`: one flow, three required types, alice approves, one trusted signer. */
export function demoConfig(signer: TrustedSigner): string {
  return `# Written by factstore demo.
facts:
  branch: factstore
trust:
  signers:
    - { principal: ${signer.principal}, key: "${signer.key}" }
flows:
  ${DEMO_FLOW}:
    description: Compliance pipeline for the payment service
    require: [unit-tests, vulnerability-scan, sbom]
    approval: { required: true, approvers: [alice], min: 1 }
types:
  unit-tests: { description: Unit test results }
  vulnerability-scan: { description: Vulnerability scan of the container image }
  sbom: { description: Software bill of materials }
`;
}

/** A small scan report with one critical finding: the evidence of the failed attestation. */
export const FAILED_SCAN_REPORT = `${JSON.stringify(
  {
    scanner: 'demo-scanner 1.0',
    image: 'registry.example.com/acme/payment-service:1.0.0',
    findings: [{ id: 'CVE-2026-0001', package: 'libexample 2.3.1', severity: 'CRITICAL', fixedIn: '2.3.2' }],
    summary: { critical: 1, high: 0, medium: 0, low: 0 },
  },
  null,
  2,
)}\n`;
