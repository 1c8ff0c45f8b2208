import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badInput, FactstoreError } from '../errors.js';
import { invalidMessage } from '../schema/validate.js';
import { suggestion } from '../text/did-you-mean.js';
import { checkFrameworkValue } from './check-framework.js';
import type { Framework } from './framework.js';
import { findFrameworksDir } from './frameworks-dir.js';

const FRAMEWORK_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The names of the shipped frameworks, sorted: the `frameworks/*.json` files. */
export function frameworkNames(dir: string = findFrameworksDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter((name) => FRAMEWORK_NAME.test(name))
    .sort();
}

/** Every shipped framework, validated, in name order. */
export function listFrameworks(dir: string = findFrameworksDir()): Framework[] {
  return frameworkNames(dir).map((name) => readFramework(dir, name));
}

/** One framework by name; an unknown name lists the known ones and suggests the closest. */
export function getFramework(name: string, dir: string = findFrameworksDir()): Framework {
  const names = frameworkNames(dir);
  if (!names.includes(name)) {
    throw badInput(`there is no framework ${JSON.stringify(name)}.${suggestion(name, names)} Known frameworks: ${names.join(', ')} (factstore frameworks list).`);
  }
  return readFramework(dir, name);
}

function readFramework(dir: string, name: string): Framework {
  const file = join(dir, `${name}.json`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new FactstoreError('INTERNAL', `factstore: ${file} cannot be read as JSON: reinstall factstore.`, { cause });
  }
  const result = checkFrameworkValue(value);
  if (!result.ok) throw new FactstoreError('INTERNAL', invalidMessage(`the framework file ${file}`, result.errors));
  if (result.framework.name !== name) {
    throw new FactstoreError('INTERNAL', `factstore: ${file} names itself ${JSON.stringify(result.framework.name)}: a framework's name must be its file's name.`);
  }
  return result.framework;
}
