import type { FieldErrors } from '@plekwijzer/graphql';
import { checkRanges, rangeHours, type RangeInput } from '@plekwijzer/api/common/weekly-ranges.js';
import { ScheduleKind } from '@plekwijzer/api/common/domain.enums.js';
import type { StoredSchedule, StoredTimeRange } from './placement.entity.js';

export interface ScheduleLike {
  kind: ScheduleKind;
  shifts?: RangeInput[];
  windows?: RangeInput[];
  minHoursPerWeek?: number;
  maxHoursPerWeek?: number;
}

/** Validates a schedule and returns it in stored form (hours computed for fixed shifts). */
export function normaliseSchedule(
  path: string,
  input: ScheduleLike,
  errors: FieldErrors,
): StoredSchedule | undefined {
  const before = errors.list.length;
  const shifts = input.shifts ?? [];
  const windows = input.windows ?? [];
  if (input.kind === ScheduleKind.FIXED) {
    if (shifts.length === 0) errors.add(`${path}.shifts`, 'a fixed schedule needs at least one shift');
    if (windows.length > 0) errors.add(`${path}.windows`, 'a fixed schedule has shifts, not windows');
    checkRanges(`${path}.shifts`, shifts, errors);
    if (errors.list.length > before) return undefined;
    const total = round2(shifts.reduce((sum, r) => sum + rangeHours(r), 0));
    if (total > 60)
      errors.add(`${path}.shifts`, `the shifts add up to ${total} hours a week; at most 60 are allowed`);
    return errors.list.length > before
      ? undefined
      : {
          kind: input.kind,
          shifts: shifts.map(stored),
          windows: [],
          minHoursPerWeek: total,
          maxHoursPerWeek: total,
        };
  }
  if (windows.length === 0) errors.add(`${path}.windows`, 'a flexible schedule needs at least one window');
  if (shifts.length > 0) errors.add(`${path}.shifts`, 'a flexible schedule has windows, not shifts');
  checkRanges(`${path}.windows`, windows, errors);
  const min = input.minHoursPerWeek;
  const max = input.maxHoursPerWeek;
  if (min === undefined || min === null)
    errors.add(`${path}.minHoursPerWeek`, 'a flexible schedule needs a minimum of hours per week');
  if (max === undefined || max === null)
    errors.add(`${path}.maxHoursPerWeek`, 'a flexible schedule needs a maximum of hours per week');
  if (errors.list.length > before || min === undefined || max === undefined) return undefined;
  const windowHours = round2(windows.reduce((sum, r) => sum + rangeHours(r), 0));
  if (max <= 0) errors.add(`${path}.maxHoursPerWeek`, 'maxHoursPerWeek must be more than 0');
  if (min > max)
    errors.add(`${path}.minHoursPerWeek`, `the minimum (${min} h) is above the maximum (${max} h)`);
  if (min > windowHours) {
    errors.add(
      `${path}.minHoursPerWeek`,
      `the minimum (${min} h) is more than the windows allow (${windowHours} h a week)`,
    );
  }
  if (errors.list.length > before) return undefined;
  return {
    kind: input.kind,
    shifts: [],
    windows: windows.map(stored),
    minHoursPerWeek: min,
    maxHoursPerWeek: max,
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Stored ranges drop the overnight flag: an end before the start already means "next day". */
const stored = (r: RangeInput): StoredTimeRange => ({ day: r.day, start: r.start, end: r.end });
