import { FieldErrors } from '@plekwijzer/graphql';
import { checkRanges, isCalendarDate, rangeHours } from './weekly-ranges.js';
import { Weekday } from './domain.enums.js';

const r = (day: Weekday, start: string, end: string, overnight = false) => ({ day, start, end, overnight });

function problems(ranges: ReturnType<typeof r>[]): string[] {
  const errors = new FieldErrors();
  checkRanges('x', ranges, errors);
  return errors.list.map((e) => `${e.path}: ${e.message}`);
}

describe('weekly ranges', () => {
  it('lets a range ending at 12:30 touch one starting at 12:30', () => {
    expect(problems([r(Weekday.MON, '09:00', '12:30'), r(Weekday.MON, '12:30', '15:00')])).toEqual([]);
  });

  it('reports an overlap on the later range', () => {
    expect(problems([r(Weekday.MON, '09:00', '12:31'), r(Weekday.MON, '12:30', '15:00')])).toEqual([
      'x.1: Mon 12:30–15:00 overlaps Mon 09:00–12:31',
    ]);
  });

  it('treats an overnight Sunday range as running into Monday morning', () => {
    expect(problems([r(Weekday.SUN, '22:00', '02:00', true), r(Weekday.MON, '01:59', '03:00')])).toHaveLength(
      1,
    );
    expect(problems([r(Weekday.SUN, '22:00', '02:00', true), r(Weekday.MON, '02:00', '03:00')])).toEqual([]);
    expect(rangeHours(r(Weekday.SUN, '22:00', '02:00', true))).toBe(4);
  });

  it('counts a range up to 24:00 as ending at midnight', () => {
    expect(rangeHours(r(Weekday.FRI, '20:00', '24:00'))).toBe(4);
    expect(problems([r(Weekday.FRI, '20:00', '24:00'), r(Weekday.SAT, '00:00', '02:00')])).toEqual([]);
  });

  it('refuses a range that ends before it starts unless it is marked overnight', () => {
    expect(problems([r(Weekday.TUE, '14:00', '10:00')])[0]).toMatch(/ends before it starts/);
    expect(problems([r(Weekday.TUE, '10:00', '14:00', true)])[0]).toMatch(/marked overnight/);
    expect(problems([r(Weekday.TUE, '22:00', '24:00', true)])[0]).toMatch(/marked overnight/);
    // The engine reads an overnight range as at most 16 hours; a longer one is a mistake.
    expect(problems([r(Weekday.TUE, '08:00', '07:00', true)])[0]).toMatch(/more than 16 hours/);
    expect(problems([r(Weekday.TUE, '16:00', '08:00', true)])).toEqual([]);
  });

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
  ])('knows whether %s is a calendar date', (date, ok) => {
    expect(isCalendarDate(date)).toBe(ok);
  });
});
