import { summarise, targetProgress, weekStart } from './progress.js';

describe('progress arithmetic', () => {
  it('finds the Monday of a week, across a month and a year boundary', () => {
    expect(weekStart('2026-11-28')).toBe('2026-11-23'); // a Saturday
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // a Friday
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // a Sunday belongs to the week before
  });

  it('needs 800 hours over the weeks left and judges the pace against it', () => {
    // 400 done, 50 weeks left: 8 h a week needed.
    expect(targetProgress(800, 400, 50, 8)).toMatchObject({
      remaining: 400,
      neededPerWeek: 8,
      projected: 800,
      risk: 'ON_TRACK',
    });
    expect(targetProgress(800, 400, 50, 5)).toMatchObject({
      neededPerWeek: 8,
      projected: 650,
      risk: 'AT_RISK',
    }); // 5 ≥ 0.6 × 8
    expect(targetProgress(800, 400, 50, 4.7)).toMatchObject({ risk: 'OFF_TRACK' }); // 4.7 < 4.8
  });

  it('is on track once the target is reached, and off track when the term ran out', () => {
    expect(targetProgress(40, 41, 0, 0)).toMatchObject({ remaining: 0, neededPerWeek: 0, risk: 'ON_TRACK' });
    expect(targetProgress(40, 39, 0, 10)).toMatchObject({
      remaining: 1,
      risk: 'OFF_TRACK',
      neededPerWeek: -1,
    });
  });

  it('counts only Dutch-speaking hours towards the 800 and keeps the rest apart', () => {
    const s = summarise(
      [
        { workDate: '2026-11-16', hours: 4, dutchEnvironment: true, mapPractice: false },
        { workDate: '2026-11-17', hours: 3, dutchEnvironment: false, mapPractice: false },
        { workDate: '2026-11-18', hours: 5, dutchEnvironment: true, mapPractice: true },
      ],
      { isZRoute: true, today: '2026-11-28', integrationTermLastDay: '2027-11-26' },
    );
    expect(s.participation).toMatchObject({ target: 800, done: 9 });
    expect(s.nonCountingParticipationHours).toBe(3);
    expect(s.map).toMatchObject({ target: 40, done: 5 });
    // 2026-11-28 … 2027-11-26 is 364 days: 52 weeks.
    expect(s.weeksLeft).toBe(52);
    // Week of 16 November holds all 12 hours; the pace is over the 4 full weeks before this one.
    expect(s.weekly.find((w) => w.weekStart === '2026-11-16')?.hours).toBe(12);
    expect(s.recentWeeklyAverage).toBe(3);
    expect(s.participation?.neededPerWeek).toBe(15.2); // (800 − 9) / 52
    expect(s.risk).toBe('OFF_TRACK');
  });

  it('has no participation target outside the Z-route', () => {
    const s = summarise([], { isZRoute: false, today: '2026-11-28', integrationTermLastDay: '2028-01-01' });
    expect(s.participation).toBeNull();
    expect(s.map.remaining).toBe(40);
  });
});
