import type { TimeRange } from '@plekwijzer/domain';
import type { FieldErrorCode, FieldErrors } from '@plekwijzer/graphql';
import { checkRanges, rangeHours, type RangeInput } from '@plekwijzer/api/common/weekly-ranges.js';
import { ScheduleKind, type PhysicalLoad } from '@plekwijzer/api/common/domain.enums.js';
import type { PlacementEntity, StoredSchedule } from './placement.entity.js';

/** A fixed week may add up to at most this many hours. */
const MAX_FIXED_HOURS = 60;

/** A field a place still needs before publishing: REQUIRED, or TOO_FEW {min: 1} for a list. */
export interface MissingField {
  path: string;
  message: string;
  code: Extract<FieldErrorCode, 'REQUIRED' | 'TOO_FEW'>;
  params?: { min: number };
}

/**
 * The one home of "a place is complete": what a place needs before it can be published. The
 * database's CHK_placements_published_complete refuses the same holes, whatever the code does.
 */
export function missingForPublication(p: PlacementEntity): MissingField[] {
  const missing: MissingField[] = [];
  const add = (path: string, message: string, code: MissingField['code'] = 'REQUIRED') =>
    missing.push(code === 'TOO_FEW' ? { path, message, code, params: { min: 1 } } : { path, message, code });
  if (!p.description) add('description', 'a description is needed');
  if (!p.sector) add('sector', 'a sector is needed');
  if (!p.pc4 || p.lat === null) add('location', 'an address is needed');
  if (!p.schedule) add('schedule', 'a schedule is needed');
  if (!p.startDate) add('startDate', 'a start date is needed');
  if (!p.physicalLoad) add('physicalLoad', 'the physical load is needed');
  if (!p.capacity) add('capacity', 'the capacity is needed');
  if (p.dutchSpeakingEnvironment === null)
    add('dutchSpeakingEnvironment', 'say whether the place is a Dutch-speaking environment');
  if (p.openToRoutes.length === 0) add('openToRoutes', 'name at least one learning route', 'TOO_FEW');
  if (p.openToTargetGroups.length === 0)
    add('openToTargetGroups', 'name at least one target group', 'TOO_FEW');
  return missing;
}

/** A place with the fields the matching engine reads; every published place has them. */
export type MatchablePlacement = PlacementEntity & {
  schedule: StoredSchedule;
  startDate: string;
  physicalLoad: PhysicalLoad;
};

/**
 * Whether the engine can compare this place (a draft may be compared before it is complete, as
 * long as it has these). The engine also needs the place's PC4 to be a known location.
 */
export function hasMatchingInputs(p: PlacementEntity): p is MatchablePlacement {
  return Boolean(p.schedule && p.startDate && p.physicalLoad);
}

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
    if (shifts.length === 0)
      errors.add(`${path}.shifts`, 'a fixed schedule needs at least one shift', 'TOO_FEW', { min: 1 });
    if (windows.length > 0)
      errors.add(`${path}.windows`, 'a fixed schedule has shifts, not windows', 'MUST_BE_EMPTY');
    checkRanges(`${path}.shifts`, shifts, errors);
    if (errors.list.length > before) return undefined;
    const total = round2(shifts.reduce((sum, r) => sum + rangeHours(r), 0));
    if (total > MAX_FIXED_HOURS)
      errors.add(
        `${path}.shifts`,
        `the shifts add up to ${total} hours a week; at most ${MAX_FIXED_HOURS} are allowed`,
        'OUT_OF_RANGE',
        { max: MAX_FIXED_HOURS, total },
      );
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
  if (windows.length === 0)
    errors.add(`${path}.windows`, 'a flexible schedule needs at least one window', 'TOO_FEW', { min: 1 });
  if (shifts.length > 0)
    errors.add(`${path}.shifts`, 'a flexible schedule has windows, not shifts', 'MUST_BE_EMPTY');
  checkRanges(`${path}.windows`, windows, errors);
  const min = input.minHoursPerWeek;
  const max = input.maxHoursPerWeek;
  if (min === undefined || min === null)
    errors.add(
      `${path}.minHoursPerWeek`,
      'a flexible schedule needs a minimum of hours per week',
      'REQUIRED',
    );
  if (max === undefined || max === null)
    errors.add(
      `${path}.maxHoursPerWeek`,
      'a flexible schedule needs a maximum of hours per week',
      'REQUIRED',
    );
  if (errors.list.length > before || min === undefined || max === undefined) return undefined;
  const windowHours = round2(windows.reduce((sum, r) => sum + rangeHours(r), 0));
  if (max <= 0) errors.add(`${path}.maxHoursPerWeek`, 'maxHoursPerWeek must be more than 0', 'NOT_POSITIVE');
  if (min > max)
    errors.add(
      `${path}.minHoursPerWeek`,
      `the minimum (${min} h) is above the maximum (${max} h)`,
      'MIN_ABOVE_MAX',
      { min, max },
    );
  if (min > windowHours) {
    errors.add(
      `${path}.minHoursPerWeek`,
      `the minimum (${min} h) is more than the windows allow (${windowHours} h a week)`,
      'MIN_ABOVE_WINDOWS',
      { min, hours: windowHours },
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
const stored = (r: RangeInput): TimeRange => ({ day: r.day, start: r.start, end: r.end });
