import { addDays } from '@plekwijzer/domain';
import { DEMO_DATA_DIR, loadDemoSet } from './demo-data.js';
import { demoHoursHistory, demoPendingDays, weekdayOf, workingWeekdays } from './demo-hours.js';

describe('the pending hours of a demo client at a place now', () => {
  it('fall on the latest working days of the place, newest first, skipping days with other hours', () => {
    // 2026-03-12 is a Thursday; the place works Monday, Wednesday and Friday.
    const mwf = workingWeekdays({ shifts: [{ day: 'MON' }, { day: 'WED' }, { day: 'FRI' }] });
    expect(demoPendingDays(3, '2026-03-12', '2026-02-01', new Set(['2026-03-09']), mwf)).toEqual([
      '2026-03-11',
      '2026-03-06',
      '2026-03-04',
    ]);
    // Without a schedule: Monday to Friday.
    expect([...workingWeekdays(null)].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(() => demoPendingDays(2, '2026-03-12', '2026-03-10', new Set(), mwf)).toThrow(
      'Only 1 free working day(s) between 2026-03-10 and 2026-03-12 for 2 pending entries',
    );
  });

  it('fit for every demo client at a place, whatever the weekday the demo is seeded on', () => {
    const monday = '2026-03-09';
    for (let d = 0; d < 7; d++) {
      const today = addDays(monday, d);
      const set = loadDemoSet(DEMO_DATA_DIR, today);
      const atPlace = set.participants.filter((p) => p.atPlace);
      expect(atPlace.length).toBeGreaterThan(0);
      for (const person of atPlace) {
        const at = person.atPlace!;
        const place = set.placements.find((p) => p.title === at.placement)!;
        const start = addDays(today, at.startOffsetDays);
        const history =
          person.participationHoursDone > 0
            ? demoHoursHistory(
                person.participationHoursDone,
                person.participationHoursPerWeek!,
                today,
                addDays(today, person.pipOffsetDays),
              )
            : [];
        const weekdays = workingWeekdays(place.schedule);
        const days = demoPendingDays(
          at.pendingHours.length,
          today,
          start,
          new Set(history.map((e) => e.date)),
          weekdays,
        );
        expect(days).toHaveLength(at.pendingHours.length);
        for (const day of days) {
          expect(day >= start && day < today).toBe(true);
          expect(weekdays.has(weekdayOf(day))).toBe(true);
        }
      }
    }
  });
});
