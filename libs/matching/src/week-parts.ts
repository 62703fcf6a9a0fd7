/**
 * Parts of the week, for insights on supply and demand by time: weekday mornings (06:00–12:00),
 * afternoons (12:00–18:00) and evenings (18:00–24:00), and the weekend (Saturday and Sunday, all day).
 */
import type { TimeRange, Weekday } from '@plekwijzer/domain';
import { WeekSlots } from './schedule.js';

export const WEEK_PARTS = ['MORNING', 'AFTERNOON', 'EVENING', 'WEEKEND'] as const;
export type WeekPart = (typeof WEEK_PARTS)[number];

const WEEKDAYS_ONLY: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI'];
const daily = (days: Weekday[], start: string, end: string): TimeRange[] =>
  days.map((day) => ({ day, start, end }));

const PART_SLOTS: Record<WeekPart, WeekSlots> = {
  MORNING: WeekSlots.fromRanges(daily(WEEKDAYS_ONLY, '06:00', '12:00'), 'outward'),
  AFTERNOON: WeekSlots.fromRanges(daily(WEEKDAYS_ONLY, '12:00', '18:00'), 'outward'),
  EVENING: WeekSlots.fromRanges(daily(WEEKDAYS_ONLY, '18:00', '24:00'), 'outward'),
  WEEKEND: WeekSlots.fromRanges(daily(['SAT', 'SUN'], '00:00', '24:00'), 'outward'),
};

/** The week parts a set of time slots reaches into with at least `minHours` (any overlap when 0). */
export function weekPartsOf(slots: WeekSlots, minHours = 0): WeekPart[] {
  return WEEK_PARTS.filter((part) => {
    const overlap = slots.intersect(PART_SLOTS[part]);
    return minHours > 0 ? overlap.hours() >= minHours : !overlap.isEmpty();
  });
}

/** The week parts of a place's shifts or windows. */
export function placeWeekParts(ranges: readonly TimeRange[]): WeekPart[] {
  return weekPartsOf(WeekSlots.fromRanges(ranges, 'inward'));
}

/** The week parts where a participant has at least an hour free: availability minus commitments. */
export function freeWeekParts(
  availability: readonly TimeRange[],
  commitments: readonly TimeRange[],
): WeekPart[] {
  const free = WeekSlots.fromRanges(availability, 'inward').subtract(
    WeekSlots.fromRanges(commitments, 'outward'),
  );
  return weekPartsOf(free, 1);
}
