import { integrationTermLastDay, isMapRunning, termMonthStart, today } from './calendar.js';
import { DEFAULT_MAP_START_MONTH, mapExemption } from './rules.js';

describe('termMonthStart', () => {
  it('is the PIP day of the month, N − 1 months on', () => {
    expect(termMonthStart('2025-03-15', 1)).toBe('2025-03-15');
    expect(termMonthStart('2025-03-15', 13)).toBe('2026-03-15');
    expect(termMonthStart('2025-11-10', 3)).toBe('2026-01-10'); // across a year boundary
    expect(termMonthStart('2025-03-15', 36)).toBe('2028-02-15');
  });

  it('starts on the 1st of the next month when the PIP day does not exist in month N', () => {
    expect(termMonthStart('2025-01-31', 2)).toBe('2025-03-01'); // no 31 February
    expect(termMonthStart('2025-01-29', 2)).toBe('2025-03-01'); // 2025 is no leap year
    expect(termMonthStart('2024-01-29', 2)).toBe('2024-02-29'); // 2024 is
    expect(termMonthStart('2025-08-31', 2)).toBe('2025-10-01'); // no 31 September
    // The same rule as the term's anniversary: a PIP on 29 February.
    expect(termMonthStart('2024-02-29', 13)).toBe('2025-03-01');
    expect(termMonthStart('2024-02-29', 37)).toBe('2027-03-01');
    expect(integrationTermLastDay('2024-02-29')).toBe('2027-02-28');
  });

  it('refuses a month that is not a term month, and a date that does not exist', () => {
    expect(() => termMonthStart('2025-03-15', 0)).toThrow(RangeError);
    expect(() => termMonthStart('2025-03-15', 1.5)).toThrow(RangeError);
    expect(() => termMonthStart('2025-02-30', 13)).toThrow(RangeError);
  });
});

describe('isMapRunning', () => {
  const pip = '2025-03-15';

  it('runs from the first day of month N up to and including the last day of the term', () => {
    expect(isMapRunning(pip, '2026-03-14', DEFAULT_MAP_START_MONTH)).toBe(false); // last day of year one
    expect(isMapRunning(pip, '2026-03-15', DEFAULT_MAP_START_MONTH)).toBe(true); // month 13, day one
    expect(isMapRunning(pip, '2028-03-14', DEFAULT_MAP_START_MONTH)).toBe(true); // the term's last day
    expect(isMapRunning(pip, '2028-03-15', DEFAULT_MAP_START_MONTH)).toBe(false); // the term is over
  });

  it('follows the configured start month', () => {
    expect(isMapRunning(pip, '2025-09-15', 7)).toBe(true);
    expect(isMapRunning(pip, '2025-09-14', 7)).toBe(false);
    expect(isMapRunning(pip, '2025-03-15', 1)).toBe(true);
  });

  it('starts at month end on the 1st of the next month', () => {
    expect(isMapRunning('2025-01-31', '2026-02-28', 14)).toBe(false);
    expect(isMapRunning('2025-01-31', '2026-03-01', 14)).toBe(true);
  });

  it('takes the Amsterdam calendar day, also on the nights the clocks change', () => {
    // MAP month 13 of a PIP on 29 March 2025 starts on Sunday 29 March 2026, the night summer time starts.
    const dstPip = '2025-03-29';
    expect(termMonthStart(dstPip, 13)).toBe('2026-03-29');
    // 23:30 UTC on the 28th is 00:30 CET on the 29th in Amsterdam: running, though UTC is still the 28th.
    expect(isMapRunning(dstPip, today(new Date('2026-03-28T23:30:00Z')), 13)).toBe(true);
    expect(isMapRunning(dstPip, today(new Date('2026-03-28T22:59:59Z')), 13)).toBe(false);
    // MAP month 13 of a PIP on 25 October 2025 starts on Sunday 25 October 2026, when summer time ends.
    const autumnPip = '2025-10-25';
    expect(isMapRunning(autumnPip, today(new Date('2026-10-24T21:59:59Z')), 13)).toBe(false); // 23:59:59 CEST
    expect(isMapRunning(autumnPip, today(new Date('2026-10-24T22:00:00Z')), 13)).toBe(true); // 00:00 CEST
    // The term's last day (24 October 2028) ends at midnight Amsterdam time, not UTC.
    expect(isMapRunning(autumnPip, today(new Date('2028-10-24T21:59:59Z')), 13)).toBe(true); // 23:59:59 CEST
    expect(isMapRunning(autumnPip, today(new Date('2028-10-24T22:00:00Z')), 13)).toBe(false);
  });

  it('refuses a day that does not exist', () => {
    expect(() => isMapRunning(pip, '2026-02-29', 13)).toThrow(RangeError);
  });
});

describe('mapExemption', () => {
  it('exempts paid work from the threshold up, and what the coach recorded whatever the work', () => {
    expect(mapExemption({ recordedByCoach: false, paidWorkHoursPerWeek: null }, 16)).toBe('NONE');
    expect(mapExemption({ recordedByCoach: false, paidWorkHoursPerWeek: 15.75 }, 16)).toBe('NONE');
    expect(mapExemption({ recordedByCoach: false, paidWorkHoursPerWeek: 16 }, 16)).toBe('PAID_WORK');
    expect(mapExemption({ recordedByCoach: true, paidWorkHoursPerWeek: 0 }, 16)).toBe('RECORDED_BY_COACH');
    expect(mapExemption({ recordedByCoach: true, paidWorkHoursPerWeek: 30 }, 16)).toBe('RECORDED_BY_COACH');
  });
});
