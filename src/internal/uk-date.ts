const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when UK clocks change. */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Today's date in the UK (Europe/London) as `YYYY-MM-DD`. The UK is on GMT,
 * and on BST (one hour ahead) from the last Sunday of March to the last
 * Sunday of October, 01:00 UTC both times (the rule since 1996; a test
 * checks it against the browser's time zone data). Worked out rather than
 * asked of `Intl`: a time-zone formatter took 40-80 ms to build in Chromium.
 */
export function ukToday(now: Date = new Date()): string {
  const time = now.getTime();
  const year = now.getUTCFullYear();
  const summer = time >= lastSundayAt1Utc(year, 2) && time < lastSundayAt1Utc(year, 9);
  return new Date(summer ? time + HOUR : time).toISOString().slice(0, 10);
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Milliseconds from `now` until the next midnight in the UK. Clocks change
 * at 01:00 UTC, so UK midnight is always either 00:00 or 23:00 UTC.
 */
export function msUntilUkMidnight(now: Date = new Date()): number {
  const today = ukToday(now);
  const [year, month, day] = today.split('-').map(Number);
  const summerMidnight = Date.UTC(year, month - 1, day + 1) - HOUR;
  // At 23:00 UTC it is still today in the UK in winter (midnight is an hour later), tomorrow in summer.
  const midnight = ukToday(new Date(summerMidnight)) === today ? summerMidnight + HOUR : summerMidnight;
  return midnight - now.getTime();
}
