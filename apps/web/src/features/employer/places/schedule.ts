/**
 * The place form's schedule editor, apart from React so that it is tested on its own: a fixed week
 * of shifts, or flexible windows with a minimum and maximum of hours a week; a shift may run past
 * midnight (overnight). The checks mirror the API's (apps/api/src/common/weekly-ranges.ts and
 * placements/placement-rules.ts) so an employer sees the problem beside the shift before saving;
 * the API stays the judge and its field errors are shown in the same places.
 */
export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type ScheduleKind = 'FIXED' | 'FLEXIBLE';

/** The longest overnight shift the API accepts (libs/matching MAX_OVERNIGHT_HOURS). */
export const MAX_OVERNIGHT_HOURS = 16;
/** A fixed week may add up to at most this many hours (placement-rules.ts). */
export const MAX_FIXED_HOURS = 60;

export interface RangeDraft {
  day: Weekday;
  /** HH:MM, as an <input type="time"> gives it. */
  start: string;
  end: string;
  /** Continues past midnight: ends the next day, earlier than it starts. */
  overnight: boolean;
}

export interface ScheduleDraft {
  kind: ScheduleKind;
  shifts: RangeDraft[];
  windows: RangeDraft[];
  /** As typed (a number field's text), so that an empty field stays empty. */
  minHoursPerWeek: string;
  maxHoursPerWeek: string;
}

/** What the API takes (ScheduleInput); the generated type is structurally the same. */
export interface ScheduleInputShape {
  kind: ScheduleKind;
  shifts?: Array<{ day: Weekday; start: string; end: string; overnight: boolean }>;
  windows?: Array<{ day: Weekday; start: string; end: string; overnight: boolean }>;
  minHoursPerWeek?: number;
  maxHoursPerWeek?: number;
}

/** A problem with one part of the schedule: a message id of the catalogues and its values. */
export interface ScheduleProblem {
  id: string;
  values?: Record<string, string | number>;
}

/** Problems by the field they belong to, in the API's spelling: `shifts.0`, `minHoursPerWeek`… */
export type ScheduleProblems = Record<string, ScheduleProblem>;

