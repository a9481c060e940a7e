import {warnOnce} from './warn.js';

/** Made on first use: importing the library builds nothing a page may not need. */
let ukDateFormat: Intl.DateTimeFormat | undefined;

/** Today's date in the UK (Europe/London) as `YYYY-MM-DD`. */
export function ukToday(now: Date = new Date()): string {
  ukDateFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const [day, month, year] = ukDateFormat.format(now).split('/');
  return `${year}-${month}-${day}`;
}

/**
 * Parses a `YYYY-MM-DD` calendar date. A value that is not a real date warns
 * once and gives undefined, so the setting is ignored.
 */
export function parseUkDate(
  host: Element,
  setting: string,
  value: string | null | undefined
): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (match) {
    const [, year, month, day] = match.map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return match[0];
    }
  }
  warnOnce(host, setting, value, 'expected a date as YYYY-MM-DD; it is ignored.');
  return undefined;
}

/**
 * Milliseconds from `now` until the next midnight in the UK. Clocks change
 * at 01:00 UTC, so UK midnight is always either 00:00 or 23:00 UTC.
 */
export function msUntilUkMidnight(now: Date = new Date()): number {
  const [year, month, day] = ukToday(now).split('-').map(Number);
  const tomorrow = ukToday(new Date(Date.UTC(year, month - 1, day + 1, 12)));
  const summerMidnight = Date.UTC(year, month - 1, day + 1) - 3_600_000;
  const midnight =
    ukToday(new Date(summerMidnight)) === tomorrow
      ? summerMidnight
      : summerMidnight + 3_600_000;
  return midnight - now.getTime();
}
