import type { FieldErrors } from '@plekwijzer/graphql';
import type { StoredSchedule, StoredTimeRange } from './placement.entity.js';
import { ScheduleKind, Weekday } from './placement.enums.js';

const DAYS = Object.values(Weekday);
const WEEK = 7 * 24 * 60;
const DAY_NL: Record<Weekday, string> = { MON: 'Mon', TUE: 'Tue', WED: 'Wed', THU: 'Thu', FRI: 'Fri', SAT: 'Sat', SUN: 'Sun' };

export interface RangeInput {
  day: Weekday;
  start: string;
  end: string;
  overnight?: boolean;
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Week-minute intervals [from, to) of a range; a range past Sunday midnight wraps to Monday. */
function intervals(range: RangeInput): Array<[number, number]> {
  const from = DAYS.indexOf(range.day) * 1440 + minutes(range.start);
  const length = range.overnight ? minutes(range.end) + 1440 - minutes(range.start) : minutes(range.end) - minutes(range.start);
  const to = from + length;
  return to <= WEEK ? [[from, to]] : [[from, WEEK], [0, to - WEEK]];
}

export function rangeHours(range: RangeInput): number {
  return intervals(range).reduce((sum, [a, b]) => sum + (b - a), 0) / 60;
}

const label = (r: RangeInput): string => `${DAY_NL[r.day]} ${r.start}–${r.end}`;

/**
 * Checks a list of weekly ranges: each must end after it starts (or be marked overnight and end
 * earlier the next day), and no two may overlap. Touching ranges (12:30 end, 12:30 start) are fine.
 */
export function checkRanges(path: string, ranges: RangeInput[], errors: FieldErrors): void {
  const valid: Array<{ index: number; range: RangeInput }> = [];
  ranges.forEach((range, index) => {
    const at = `${path}.${index}`;
    const start = minutes(range.start);
    const end = minutes(range.end);
    if (range.overnight) {
      if (range.end === '24:00' || end >= start) {
        errors.add(at, `${label(range)} is marked overnight, so it must end earlier in the day than it starts`);
        return;
      }
    } else if (end === start) {
      errors.add(at, `${label(range)} ends when it starts`);
      return;
    } else if (end < start) {
      errors.add(at, `${label(range)} ends before it starts; mark it overnight if it continues past midnight`);
      return;
    }
    valid.push({ index, range });
  });
  for (let i = 0; i < valid.length; i++) {
    for (let j = i + 1; j < valid.length; j++) {
      const overlap = intervals(valid[i].range).some(([a, b]) => intervals(valid[j].range).some(([c, d]) => a < d && c < b));
      if (overlap) {
        errors.add(`${path}.${valid[j].index}`, `${label(valid[j].range)} overlaps ${label(valid[i].range)}`);
      }
    }
  }
}

export interface ScheduleLike {
  kind: ScheduleKind;
  shifts?: RangeInput[];
  windows?: RangeInput[];
  minHoursPerWeek?: number;
  maxHoursPerWeek?: number;
}

/** Validates a schedule and returns it in stored form (hours computed for fixed shifts). */
export function normaliseSchedule(path: string, input: ScheduleLike, errors: FieldErrors): StoredSchedule | undefined {
  const before = errors.list.length;
  const shifts = input.shifts ?? [];
  const windows = input.windows ?? [];
  if (input.kind === ScheduleKind.FIXED) {
    if (shifts.length === 0) errors.add(`${path}.shifts`, 'a fixed schedule needs at least one shift');
    if (windows.length > 0) errors.add(`${path}.windows`, 'a fixed schedule has shifts, not windows');
    checkRanges(`${path}.shifts`, shifts, errors);
    if (errors.list.length > before) return undefined;
    const total = round2(shifts.reduce((sum, r) => sum + rangeHours(r), 0));
    if (total > 60) errors.add(`${path}.shifts`, `the shifts add up to ${total} hours a week; at most 60 are allowed`);
    return errors.list.length > before
      ? undefined
      : { kind: input.kind, shifts: shifts.map(stored), windows: [], minHoursPerWeek: total, maxHoursPerWeek: total };
  }
  if (windows.length === 0) errors.add(`${path}.windows`, 'a flexible schedule needs at least one window');
  if (shifts.length > 0) errors.add(`${path}.shifts`, 'a flexible schedule has windows, not shifts');
  checkRanges(`${path}.windows`, windows, errors);
  const min = input.minHoursPerWeek;
  const max = input.maxHoursPerWeek;
  if (min === undefined || min === null) errors.add(`${path}.minHoursPerWeek`, 'a flexible schedule needs a minimum of hours per week');
  if (max === undefined || max === null) errors.add(`${path}.maxHoursPerWeek`, 'a flexible schedule needs a maximum of hours per week');
  if (errors.list.length > before || min === undefined || max === undefined) return undefined;
  const windowHours = round2(windows.reduce((sum, r) => sum + rangeHours(r), 0));
  if (max <= 0) errors.add(`${path}.maxHoursPerWeek`, 'maxHoursPerWeek must be more than 0');
  if (min > max) errors.add(`${path}.minHoursPerWeek`, `the minimum (${min} h) is above the maximum (${max} h)`);
  if (min > windowHours) {
    errors.add(`${path}.minHoursPerWeek`, `the minimum (${min} h) is more than the windows allow (${windowHours} h a week)`);
  }
  if (errors.list.length > before) return undefined;
  return { kind: input.kind, shifts: [], windows: windows.map(stored), minHoursPerWeek: min, maxHoursPerWeek: max };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Stored ranges drop the overnight flag: an end before the start already means "next day". */
const stored = (r: RangeInput): StoredTimeRange => ({ day: r.day, start: r.start, end: r.end });

/** A real calendar date (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
