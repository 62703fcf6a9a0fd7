/**
 * Logging hours on a phone, apart from React so that it is tested on its own: today's date in
 * Amersfoort, the hours the place's fixed shifts give for a day (the prefill, so that a usual day
 * is one tap), and the checks the API makes, so the employer hears about them beside the field.
 */
import { rangeMinutes, WEEKDAYS, type ScheduleKind, type Weekday } from '../places/schedule';

/** Today's calendar date (YYYY-MM-DD) in a time zone: the day it is for the people at the place. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The weekday of a calendar date (the date itself, not a moment: no time zone involved). */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay(); // Sunday = 0
  return WEEKDAYS[(day + 6) % 7];
}

/**
 * The hours the place's fixed shifts starting on this day add up to; undefined for a flexible
 * schedule or a day without shifts (then the employer types the hours).
 */
export function scheduledHoursOn(
  schedule:
    | { kind: ScheduleKind; shifts: ReadonlyArray<{ day: Weekday; start: string; end: string }> }
    | null
    | undefined,
  date: string,
): number | undefined {
  if (!schedule || schedule.kind !== 'FIXED') return undefined;
  const day = weekdayOf(date);
  const minutes = schedule.shifts
    .filter((s) => s.day === day)
    .reduce((sum, s) => sum + rangeMinutes({ ...s, overnight: s.end !== '24:00' && s.end < s.start }), 0);
  return minutes > 0 ? Math.round((minutes / 60) * 4) / 4 : undefined;
}

export interface HoursProblems {
  date?: string;
  hours?: string;
}

/** Reads "4", "3,5" or "3.75" as hours; NaN for anything else, undefined when empty. */
export function parseHours(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

/** The problems with an hours entry, as message ids of the catalogues (the API makes the same checks). */
export function checkHours(entry: {
  date: string;
  hours: string;
  today: string;
  startDate?: string | null;
  endDate?: string | null;
}): HoursProblems {
  const problems: HoursProblems = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) problems.date = 'employer.hours.error.date';
  else if (entry.date > entry.today) problems.date = 'employer.hours.error.future';
  else if (entry.startDate && entry.date < entry.startDate)
    problems.date = 'employer.hours.error.beforeStart';
  else if (entry.endDate && entry.date > entry.endDate) problems.date = 'employer.hours.error.afterEnd';
  const hours = parseHours(entry.hours);
  if (hours === undefined) problems.hours = 'employer.hours.error.needed';
  else if (Number.isNaN(hours) || hours <= 0) problems.hours = 'employer.hours.error.positive';
  else if (hours > 24) problems.hours = 'employer.hours.error.tooMany';
  else if (Math.round(hours * 4) !== hours * 4) problems.hours = 'employer.hours.error.quarter';
  return problems;
}
