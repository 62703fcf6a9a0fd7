import { WEEKDAYS, type TimeRange, type Weekday } from '@plekwijzer/domain';
import type { FieldErrors } from '@plekwijzer/graphql';
import { MAX_OVERNIGHT_HOURS } from '@plekwijzer/matching';

const DAYS = WEEKDAYS;
const WEEK = 7 * 24 * 60;
const DAY_EN: Record<Weekday, string> = {
  MON: 'Mon',
  TUE: 'Tue',
  WED: 'Wed',
  THU: 'Thu',
  FRI: 'Fri',
  SAT: 'Sat',
  SUN: 'Sun',
};

/** A weekly range as entered: overnight ranges may end before they start. */
export interface RangeInput extends TimeRange {
  overnight?: boolean;
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Week-minute intervals [from, to) of a range; a range past Sunday midnight wraps to Monday. */
function intervals(range: RangeInput): Array<[number, number]> {
  const from = DAYS.indexOf(range.day) * 1440 + minutes(range.start);
  const length = range.overnight
    ? minutes(range.end) + 1440 - minutes(range.start)
    : minutes(range.end) - minutes(range.start);
  const to = from + length;
  return to <= WEEK
    ? [[from, to]]
    : [
        [from, WEEK],
        [0, to - WEEK],
      ];
}

export function rangeHours(range: RangeInput): number {
  return intervals(range).reduce((sum, [a, b]) => sum + (b - a), 0) / 60;
}

const label = (r: RangeInput): string => `${DAY_EN[r.day]} ${r.start}–${r.end}`;

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
        errors.add(
          at,
          `${label(range)} is marked overnight, so it must end earlier in the day than it starts`,
          'INVALID_TIME_RANGE',
        );
        return;
      }
      if (end + 1440 - start > MAX_OVERNIGHT_HOURS * 60) {
        errors.add(
          at,
          `${label(range)} would last more than ${MAX_OVERNIGHT_HOURS} hours`,
          'INVALID_TIME_RANGE',
        );
        return;
      }
    } else if (end === start) {
      errors.add(at, `${label(range)} ends when it starts`, 'INVALID_TIME_RANGE');
      return;
    } else if (end < start) {
      errors.add(
        at,
        `${label(range)} ends before it starts; mark it overnight if it continues past midnight`,
        'INVALID_TIME_RANGE',
      );
      return;
    }
    valid.push({ index, range });
  });
  for (let i = 0; i < valid.length; i++) {
    for (let j = i + 1; j < valid.length; j++) {
      const overlap = intervals(valid[i].range).some(([a, b]) =>
        intervals(valid[j].range).some(([c, d]) => a < d && c < b),
      );
      if (overlap) {
        errors.add(
          `${path}.${valid[j].index}`,
          `${label(valid[j].range)} overlaps ${label(valid[i].range)}`,
          'OVERLAPPING_TIME_RANGES',
        );
      }
    }
  }
}

/** A real calendar date (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
