const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long until `expires` from `now`: "in 3 days", "in 5 hours", "in 12 minutes", "expired"; "" if unreadable. */
export function expiresIn(expires: string, now: Date): string {
  const end = Date.parse(expires);
  if (Number.isNaN(end)) return '';
  const left = end - now.getTime();
  if (left <= 0) return 'expired';
  // Rounded down, so a bypass never looks longer-lived than it is; hours up to two days read better than "1 day".
  if (left < HOUR) return `in ${plural(Math.max(1, Math.floor(left / MINUTE)), 'minute')}`;
  if (left < 2 * DAY) return `in ${plural(Math.floor(left / HOUR), 'hour')}`;
  return `in ${plural(Math.floor(left / DAY), 'day')}`;
}

/** `2026-01-04T00:00:00.000Z` → `2026-01-04 00:00 UTC`; anything unreadable is returned as given. */
export function utcMinute(timestamp: string): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return timestamp;
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
