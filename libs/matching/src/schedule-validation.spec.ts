import type { TimeRange } from '@plekwijzer/domain';
import { validatePlacementSchedule, validateShifts, validateTimeRange } from './schedule-validation.js';
import { tr } from './testing/builders.js';

const codes = (issues: { code: string; path: string }[]): string[] =>
  issues.map((i) => `${i.path}:${i.code}`);

describe('validateTimeRange', () => {
  it('accepts an ordinary range, a range ending at 24:00 and a night shift of 8 hours', () => {
    expect(validateTimeRange(tr('MON', '09:00', '12:30'))).toEqual([]);
    expect(validateTimeRange(tr('MON', '18:00', '24:00'))).toEqual([]);
    expect(validateTimeRange(tr('SAT', '22:00', '06:00'))).toEqual([]);
  });

  it('rejects 25:00 and 12:60 with the field that is wrong', () => {
    const issues = validateTimeRange(tr('MON', '12:60', '25:00'), 'availability[0]');
    expect(codes(issues)).toEqual(['availability[0].start:INVALID_TIME', 'availability[0].end:INVALID_TIME']);
    expect(issues[0].messageEn).toContain('minutes run from 00 to 59');
    expect(issues[1].messageEn).toContain('hours run from 00 to 23');
    expect(issues[1].messageNl).toContain('uren lopen van 00 tot 23');
  });

  it('rejects 9:00 without a leading zero', () => {
    expect(codes(validateTimeRange(tr('MON', '9:00', '12:00')))).toEqual(['start:INVALID_TIME']);
  });

  it('rejects an unknown day', () => {
    expect(
      codes(validateTimeRange({ day: 'MAANDAG', start: '09:00', end: '10:00' } as unknown as TimeRange)),
    ).toEqual(['day:INVALID_DAY']);
  });

  it('rejects a range that starts and ends at the same time', () => {
    expect(codes(validateTimeRange(tr('TUE', '09:00', '09:00')))).toEqual(['end:EMPTY_RANGE']);
  });

  it('accepts 16 hours over midnight and rejects 16¼ hours as "ends before it starts"', () => {
    // 17:00 → 09:00 next day = 16 h; 16:45 → 09:00 = 16 h 15 min.
    expect(validateTimeRange(tr('FRI', '17:00', '09:00'))).toEqual([]);
    const issues = validateTimeRange(tr('FRI', '16:45', '09:00'));
    expect(codes(issues)).toEqual(['end:ENDS_BEFORE_START']);
    expect(issues[0].messageEn).toContain('ends (09:00) before it starts (16:45)');
  });
});

describe('validateShifts', () => {
  it('lets a shift ending 12:30 be followed by one starting 12:30', () => {
    expect(validateShifts([tr('WED', '09:00', '12:30'), tr('WED', '12:30', '17:00')])).toEqual([]);
  });

  it('reports overlapping shifts on the later one', () => {
    const issues = validateShifts([tr('WED', '09:00', '13:00'), tr('WED', '12:30', '17:00')]);
    expect(codes(issues)).toEqual(['shifts[1]:OVERLAPPING_SHIFTS']);
    expect(issues[0].messageNl).toBe('dienst wo 12:30–17:00 overlapt met wo 09:00–13:00');
    expect(issues[0].messageEn).toBe('shift Wed 12:30–17:00 overlaps Wed 09:00–13:00');
  });

  it('sees an overlap between a Sunday night shift and a Monday morning shift', () => {
    expect(codes(validateShifts([tr('MON', '00:30', '04:00'), tr('SUN', '23:00', '01:00')]))).toEqual([
      'shifts[1]:OVERLAPPING_SHIFTS',
    ]);
    expect(validateShifts([tr('MON', '01:00', '04:00'), tr('SUN', '23:00', '01:00')])).toEqual([]);
  });

  it('reports a bad time and skips overlap checks for that shift', () => {
    expect(codes(validateShifts([tr('MON', '09:00', '25:00'), tr('MON', '10:00', '11:00')]))).toEqual([
      'shifts[0].end:INVALID_TIME',
    ]);
  });
});

describe('validatePlacementSchedule', () => {
  it('needs at least one shift', () => {
    expect(codes(validatePlacementSchedule({ kind: 'FIXED', shifts: [] }))).toEqual([
      'schedule.shifts:NO_SHIFTS',
    ]);
  });

  it('paths shift problems under schedule.shifts', () => {
    expect(
      codes(
        validatePlacementSchedule({
          kind: 'FIXED',
          shifts: [tr('MON', '09:00', '12:00'), tr('MON', '11:00', '13:00')],
        }),
      ),
    ).toEqual(['schedule.shifts[1]:OVERLAPPING_SHIFTS']);
  });

  it('rejects a minimum above the maximum', () => {
    const issues = validatePlacementSchedule({
      kind: 'FLEXIBLE',
      windows: [tr('MON', '09:00', '17:00')],
      minHoursPerWeek: 6,
      maxHoursPerWeek: 4,
    });
    expect(codes(issues)).toEqual(['schedule.minHoursPerWeek:MIN_ABOVE_MAX']);
    expect(issues[0].messageNl).toBe('minimum 6 u is meer dan maximum 4 u per week');
  });

  it('rejects a minimum above what the windows hold', () => {
    // Two windows of 3 h = 6 h; a minimum of 6.5 h cannot be met.
    const windows = [tr('MON', '09:00', '12:00'), tr('TUE', '09:00', '12:00')];
    expect(
      validatePlacementSchedule({ kind: 'FLEXIBLE', windows, minHoursPerWeek: 6, maxHoursPerWeek: 8 }),
    ).toEqual([]);
    const issues = validatePlacementSchedule({
      kind: 'FLEXIBLE',
      windows,
      minHoursPerWeek: 6.5,
      maxHoursPerWeek: 8,
    });
    expect(codes(issues)).toEqual(['schedule.minHoursPerWeek:MIN_ABOVE_WINDOW']);
    expect(issues[0].messageEn).toBe('minimum 6.5 h per week does not fit in the time windows (6 h)');
  });

  it('counts windows as the engine does: only whole quarter hours inside them', () => {
    // 09:10–12:00 holds 09:15–12:00 = 2.75 h.
    const windows = [tr('MON', '09:10', '12:00')];
    expect(
      codes(
        validatePlacementSchedule({ kind: 'FLEXIBLE', windows, minHoursPerWeek: 2.8, maxHoursPerWeek: 3 }),
      ),
    ).toEqual(['schedule.minHoursPerWeek:MIN_ABOVE_WINDOW']);
  });

  it('rejects negative or impossible hours and empty windows', () => {
    expect(
      codes(
        validatePlacementSchedule({
          kind: 'FLEXIBLE',
          windows: [],
          minHoursPerWeek: -1,
          maxHoursPerWeek: 200,
        }),
      ),
    ).toEqual([
      'schedule.windows:NO_WINDOWS',
      'schedule.minHoursPerWeek:INVALID_HOURS',
      'schedule.maxHoursPerWeek:INVALID_HOURS',
    ]);
  });
});
