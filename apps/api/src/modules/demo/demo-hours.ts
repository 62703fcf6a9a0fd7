import { addDays } from '@plekwijzer/domain';

/** One approved hours entry of a demo history. */
export interface DemoHoursEntry {
  date: string;
  hours: number;
}

const weekdayOf = (iso: string): number => (new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0

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
