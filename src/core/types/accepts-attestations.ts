import type { TypeConfig } from '../config/config.js';
import { badInput } from '../errors.js';

/** `archived: true` types are kept for the record but take no new attestations. */
export function assertTypeAcceptsAttestations(typeName: string, type: TypeConfig | undefined): void {
  if (type?.archived !== true) return;
  throw badInput(
    `type ${typeName} is archived: it takes no new attestations. Record under the type that replaced it, ` +
      `or set archived: false on types.${typeName} in the config if it is back in use.`,
  );
}
