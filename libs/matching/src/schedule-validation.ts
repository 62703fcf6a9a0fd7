import { WEEKDAYS, type TimeRange } from '@plekwijzer/domain';
import { formatHours, formatRange } from './format.js';
import { checkTime, MINUTES_PER_DAY, MINUTES_PER_WEEK, rangeMinutes, WeekSlots } from './schedule.js';
import { type PlacementSchedule } from './types.js';

/**
 * The longest range that may cross midnight. A range whose end is before its start is read as
 * running into the next day (a night shift 22:00–06:00) only up to this length; beyond it, the
 * likelier story is a typo, and it is reported as "ends before it starts".
 */
export const MAX_OVERNIGHT_HOURS = 16;

export type ScheduleIssueCode =
  | 'INVALID_DAY'
  | 'INVALID_TIME'
  | 'EMPTY_RANGE'
  | 'ENDS_BEFORE_START'
  | 'OVERLAPPING_SHIFTS'
  | 'NO_SHIFTS'
  | 'NO_WINDOWS'
  | 'INVALID_HOURS'
  | 'MIN_ABOVE_MAX'
  | 'MIN_ABOVE_WINDOW';

/** One field-level problem; `path` is relative to what was passed in (e.g. 'shifts[2].end'). */
export interface ScheduleIssue {
  path: string;
  code: ScheduleIssueCode;
  messageNl: string;
  messageEn: string;
}

function issue(path: string, code: ScheduleIssueCode, messageNl: string, messageEn: string): ScheduleIssue {
  return { path, code, messageNl, messageEn };
}

function join(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

/**
 * Checks one weekly range: a known weekday, valid times ('24:00' only as end), not empty, and — if it
 * crosses midnight — at most MAX_OVERNIGHT_HOURS long.
 */
export function validateTimeRange(range: TimeRange, path = ''): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  if (!(WEEKDAYS as readonly string[]).includes(range.day)) {
    issues.push(
      issue(
        join(path, 'day'),
        'INVALID_DAY',
        `'${String(range.day)}' is geen weekdag (MON … SUN)`,
        `'${String(range.day)}' is not a weekday (MON … SUN)`,
      ),
    );
  }
  const start = checkTime(range.start, 'start');
  const end = checkTime(range.end, 'end');
  if (!start.ok) issues.push(issue(join(path, 'start'), 'INVALID_TIME', start.messageNl, start.messageEn));
  if (!end.ok) issues.push(issue(join(path, 'end'), 'INVALID_TIME', end.messageNl, end.messageEn));
  if (!start.ok || !end.ok) return issues;
  if (start.minutes === end.minutes) {
    issues.push(
      issue(
        join(path, 'end'),
        'EMPTY_RANGE',
        `begint en eindigt om ${range.start}; gebruik 00:00–24:00 voor een hele dag`,
        `starts and ends at ${range.start}; use 00:00–24:00 for a whole day`,
      ),
    );
    return issues;
  }
  if (end.minutes < start.minutes && rangeMinutes(start.minutes, end.minutes) > MAX_OVERNIGHT_HOURS * 60) {
    issues.push(
      issue(
        join(path, 'end'),
        'ENDS_BEFORE_START',
        `eindigt (${range.end}) vóór het begint (${range.start}); over middernacht mag een tijdvak hooguit ${MAX_OVERNIGHT_HOURS} uur duren`,
        `ends (${range.end}) before it starts (${range.start}); a range over midnight may last at most ${MAX_OVERNIGHT_HOURS} hours`,
      ),
    );
  }
  return issues;
}

export function validateTimeRanges(ranges: readonly TimeRange[], path = ''): ScheduleIssue[] {
  return ranges.flatMap((r, k) => validateTimeRange(r, `${path}[${k}]`));
}

function weekSpans(range: TimeRange): [number, number][] {
  const start = checkTime(range.start, 'start');
  const end = checkTime(range.end, 'end');
  if (!start.ok || !end.ok) return [];
  const s = WEEKDAYS.indexOf(range.day) * MINUTES_PER_DAY + start.minutes;
  const e = s + rangeMinutes(start.minutes, end.minutes);
  return e <= MINUTES_PER_WEEK
    ? [[s, e]]
    : [
        [s, MINUTES_PER_WEEK],
        [0, e - MINUTES_PER_WEEK],
      ];
}

