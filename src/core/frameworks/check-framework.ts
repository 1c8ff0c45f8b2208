import type { ValidationError } from '../schema/format-errors.js';
import { validate } from '../schema/validate.js';
import type { Framework } from './framework.js';

export type FrameworkCheck = { ok: true; framework: Framework } | { ok: false; errors: ValidationError[] };

/**
 * Checks a framework document against the schema, then what the schema cannot say: every type
 * and policy a control names is defined in the file, and no control ID appears twice.
 */
export function checkFrameworkValue(value: unknown): FrameworkCheck {
  const schema = validate('framework', value);
  if (!schema.ok) return schema;
  const framework = value as Framework;
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  framework.controls.forEach((control, i) => {
    if (seen.has(control.id)) errors.push({ path: `/controls/${i}/id`, message: `${JSON.stringify(control.id)} is listed twice: merge the two controls` });
    seen.add(control.id);
    (control.types ?? []).forEach((type, j) => {
      if (!Object.hasOwn(framework.types, type)) {
        errors.push({ path: `/controls/${i}/types/${j}`, message: `type ${JSON.stringify(type)} is not defined: add it under types:` });
      }
    });
    (control.policies ?? []).forEach((policy, j) => {
      if (!Object.hasOwn(framework.policies ?? {}, policy)) {
        errors.push({ path: `/controls/${i}/policies/${j}`, message: `policy ${JSON.stringify(policy)} is not defined: add it under policies:` });
      }
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, framework };
}
