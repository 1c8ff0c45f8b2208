import { isFactstoreError } from '../errors.js';
import { parseStatementKey } from '../intoto/statement-key.js';
import type { ValidationError } from '../schema/format-errors.js';
import type { RawIntoto } from './raw-config.js';

/** What the schema cannot say about `intoto:`: keys that do not read, names used twice, regexps that do not compile. */
export function checkIntotoConfig(intoto: RawIntoto | undefined): ValidationError[] {
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  (intoto?.keys ?? []).forEach((k, i) => {
    if (seen.has(k.name)) errors.push({ path: `/intoto/keys/${i}/name`, message: `names ${JSON.stringify(k.name)} a second time: each key's name says who signed, so give each its own` });
    seen.add(k.name);
    try {
      parseStatementKey(k.key);
    } catch (e) {
      if (!isFactstoreError(e)) throw e;
      errors.push({ path: `/intoto/keys/${i}/key`, message: e.message.replace(/\.$/, '') });
    }
  });
  (intoto?.sigstore?.identities ?? []).forEach((identity, i) => {
    if (identity.san_regexp === undefined) return;
    try {
      new RegExp(identity.san_regexp, 'u');
    } catch (e) {
      errors.push({ path: `/intoto/sigstore/identities/${i}/san_regexp`, message: `is not a regular expression (${e instanceof Error ? e.message : String(e)}): fix it, or give the exact san` });
    }
  });
  return errors;
}