/**
 * validateTimeRanges plus: no two shifts overlap (a shift ending 12:30 and one starting 12:30 do not;
 * a shift over midnight can overlap one on the next day, Sunday night wraps to Monday).
 */
export function validateShifts(ranges: readonly TimeRange[], path = 'shifts'): ScheduleIssue[] {
  const issues = validateTimeRanges(ranges, path);
  const invalid = new Set(issues.map((x) => x.path.slice(0, x.path.lastIndexOf(']') + 1)));
  const spans = ranges.map((r, k) => (invalid.has(`${path}[${k}]`) ? [] : weekSpans(r)));
  for (let a = 0; a < ranges.length; a++) {
    for (let b = a + 1; b < ranges.length; b++) {
      const hit = spans[a].some(([s1, e1]) => spans[b].some(([s2, e2]) => s1 < e2 && s2 < e1));
      if (!hit) continue;
      issues.push(
        issue(
          `${path}[${b}]`,
          'OVERLAPPING_SHIFTS',
          `dienst ${formatRange(ranges[b], 'nl')} overlapt met ${formatRange(ranges[a], 'nl')}`,
          `shift ${formatRange(ranges[b], 'en')} overlaps ${formatRange(ranges[a], 'en')}`,
        ),
      );
    }
  }
  return issues;
}

function validHours(value: number, path: string, issues: ScheduleIssue[]): boolean {
  if (Number.isFinite(value) && value >= 0 && value <= 168) return true;
  issues.push(
    issue(
      path,
      'INVALID_HOURS',
      'uren per week moeten tussen 0 en 168 liggen',
      'hours per week must be between 0 and 168',
    ),
  );
  return false;
}

/**
 * Everything the API should check on a placement schedule before storing it. FIXED: at least one
 * shift, valid and not overlapping. FLEXIBLE: at least one valid window, 0 ≤ min ≤ max ≤ 168, and the
 * minimum no more than the windows hold (counted as the engine does, whole quarter hours inside them).
 */
export function validatePlacementSchedule(schedule: PlacementSchedule, path = 'schedule'): ScheduleIssue[] {
  if (schedule.kind === 'FIXED') {
    if (schedule.shifts.length === 0) {
      return [
        issue(join(path, 'shifts'), 'NO_SHIFTS', 'geef ten minste één dienst op', 'give at least one shift'),
      ];
    }
    return validateShifts(schedule.shifts, join(path, 'shifts'));
  }
  const issues: ScheduleIssue[] = [];
  if (schedule.windows.length === 0) {
    issues.push(
      issue(
        join(path, 'windows'),
        'NO_WINDOWS',
        'geef ten minste één tijdvak op',
        'give at least one time window',
      ),
    );
  } else {
    issues.push(...validateTimeRanges(schedule.windows, join(path, 'windows')));
  }
  const minOk = validHours(schedule.minHoursPerWeek, join(path, 'minHoursPerWeek'), issues);
  const maxOk = validHours(schedule.maxHoursPerWeek, join(path, 'maxHoursPerWeek'), issues);
  if (minOk && maxOk && schedule.minHoursPerWeek > schedule.maxHoursPerWeek) {
    issues.push(
      issue(
        join(path, 'minHoursPerWeek'),
        'MIN_ABOVE_MAX',
        `minimum ${formatHours(schedule.minHoursPerWeek, 'nl')} is meer dan maximum ${formatHours(schedule.maxHoursPerWeek, 'nl')} per week`,
        `minimum ${formatHours(schedule.minHoursPerWeek, 'en')} is more than maximum ${formatHours(schedule.maxHoursPerWeek, 'en')} per week`,
      ),
    );
  }
  if (minOk && issues.length === 0) {
    const windowHours = WeekSlots.fromRanges(schedule.windows, 'inward').hours();
    if (schedule.minHoursPerWeek > windowHours) {
      issues.push(
        issue(
          join(path, 'minHoursPerWeek'),
          'MIN_ABOVE_WINDOW',
          `minimum ${formatHours(schedule.minHoursPerWeek, 'nl')} per week past niet in de tijdvakken (${formatHours(windowHours, 'nl')})`,
          `minimum ${formatHours(schedule.minHoursPerWeek, 'en')} per week does not fit in the time windows (${formatHours(windowHours, 'en')})`,
        ),
      );
    }
  }
  return issues;
}
