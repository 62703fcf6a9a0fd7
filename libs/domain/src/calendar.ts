/**
 * Calendar dates as 'YYYY-MM-DD' strings. A date has no time zone; "today" is the date on the
 * wall clock in Amsterdam, where every user of the service lives.
 */

/** 'YYYY-MM-DD' (shape only; `parseDate` also checks that the day exists). */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
export const TIME_ZONE = 'Europe/Amsterdam';

/** Built once: constructing an Intl formatter costs more than formatting with it. */
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Europe/Amsterdam (winter UTC+1, summer UTC+2), as 'YYYY-MM-DD'. */
export function today(now: Date = new Date()): string {
  return AMSTERDAM_DATE.format(now);
}

/** 'YYYY-MM-DD' as a day number (days since 1970-01-01). Throws on a malformed or non-existing date. */
export function parseDate(value: string): number {
  const m = DATE_PATTERN.exec(value);
  if (!m) throw new RangeError(`'${value}' is not a date in the form YYYY-MM-DD`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`'${value}' is not an existing calendar date`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** A day number (see parseDate) as 'YYYY-MM-DD'. */
export function formatDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' plus `days` (may be negative); months and years roll over. */
export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date) + days);
}

/**
 * The last day of the 3-year integration term: the day before the third anniversary of the PIP
 * date (PIP 2024-03-01 → last day 2027-02-28). A PIP on 29 February has its anniversary on 1 March.
 */
export function integrationTermLastDay(pipDate: string): string {
  const start = new Date(parseDate(pipDate) * MS_PER_DAY);
  const anniversary = Date.UTC(start.getUTCFullYear() + 3, start.getUTCMonth(), start.getUTCDate());
  return formatDate(Math.round(anniversary / MS_PER_DAY) - 1);
}

/**
 * The first day of month `month` (1-based) of the term that starts on `pipDate`: the same day of
 * the month, `month − 1` months later (PIP 2025-03-15, month 13 → 2026-03-15). When that day does
 * not exist in that month, the month starts on the 1st of the next one — the rule the term's own
 * anniversary follows (PIP 2024-01-31, month 2 → 2024-03-01; PIP 2024-02-29, month 13 → 2025-03-01).
 */
export function termMonthStart(pipDate: string, month: number): string {
  if (!Number.isInteger(month) || month < 1)
    throw new RangeError(`month ${month} is not a term month (1, 2, …)`);
  const start = new Date(parseDate(pipDate) * MS_PER_DAY);
  const months = start.getUTCMonth() + month - 1;
  const year = start.getUTCFullYear() + Math.floor(months / 12);
  const monthIndex = months % 12;
  const day = start.getUTCDate();
  const daysInMonth = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const ms = day <= daysInMonth ? Date.UTC(year, monthIndex, day) : Date.UTC(year, monthIndex + 1, 1);
  return formatDate(Math.round(ms / MS_PER_DAY));
}

/**
 * Whether the MAP runs on `date` for a term that starts on `pipDate`: from the first day of term
 * month `mapStartMonth` up to and including the term's last day. Calendar days only, so no time of
 * day and no daylight-saving change can move the boundary; for "now", pass `today()` (Amsterdam).
 */
export function isMapRunning(pipDate: string, date: string, mapStartMonth: number): boolean {
  parseDate(date);
  return date >= termMonthStart(pipDate, mapStartMonth) && date <= integrationTermLastDay(pipDate);
}
