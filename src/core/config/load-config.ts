import { FactstoreError } from '../errors.js';
import type { ValidationError } from '../schema/format-errors.js';
import { invalidMessage, validate } from '../schema/validate.js';
import { crossCheckConfig } from './check-config.js';
import type { FactstoreConfig } from './config.js';
import { normalizeConfig } from './normalize-config.js';
import { parseYaml } from './parse-yaml.js';
import type { RawConfig } from './raw-config.js';

export type ConfigCheck = { ok: true; config: FactstoreConfig } | { ok: false; errors: ValidationError[] };

/**
 * Checks an already parsed config (e.g. what Probot's `context.config()` merged from `_extends`)
 * against the schema and the cross-checks, and normalises it. Every bad path is reported.
 */
export function checkConfigValue(value: unknown): ConfigCheck {
  // An empty file (or one holding only comments) is an empty config, as when there is no file.
  const document = value ?? {};
  const schema = validate('config', document);
  if (!schema.ok) return schema;
  const raw = document as RawConfig;
  const errors = crossCheckConfig(raw);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config: normalizeConfig(raw) };
}

/** Like {@link checkConfigValue}, throwing CONFIG with every problem when the config is invalid. */
export function configFromValue(value: unknown, source: string): FactstoreConfig {
  const result = checkConfigValue(value);
  if (!result.ok) {
    throw new FactstoreError(
      'CONFIG',
      `${invalidMessage(`the config file ${source}`, result.errors)}\n` +
        `Fix these entries in ${source} (the format is schemas/config.schema.json of factstore).`,
    );
  }
  return result.config;
}

/** Parses `.github/factstore.yml` text; `source` names the file in every error. */
export function parseConfig(text: string, source: string): FactstoreConfig {
  return configFromValue(parseYaml(text, source), source);
}
