import { checkHours, parseHours, scheduledHoursOn, todayIn, weekdayOf } from './hours';

describe('logging hours', () => {
  it("takes today's date in Amersfoort, also just after midnight when UTC is still on yesterday", () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam (CET, UTC+1).
    expect(todayIn('Europe/Amsterdam', new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(todayIn('Europe/Amsterdam', new Date('2026-11-30T12:00:00Z'))).toBe('2026-11-30');
  });

  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-11-30')).toBe('MON');
    expect(weekdayOf('2026-12-06')).toBe('SUN');
  });

  it("prefills the hours of the day's fixed shifts, overnight ones included; nothing for a flexible place", () => {
    const schedule = {
      kind: 'FIXED' as const,
      shifts: [
        { day: 'TUE' as const, start: '09:00', end: '12:30' },
        { day: 'TUE' as const, start: '13:00', end: '15:00' },
        { day: 'FRI' as const, start: '22:00', end: '06:00' },
      ],
    };
    expect(scheduledHoursOn(schedule, '2026-12-01')).toBe(5.5); // a Tuesday
    expect(scheduledHoursOn(schedule, '2026-12-04')).toBe(8); // a Friday, the night shift
    expect(scheduledHoursOn(schedule, '2026-12-02')).toBeUndefined(); // no shift on Wednesday
    expect(scheduledHoursOn({ kind: 'FLEXIBLE', shifts: [] }, '2026-12-01')).toBeUndefined();
    expect(scheduledHoursOn(null, '2026-12-01')).toBeUndefined();
  });

  it('reads hours with a decimal comma or point, and refuses other text', () => {
    expect(parseHours('3,5')).toBe(3.5);
    expect(parseHours(' 4 ')).toBe(4);
    expect(parseHours('')).toBeUndefined();
    expect(parseHours('vier')).toBeNaN();
  });

  it('checks the entry as the API does: a past day within the introduction, 0–24 hours in quarters', () => {
    const base = { date: '2026-11-30', hours: '4', today: '2026-11-30', startDate: '2026-11-02' };
    expect(checkHours(base)).toEqual({});
    expect(checkHours({ ...base, date: '2026-12-01' })).toEqual({ date: 'employer.hours.error.future' });
    expect(checkHours({ ...base, date: '2026-11-01' })).toEqual({ date: 'employer.hours.error.beforeStart' });
    expect(checkHours({ ...base, endDate: '2026-11-20' })).toEqual({ date: 'employer.hours.error.afterEnd' });
    expect(checkHours({ ...base, date: '' })).toEqual({ date: 'employer.hours.error.date' });
    expect(checkHours({ ...base, hours: '' })).toEqual({ hours: 'employer.hours.error.needed' });
    expect(checkHours({ ...base, hours: '0' })).toEqual({ hours: 'employer.hours.error.positive' });
    expect(checkHours({ ...base, hours: '25' })).toEqual({ hours: 'employer.hours.error.tooMany' });
    expect(checkHours({ ...base, hours: '3,1' })).toEqual({ hours: 'employer.hours.error.quarter' });
    expect(checkHours({ ...base, hours: '3,75' })).toEqual({});
  });
});
