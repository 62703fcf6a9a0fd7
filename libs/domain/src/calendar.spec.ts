import { addDays, DATE_PATTERN, formatDate, integrationTermLastDay, parseDate, today } from './calendar.js';

describe('today (Europe/Amsterdam)', () => {
  it('is already the next day in Amsterdam shortly after midnight, while UTC is still on the old day', () => {
    // Winter (UTC+1): 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Amsterdam.
    expect(today(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // Summer (UTC+2): 22:30 UTC is 00:30 the next day.
    expect(today(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });

  it('is still the old day just before midnight in Amsterdam', () => {
    expect(today(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(today(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
  });

  it('follows the clock change at the DST edges', () => {
    // Summer time starts on Sunday 29 March 2026 at 01:00 UTC (02:00 → 03:00 local).
    expect(today(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28'); // 23:59 CET
    expect(today(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29'); // 00:00 CET
    expect(today(new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29'); // 23:59 CEST
    expect(today(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30'); // 00:00 CEST
    // Summer time ends on Sunday 25 October 2026 at 01:00 UTC (03:00 → 02:00 local).
    expect(today(new Date('2026-10-24T21:59:00Z'))).toBe('2026-10-24'); // 23:59 CEST
    expect(today(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25'); // 00:00 CEST
    expect(today(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25'); // 23:59 CET
    expect(today(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26'); // 00:00 CET
  });

  it('returns the YYYY-MM-DD shape', () => {
    expect(today()).toMatch(DATE_PATTERN);
  });
});

describe('addDays', () => {
  it('rolls over months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-05-20', 0)).toBe('2026-05-20');
  });

  it('counts whole calendar days across the DST changes (dates have no clock)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('refuses a date that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-2-3', 1)).toThrow(RangeError);
  });
});

describe('parseDate / formatDate', () => {
  it('round-trips', () => {
    for (const d of ['1970-01-01', '2024-02-29', '2026-11-29', '2099-12-31'])
      expect(formatDate(parseDate(d))).toBe(d);
    expect(parseDate('1970-01-02')).toBe(1);
  });
});

describe('integrationTermLastDay', () => {
  it('is the day before the third anniversary of the PIP date', () => {
    expect(integrationTermLastDay('2024-03-01')).toBe('2027-02-28');
    expect(integrationTermLastDay('2025-01-01')).toBe('2027-12-31');
    expect(integrationTermLastDay('2024-02-29')).toBe('2027-02-28');
    expect(integrationTermLastDay('2025-03-01')).toBe('2028-02-29');
  });
});
