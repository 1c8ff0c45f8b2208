import { badInput } from '../../core/errors.js';
import type { OptionValues } from '../command.js';
import { optionalString } from './values.js';

/** --evidence-url: an absolute URL, or absent. */
export function evidenceUrlOption(values: OptionValues): string | undefined {
  const url = optionalString(values, 'evidence-url');
  if (url !== undefined && !URL.canParse(url)) {
    throw badInput(`--evidence-url ${JSON.stringify(url)} is not an absolute URL: give e.g. https://github.com/acme/app/actions/runs/1.`);
  }
  return url;
}
