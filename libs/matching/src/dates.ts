const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** 'YYYY-MM-DD' as a day number (days since 1970-01-01); calendar dates have no time zone here. */
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

export function formatDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The last day of the 3-year integration term: the day before the third anniversary of the PIP
 * date (PIP 2024-03-01 → last day 2027-02-28). A PIP on 29 February has its anniversary on 1 March.
 */
export function pipLastDay(pipDate: string): number {
  const start = parseDate(pipDate);
  const d = new Date(start * MS_PER_DAY);
  const anniversary = Date.UTC(d.getUTCFullYear() + 3, d.getUTCMonth(), d.getUTCDate());
  return Math.round(anniversary / MS_PER_DAY) - 1;
}

/** The last day of the integration term as 'YYYY-MM-DD' (see pipLastDay). */
export function integrationTermLastDay(pipDate: string): string {
  return formatDate(pipLastDay(pipDate));
}
