/**
 * What `factstore init` writes when there is no config: one flow that needs unit tests, and
 * commented examples of everything else. Kept valid: tests parse it with parseConfig.
 */
export function starterConfig(): string {
  return `# Factstore configuration: what evidence a release needs.
# Format: schemas/config.schema.json in the factstore package.

# Where facts are stored. Default: this repository, branch "factstore".
facts:
  branch: factstore
  # repo: my-org/compliance-facts

# Keys whose signed facts commits count. Facts signed by a key not listed here are never
# counted by the gate. To add a signer, run \`factstore keygen --out ci-key\` and paste the
# allowed-signers line it prints, for example:
#   signers:
#     - { principal: ci@my-org, key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA... ci@my-org" }
trust:
  signers: []

# Flows: the evidence each release needs before the gate allows it.
flows:
  my-service:
    description: Release checks for my-service
    require: [unit-tests]
    # approval: { required: true, approvers: [alice, "@my-org/release-managers"], min: 1 }
    # policies: [no-criticals]
    # branches: [main]              # default: every branch
    # environments: [production]    # default: every environment
    # retries: latest               # default sticky: one FAILED fails the type for good

# Attestation types: how evidence is read and judged.
types:
  unit-tests:
    format: junit
    description: Unit test results as JUnit XML
    # jq: '.failures == 0 and .errors == 0'   # default for junit: FAILED on any failure or error

# policies:
#   no-criticals: { jq: '[.attestations[] | .summary.critical // 0] | add == 0' }

# environments:
#   production: { members: [production-eu, production-us] }

# Who may let a blocked gate through, for which reasons, for how long.
# bypass:
#   actors: [alice, "@my-org/sre"]
#   reasons: { incident-hotfix: "Sev1 fix that cannot wait" }
#   max_ttl: 24h

# evidence:
#   max_bytes: 10485760             # default 10 MiB
`;
}
