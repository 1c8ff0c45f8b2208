import { badInput } from '../errors.js';

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60 * 1000,
  h: 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
  w: 7 * 24 * 60 * 60 * 1000,
};

const DURATION = /^([1-9][0-9]{0,5})([smhdw])$/;

/** `30d` → milliseconds. A whole number (1-999999) followed by s, m, h, d or w. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  const unit = match?.[2] === undefined ? undefined : UNIT_MS[match[2]];
  if (match?.[1] === undefined || unit === undefined) {
    throw badInput(
      `duration ${JSON.stringify(text)} is not valid: write a whole number followed by s, m, h, d or w ` +
        '(for example 30d, 12h or 90m).',
    );
  }
  return Number(match[1]) * unit;
}
