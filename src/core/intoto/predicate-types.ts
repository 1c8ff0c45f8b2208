import { CYCLONEDX_PREDICATE, FACTSTORE_PREDICATE, SPDX_PREDICATE, TEST_RESULT_PREDICATE } from '../export/intoto/statements.js';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';

/**
 * The attestation type each well-known predicate records, unless `intoto.predicate_types`
 * says otherwise. Factstore's own predicate is absent: it names its type itself.
 */
export const DEFAULT_PREDICATE_TYPES: Readonly<Record<string, string>> = {
  [SLSA_PROVENANCE_V1]: 'provenance',
  [SLSA_PROVENANCE_V02]: 'provenance',
  [TEST_RESULT_PREDICATE]: 'unit-tests',
  [CYCLONEDX_PREDICATE]: 'sbom',
  [SPDX_PREDICATE]: 'sbom',
};

/**
 * The attestation type a statement records: the config's mapping, else the default one, else
 * (Factstore's own predicate) the type its fact names; undefined when nothing says.
 */
export function typeForPredicate(predicateType: string, predicate: Record<string, unknown>, configured: Readonly<Record<string, string>>): string | undefined {
  if (Object.hasOwn(configured, predicateType)) return configured[predicateType];
  if (Object.hasOwn(DEFAULT_PREDICATE_TYPES, predicateType)) return DEFAULT_PREDICATE_TYPES[predicateType];
  if (predicateType === FACTSTORE_PREDICATE && typeof predicate.type === 'string') return predicate.type;
  return undefined;
}