export function emptySchedule(): ScheduleDraft {
  return { kind: 'FIXED', shifts: [], windows: [], minHoursPerWeek: '', maxHoursPerWeek: '' };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const WEEK = 7 * 24 * 60;

export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** How long a range lasts, in minutes (an overnight range ends the next day). */
export function rangeMinutes(range: Pick<RangeDraft, 'start' | 'end' | 'overnight'>): number {
  const length = minutes(range.end) - minutes(range.start);
  return range.overnight ? length + 24 * 60 : length;
}

/** Week-minute intervals [from, to); a range past Sunday midnight wraps to Monday. */
function intervals(range: RangeDraft): Array<[number, number]> {
  const from = WEEKDAYS.indexOf(range.day) * 1440 + minutes(range.start);
  const to = from + rangeMinutes(range);
  return to <= WEEK
    ? [[from, to]]
    : [
        [from, WEEK],
        [0, to - WEEK],
      ];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The hours a week the ranges add up to (ranges with an unusable time count as nothing). */
export function weeklyHours(ranges: readonly RangeDraft[]): number {
  return round2(
    ranges
      .filter((r) => isTime(r.start) && isTime(r.end) && rangeMinutes(r) > 0)
      .reduce((sum, r) => sum + rangeMinutes(r), 0) / 60,
  );
}

/** A new range: the day after the last one (Monday first), with the last one's times; 09:00–13:00 at first. */
export function nextRange(ranges: readonly RangeDraft[]): RangeDraft {
  const last = ranges[ranges.length - 1];
  if (!last) return { day: 'MON', start: '09:00', end: '13:00', overnight: false };
  const day = WEEKDAYS[(WEEKDAYS.indexOf(last.day) + 1) % WEEKDAYS.length];
  return { ...last, day };
}

/**
 * Changing a time: a range that now ends before it starts becomes overnight by itself (a night
 * shift 22:00–06:00 is typed that way), and stops being overnight when it no longer does.
 */
export function withTime(range: RangeDraft, field: 'start' | 'end', value: string): RangeDraft {
  const next = { ...range, [field]: value };
  if (isTime(next.start) && isTime(next.end) && next.end !== '24:00')
    next.overnight = minutes(next.end) < minutes(next.start);
  return next;
}

function checkRanges(field: 'shifts' | 'windows', ranges: readonly RangeDraft[], problems: ScheduleProblems) {
  const valid: Array<{ index: number; range: RangeDraft }> = [];
  ranges.forEach((range, index) => {
    const at = `${field}.${index}`;
    if (!isTime(range.start) || !isTime(range.end)) {
      problems[at] = { id: 'employer.schedule.error.time' };
      return;
    }
    const start = minutes(range.start);
    const end = minutes(range.end);
    if (range.overnight) {
      if (range.end === '24:00' || end >= start) {
        problems[at] = { id: 'employer.schedule.error.overnightOrder' };
        return;
      }
      if (rangeMinutes(range) > MAX_OVERNIGHT_HOURS * 60) {
        problems[at] = {
          id: 'employer.schedule.error.overnightTooLong',
          values: { max: MAX_OVERNIGHT_HOURS },
        };
        return;
      }
    } else if (end === start) {
      problems[at] = { id: 'employer.schedule.error.empty' };
      return;
    } else if (end < start) {
      problems[at] = { id: 'employer.schedule.error.endBeforeStart' };
      return;
    }
    valid.push({ index, range });
  });
  for (let i = 0; i < valid.length; i++) {
    for (let j = i + 1; j < valid.length; j++) {
      const overlap = intervals(valid[i].range).some(([a, b]) =>
        intervals(valid[j].range).some(([c, d]) => a < d && c < b),
      );
      const at = `${field}.${valid[j].index}`;
      if (overlap && !problems[at])
        problems[at] = { id: 'employer.schedule.error.overlap', values: { other: valid[i].index + 1 } };
    }
  }
}

function parseHours(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : NaN;
}

/** The schedule's problems, keyed by field; empty when the API should accept it. */
export function checkSchedule(draft: ScheduleDraft): ScheduleProblems {
  const problems: ScheduleProblems = {};
  if (draft.kind === 'FIXED') {
    if (draft.shifts.length === 0) problems.shifts = { id: 'employer.schedule.error.noShifts' };
    checkRanges('shifts', draft.shifts, problems);
    const total = weeklyHours(draft.shifts);
    if (total > MAX_FIXED_HOURS && !problems.shifts)
      problems.shifts = {
        id: 'employer.schedule.error.tooManyHours',
        values: { total, max: MAX_FIXED_HOURS },
      };
    return problems;
  }
  if (draft.windows.length === 0) problems.windows = { id: 'employer.schedule.error.noWindows' };
  checkRanges('windows', draft.windows, problems);
  const min = parseHours(draft.minHoursPerWeek);
  const max = parseHours(draft.maxHoursPerWeek);
  if (min === undefined) problems.minHoursPerWeek = { id: 'employer.schedule.error.minNeeded' };
  else if (Number.isNaN(min) || min < 0) problems.minHoursPerWeek = { id: 'employer.schedule.error.number' };
  if (max === undefined) problems.maxHoursPerWeek = { id: 'employer.schedule.error.maxNeeded' };
  else if (Number.isNaN(max) || max <= 0)
    problems.maxHoursPerWeek = { id: 'employer.schedule.error.maxPositive' };
  if (problems.minHoursPerWeek || problems.maxHoursPerWeek) return problems;
  const windowHours = weeklyHours(draft.windows);
  if (min! > max!) problems.minHoursPerWeek = { id: 'employer.schedule.error.minAboveMax' };
  // The windows' hours are only a fair comparison once every window is usable.
  else if (!Object.keys(problems).some((k) => k.startsWith('windows')) && min! > windowHours)
    problems.minHoursPerWeek = {
      id: 'employer.schedule.error.minAboveWindows',
      values: { hours: windowHours },
    };
  return problems;
}

/** The draft as the API's ScheduleInput (call checkSchedule first: this does not check). */
export function toScheduleInput(draft: ScheduleDraft): ScheduleInputShape {
  const ranges = (list: readonly RangeDraft[]) =>
    list.map(({ day, start, end, overnight }) => ({ day, start, end, overnight }));
  if (draft.kind === 'FIXED') return { kind: 'FIXED', shifts: ranges(draft.shifts) };
  return {
    kind: 'FLEXIBLE',
    windows: ranges(draft.windows),
    minHoursPerWeek: parseHours(draft.minHoursPerWeek),
    maxHoursPerWeek: parseHours(draft.maxHoursPerWeek),
  };
}

/**
 * A stored schedule back into the editor. The API stores ranges without the overnight flag (a
 * range that ends before it starts already means "the next day"), so it is read back from the times.
 */
export function fromSchedule(
  schedule:
    | {
        kind: ScheduleKind;
        shifts: ReadonlyArray<{ day: Weekday; start: string; end: string }>;
        windows: ReadonlyArray<{ day: Weekday; start: string; end: string }>;
        minHoursPerWeek: number;
        maxHoursPerWeek: number;
      }
    | null
    | undefined,
): ScheduleDraft {
  if (!schedule) return emptySchedule();
  const ranges = (list: ReadonlyArray<{ day: Weekday; start: string; end: string }>) =>
    list.map((r) => ({
      day: r.day,
      start: r.start,
      end: r.end,
      overnight: r.end !== '24:00' && minutes(r.end) < minutes(r.start),
    }));
  return {
    kind: schedule.kind,
    shifts: ranges(schedule.shifts),
    windows: ranges(schedule.windows),
    minHoursPerWeek: schedule.kind === 'FLEXIBLE' ? String(schedule.minHoursPerWeek) : '',
    maxHoursPerWeek: schedule.kind === 'FLEXIBLE' ? String(schedule.maxHoursPerWeek) : '',
  };
}
