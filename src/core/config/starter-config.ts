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

# Keys whose signed facts commits count. A fact counts only when a key listed here, with
# authority for it, signed the commit that added it; every other fact is left out and reported.
# To add a signer, run \`factstore keygen --out ci-key\` and paste the line it prints, for example:
#   signers:
#     # CI: trails, artifacts, attestations and gate decisions (never approvals or bypasses)
#     - { principal: ci@my-org, key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA... ci@my-org" }
#     # a person's own key: their approvals and bypasses
#     - { principal: alice@my-org, key: "ssh-ed25519 AAAA...", actors: [alice] }
#     # the Factstore App: approvals and bypasses of the GitHub users it authenticated, alarms
#     - { principal: factstore-app, key: "ssh-ed25519 AAAA...", app: true }
#     # a retired key counts only for facts added by this facts commit or before; never delete one
#     - { principal: old-ci@my-org, key: "ssh-ed25519 AAAA...", until: <40-hex facts commit> }
#   admins: [alice]                   # who may clear a tamper alarm of the App
trust:
  signers: []

# Flows: the evidence each release needs before the gate allows it.
flows:
  my-service:
    description: Release checks for my-service
    require: [unit-tests]
    # approval: { required: true, approvers: [alice, "@my-org/release-managers"], min: 1 }
    #   # forbid_self: true is the default: the change's author cannot approve it
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
#   no-criticals: { jq: '([.attestations[] | .summary.critical // 0] | add // 0) == 0' }

# Where releases run: a type says how factstore snapshot reads what runs there (k8s, docker, ecs,
# lambda, s3, server, list); members group environments into one.
# environments:
#   production-eu: { type: k8s }
#   production-us: { type: ecs, require_flows: [my-service] }
#   production: { members: [production-eu, production-us] }

# Who may let a blocked gate through, for which reasons, for how long.
# bypass:
#   actors: [alice, "@my-org/sre"]
#   reasons: { incident-hotfix: "Sev1 fix that cannot wait" }
#   max_ttl: 24h

# evidence:
#   max_bytes: 10485760             # default 10 MiB

# A commit no flow applies to (its branch or environment is in no flow) is blocked by default.
# gate:
#   allow_unscoped: true
`;
}
