import {
  checkSchedule,
  emptySchedule,
  fromSchedule,
  nextRange,
  rangeMinutes,
  toScheduleInput,
  weeklyHours,
  withTime,
  type RangeDraft,
  type ScheduleDraft,
} from './schedule';

const shift = (day: RangeDraft['day'], start: string, end: string, overnight = false): RangeDraft => ({
  day,
  start,
  end,
  overnight,
});
const fixed = (...shifts: RangeDraft[]): ScheduleDraft => ({ ...emptySchedule(), kind: 'FIXED', shifts });
const flexible = (min: string, max: string, ...windows: RangeDraft[]): ScheduleDraft => ({
  ...emptySchedule(),
  kind: 'FLEXIBLE',
  windows,
  minHoursPerWeek: min,
  maxHoursPerWeek: max,
});

describe('schedule editor', () => {
  it('accepts a fixed week of shifts and sends it as shifts only', () => {
    const draft = fixed(shift('TUE', '13:00', '17:00'), shift('THU', '13:00', '17:00'));
    expect(checkSchedule(draft)).toEqual({});
    expect(weeklyHours(draft.shifts)).toBe(8);
    expect(toScheduleInput(draft)).toEqual({
      kind: 'FIXED',
      shifts: [
        { day: 'TUE', start: '13:00', end: '17:00', overnight: false },
        { day: 'THU', start: '13:00', end: '17:00', overnight: false },
      ],
    });
  });

  it('needs at least one shift, and puts the problem on the list', () => {
    expect(checkSchedule(fixed())).toEqual({ shifts: { id: 'employer.schedule.error.noShifts' } });
  });

  it('marks a shift that ends before it starts beside that shift, unless it is overnight', () => {
    expect(checkSchedule(fixed(shift('MON', '09:00', '13:00'), shift('TUE', '17:00', '09:00')))).toEqual({
      'shifts.1': { id: 'employer.schedule.error.endBeforeStart' },
    });
    const night = fixed(shift('FRI', '22:00', '06:00', true));
    expect(checkSchedule(night)).toEqual({});
    expect(rangeMinutes(night.shifts[0])).toBe(8 * 60);
    expect(weeklyHours(night.shifts)).toBe(8);
  });

  it('refuses an overnight shift that does not end earlier, or lasts more than 16 hours', () => {
    expect(checkSchedule(fixed(shift('MON', '09:00', '13:00', true)))).toEqual({
      'shifts.0': { id: 'employer.schedule.error.overnightOrder' },
    });
    expect(checkSchedule(fixed(shift('MON', '12:00', '06:00', true)))).toEqual({
      'shifts.0': { id: 'employer.schedule.error.overnightTooLong', values: { max: 16 } },
    });
  });

  it('finds overlaps, also of a Sunday night shift running into Monday morning', () => {
    expect(checkSchedule(fixed(shift('MON', '09:00', '13:00'), shift('MON', '12:00', '15:00')))).toEqual({
      'shifts.1': { id: 'employer.schedule.error.overlap', values: { other: 1 } },
    });
    expect(
      checkSchedule(fixed(shift('SUN', '22:00', '06:00', true), shift('MON', '05:00', '09:00'))),
    ).toEqual({
      'shifts.1': { id: 'employer.schedule.error.overlap', values: { other: 1 } },
    });
    // Touching is fine: one ends at 13:00, the next starts at 13:00.
    expect(checkSchedule(fixed(shift('MON', '09:00', '13:00'), shift('MON', '13:00', '17:00')))).toEqual({});
  });

  it('refuses an empty shift, an unreadable time and a week over 60 hours', () => {
    expect(checkSchedule(fixed(shift('MON', '09:00', '09:00')))).toEqual({
      'shifts.0': { id: 'employer.schedule.error.empty' },
    });
    expect(checkSchedule(fixed(shift('MON', '', '09:00')))).toEqual({
      'shifts.0': { id: 'employer.schedule.error.time' },
    });
    const long = fixed(
      ...(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const).map((d) => shift(d, '08:00', '19:00')),
    );
    expect(checkSchedule(long)).toEqual({
      shifts: { id: 'employer.schedule.error.tooManyHours', values: { total: 66, max: 60 } },
    });
  });

  it('checks a flexible schedule: windows, a minimum and maximum, the minimum within the windows', () => {
    const ok = flexible('4', '8', shift('MON', '09:00', '17:00'), shift('WED', '09:00', '12:00'));
    expect(checkSchedule(ok)).toEqual({});
    expect(toScheduleInput(ok)).toEqual({
      kind: 'FLEXIBLE',
      windows: [
        { day: 'MON', start: '09:00', end: '17:00', overnight: false },
        { day: 'WED', start: '09:00', end: '12:00', overnight: false },
      ],
      minHoursPerWeek: 4,
      maxHoursPerWeek: 8,
    });
    expect(checkSchedule(flexible('', '', shift('MON', '09:00', '12:00')))).toEqual({
      minHoursPerWeek: { id: 'employer.schedule.error.minNeeded' },
      maxHoursPerWeek: { id: 'employer.schedule.error.maxNeeded' },
    });
    expect(checkSchedule(flexible('6', '4', shift('MON', '09:00', '17:00')))).toEqual({
      minHoursPerWeek: { id: 'employer.schedule.error.minAboveMax' },
    });
    expect(checkSchedule(flexible('5', '8', shift('MON', '09:00', '12:00')))).toEqual({
      minHoursPerWeek: { id: 'employer.schedule.error.minAboveWindows', values: { hours: 3 } },
    });
    expect(checkSchedule(flexible('2,5', '0', shift('MON', '09:00', '12:00')))).toEqual({
      maxHoursPerWeek: { id: 'employer.schedule.error.maxPositive' },
    });
    expect(checkSchedule(flexible('1', '2'))).toEqual({
      windows: { id: 'employer.schedule.error.noWindows' },
    });
    // A Dutch decimal comma is read as a decimal.
    expect(toScheduleInput(flexible('2,5', '4', shift('MON', '09:00', '12:00'))).minHoursPerWeek).toBe(2.5);
  });

  it('turns a shift overnight by itself when its end is typed before its start, and back', () => {
    const night = withTime(shift('FRI', '22:00', '23:00'), 'end', '06:00');
    expect(night).toEqual(shift('FRI', '22:00', '06:00', true));
    expect(withTime(night, 'end', '23:30').overnight).toBe(false);
    // A half-typed time leaves the flag alone.
    expect(withTime(night, 'end', '').overnight).toBe(true);
  });

  it('suggests the next day with the same times for a new shift', () => {
    expect(nextRange([])).toEqual(shift('MON', '09:00', '13:00'));
    expect(nextRange([shift('SUN', '22:00', '06:00', true)])).toEqual(shift('MON', '22:00', '06:00', true));
  });

  it('reads a stored schedule back, overnight shifts recognised by their times', () => {
    const draft = fromSchedule({
      kind: 'FIXED',
      shifts: [shift('SAT', '23:00', '07:00'), shift('SUN', '09:00', '24:00')],
      windows: [],
      minHoursPerWeek: 23,
      maxHoursPerWeek: 23,
    });
    expect(draft.shifts.map((s) => s.overnight)).toEqual([true, false]);
    expect(draft.minHoursPerWeek).toBe('');
    expect(checkSchedule(draft)).toEqual({});
    expect(fromSchedule(null)).toEqual(emptySchedule());
    expect(
      fromSchedule({
        kind: 'FLEXIBLE',
        shifts: [],
        windows: [shift('MON', '09:00', '12:00')],
        minHoursPerWeek: 2,
        maxHoursPerWeek: 3,
      }),
    ).toMatchObject({ minHoursPerWeek: '2', maxHoursPerWeek: '3' });
  });
});
