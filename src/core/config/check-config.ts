import { checkJsonSchema } from '../schema/check-json-schema.js';
import type { ValidationError } from '../schema/format-errors.js';
import { checkIntotoConfig } from './check-intoto-config.js';
import type { RawConfig } from './raw-config.js';

const ED25519_TYPE = 'ssh-ed25519';

/**
 * What the schema cannot say: references between sections, keys that decode to something else,
 * rules that no one could ever satisfy. Returns every problem, with its path.
 */
export function crossCheckConfig(raw: RawConfig): ValidationError[] {
  const errors: ValidationError[] = [];
  const policies = raw.policies ?? {};
  for (const [name, flow] of Object.entries(raw.flows ?? {})) {
    const at = `/flows/${escape(name)}`;
    (flow.policies ?? []).forEach((policy, i) => {
      if (!Object.hasOwn(policies, policy)) {
        errors.push({
          path: `${at}/policies/${i}`,
          message: `policy ${JSON.stringify(policy)} is not defined: add it under policies: (with its jq) or remove it from the flow`,
        });
      }
    });
    for (const type of Object.keys(flow.controls ?? {})) {
      if (!(flow.require ?? []).includes(type)) {
        errors.push({ path: `${at}/controls/${escape(type)}`, message: `names type ${JSON.stringify(type)}, which the flow does not require: controls are shown beside required types; add it to require or remove it here` });
      }
    }
    const approval = flow.approval;
    const min = approval?.min ?? 1;
    if (approval !== undefined && approval.approvers.every((a) => !a.startsWith('@')) && min > approval.approvers.length) {
      errors.push({
        path: `${at}/approval/min`,
        message: `asks for ${min} approvals but only ${approval.approvers.length} approvers are listed: lower min or add approvers`,
      });
    }
  }
  const flows = raw.flows ?? {};
  const envNames = Object.keys(raw.environments ?? {});
  for (const [name, env] of Object.entries(raw.environments ?? {})) {
    (env.require_flows ?? []).forEach((flow, i) => {
      if (!Object.hasOwn(flows, flow)) {
        errors.push({ path: `/environments/${escape(name)}/require_flows/${i}`, message: `flow ${JSON.stringify(flow)} is not defined under flows: fix the name or remove it` });
      }
    });
    const twin = envNames.find((other) => other !== name && other.toLowerCase() === name.toLowerCase());
    if (twin !== undefined && name < twin) {
      errors.push({ path: `/environments/${escape(name)}`, message: `names the same environment as ${twin} (environment names compare case-insensitively): keep one` });
    }
  }
  (raw.trust?.signers ?? []).forEach((signer, i) => {
    const personal = (signer.kinds ?? []).filter((k) => k === 'approval' || k === 'bypass');
    if (personal.length > 0 && signer.actors === undefined && signer.app !== true) {
      errors.push({
        path: `/trust/signers/${i}/kinds`,
        message: `lists ${personal.join(' and ')}, which count only from a person's own key (actors: [login]) or the App's (app: true): add actors, or drop ${personal.join(' and ')} from kinds`,
      });
    }
    if (!isEd25519PublicKey(signer.key)) {
      errors.push({
        path: `/trust/signers/${i}/key`,
        message:
          'is not an OpenSSH Ed25519 public key (its base64 part does not decode to one): paste the whole line ' +
          'of the .pub file that factstore keygen wrote, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5..."',
      });
    }
  });
  for (const [name, type] of Object.entries(raw.types ?? {})) {
    if (type.schema === undefined) continue;
    for (const e of checkJsonSchema(type.schema)) {
      errors.push({
        path: `/types/${escape(name)}/schema${e.path}`,
        message: `is not a valid JSON Schema: ${e.message}`,
      });
    }
  }
  errors.push(...checkIntotoConfig(raw.intoto));
  return errors;
}

/** The key blob is: string "ssh-ed25519", then a string of the 32 key bytes (RFC 8709). */
function isEd25519PublicKey(line: string): boolean {
  const [type, base64] = line.trim().split(/\s+/);
  if (type !== ED25519_TYPE || base64 === undefined) return false;
  const blob = Buffer.from(base64, 'base64');
  if (blob.length !== 4 + ED25519_TYPE.length + 4 + 32) return false;
  return (
    blob.readUInt32BE(0) === ED25519_TYPE.length &&
    blob.subarray(4, 4 + ED25519_TYPE.length).toString('latin1') === ED25519_TYPE &&
    blob.readUInt32BE(4 + ED25519_TYPE.length) === 32
  );
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
