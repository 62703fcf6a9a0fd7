import { addDays } from '@plekwijzer/domain';

/** One approved hours entry of a demo history. */
export interface DemoHoursEntry {
  date: string;
  hours: number;
}

export const weekdayOf = (iso: string): number => (new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0

/**
 * A demo participant's hours history: `perWeek` hours in each week running back from last week
 * (the current week is still running), the earliest week taking the remainder, until `done` is
 * reached. Each week's hours are spread over its days from Monday, four a day, so every
 * entry lies in the past, on its own day. Throws when the history would start before `notBefore`
 * (the PIP date: hours before the term do not count).
 */
export function demoHoursHistory(
  done: number,
  perWeek: number,
  today: string,
  notBefore: string,
): DemoHoursEntry[] {
  const entries: DemoHoursEntry[] = [];
  const thisMonday = addDays(today, -weekdayOf(today));
  // Four hours a day, more only when a week holds more than six such days (never near the 24-hour cap).
  const perDay = Math.max(4, Math.ceil(perWeek / 6));
  let left = done;
  for (let week = 1; left > 0; week++) {
    const monday = addDays(thisMonday, -7 * week);
    let inWeek = Math.min(perWeek, left);
    left -= inWeek;
    for (let day = 0; inWeek > 0; day++) {
      const hours = Math.min(perDay, inWeek);
      entries.push({ date: addDays(monday, day), hours });
      inWeek -= hours;
    }
  }
  entries.sort((a, b) => a.date.localeCompare(b.date));
  const first = entries[0]?.date;
  if (first && first < notBefore) {
    throw new Error(
      `A history of ${done} hours at ${perWeek} a week would start on ${first}, before ${notBefore}`,
    );
  }
  return entries;
}

const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** The weekdays (Monday = 0) a place works: the days of its shifts or windows; none given, Monday to Friday. */
export function workingWeekdays(
  schedule: { shifts?: Array<{ day: string }>; windows?: Array<{ day: string }> } | null | undefined,
): Set<number> {
  const days = [...(schedule?.shifts ?? []), ...(schedule?.windows ?? [])].map((r) =>
    WEEKDAYS.indexOf(r.day),
  );
  return new Set(days.length > 0 ? days : [0, 1, 2, 3, 4]);
}

/**
 * The days a place logged hours still waiting for the coach: its latest working days (`weekdays`,
 * Monday = 0) before `today`, not before `from` (the first day at the place) and not in `taken`
 * (days with other hours of the person), newest first, one for each of `count`. Throws when there
 * are fewer such days.
 */
export function demoPendingDays(
  count: number,
  today: string,
  from: string,
  taken: ReadonlySet<string>,
  weekdays: ReadonlySet<number>,
): string[] {
  const days: string[] = [];
  for (let day = addDays(today, -1); days.length < count && day >= from; day = addDays(day, -1))
    if (weekdays.has(weekdayOf(day)) && !taken.has(day)) days.push(day);
  if (days.length < count)
    throw new Error(
      `Only ${days.length} free working day(s) between ${from} and ${today} for ${count} pending entries`,
    );
  return days;
}
