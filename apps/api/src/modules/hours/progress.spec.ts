import { termMonthStart, today } from '@plekwijzer/domain';
import { mapPhase, summarise, targetProgress, weekStart, type ApprovedHours } from './progress.js';

const RUNNING_MAP = { mapStartDate: '2025-11-27', mapExemption: 'NONE' } as const;

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
        {
          workDate: '2026-11-16',
          hours: 4,
          dutchEnvironment: true,
          mapPractice: false,
          activity: 'PLACEMENT',
        },
        {
          workDate: '2026-11-17',
          hours: 3,
          dutchEnvironment: false,
          mapPractice: false,
          activity: 'PLACEMENT',
        },
        {
          workDate: '2026-11-18',
          hours: 5,
          dutchEnvironment: true,
          mapPractice: true,
          activity: 'PLACEMENT',
        },
      ],
      { isZRoute: true, today: '2026-11-28', integrationTermLastDay: '2027-11-26', ...RUNNING_MAP },
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
    const s = summarise([], {
      isZRoute: false,
      today: '2026-11-28',
      integrationTermLastDay: '2028-01-01',
      mapStartDate: '2027-01-02',
      mapExemption: 'NONE',
    });
    expect(s.participation).toBeNull();
    expect(s.map.remaining).toBe(40);
  });

  it('shows hours by activity, counting only Dutch-speaking hours as qualifying', () => {
    const s = summarise(
      [
        {
          workDate: '2026-11-16',
          hours: 4,
          dutchEnvironment: true,
          mapPractice: false,
          activity: 'PLACEMENT',
        },
        {
          workDate: '2026-11-17',
          hours: 6,
          dutchEnvironment: false,
          mapPractice: false,
          activity: 'STAP_IN_PVT',
        },
        {
          workDate: '2026-11-18',
          hours: 2,
          dutchEnvironment: true,
          mapPractice: false,
          activity: 'TAALCAFE',
        },
        {
          workDate: '2026-11-19',
          hours: 1.5,
          dutchEnvironment: true,
          mapPractice: false,
          activity: 'TAALCAFE',
        },
      ],
      { isZRoute: true, today: '2026-11-28', integrationTermLastDay: '2027-11-26', ...RUNNING_MAP },
    );
    expect(s.hoursByActivity).toEqual([
      { activity: 'PLACEMENT', approvedHours: 4, qualifyingHours: 4 },
      { activity: 'STAP_IN_PVT', approvedHours: 6, qualifyingHours: 0 },
      { activity: 'TAALCAFE', approvedHours: 3.5, qualifyingHours: 3.5 },
      { activity: 'OTHER_ACTIVITY', approvedHours: 0, qualifyingHours: 0 },
    ]);
    expect(s.participation?.done).toBe(7.5);
    expect(s.nonCountingParticipationHours).toBe(6);
  });
});

describe('the MAP in time', () => {
  // PIP 2025-03-15: term to 2028-03-14; with the default month 13 the MAP starts on 2026-03-15.
  const pip = '2025-03-15';
  const lastDay = '2028-03-14';
  const mapStartDate = termMonthStart(pip, 13);
  const at = (
    todayIso: string,
    entries: ApprovedHours[] = [],
    exemption: 'NONE' | 'PAID_WORK' | 'RECORDED_BY_COACH' = 'NONE',
  ) =>
    summarise(entries, {
      isZRoute: false,
      today: todayIso,
      integrationTermLastDay: lastDay,
      mapStartDate,
      mapExemption: exemption,
    });
  const mapHours = (workDate: string, hours: number): ApprovedHours => ({
    workDate,
    hours,
    dutchEnvironment: true,
    mapPractice: true,
    activity: 'PLACEMENT',
  });

  it('starts on the first day of term month 13', () => {
    expect(mapStartDate).toBe('2026-03-15');
  });

  it('is not judged in year one: not started and never off track, however few hours', () => {
    const s = at('2026-03-14');
    expect(s.mapPhase).toBe('NOT_STARTED');
    expect(s.map).toMatchObject({ target: 40, done: 0, remaining: 40, risk: 'ON_TRACK' });
    // What it will take once it runs: 40 hours over the MAP's own 104 weeks (2026-03-15 … 2028-03-14).
    expect(s.map.neededPerWeek).toBe(0.4);
    expect(s.risk).toBe('ON_TRACK');
  });

  it('runs from the start day, and is not judged until a week of it is over', () => {
    const firstDay = at('2026-03-15'); // a Sunday: the week it starts in is not over yet
    expect(firstDay.mapPhase).toBe('RUNNING');
    expect(firstDay.map.risk).toBe('ON_TRACK');
    // From Monday 16 March the week of 9–15 March (which held the first MAP day) is over, without hours.
    const nextWeek = at('2026-03-16');
    expect(nextWeek.mapPhase).toBe('RUNNING');
    expect(nextWeek.map.risk).toBe('OFF_TRACK');
    expect(nextWeek.risk).toBe('OFF_TRACK');
  });

  it('paces against the time left, counting only the weeks the MAP ran in', () => {
    // MAP weeks 16 and 23 March over (the week of 9 March too), 1 hour a week: 3 hours in 3 weeks.
    const s = at('2026-03-30', [
      mapHours('2026-03-13', 1),
      mapHours('2026-03-18', 1),
      mapHours('2026-03-25', 1),
    ]);
    expect(s.mapPhase).toBe('RUNNING');
    expect(s.map.done).toBe(3);
    // 37 hours in the 102 weeks from 30 March 2026 to 14 March 2028: 0.36 a week, and the pace is 1.
    expect(s.map.neededPerWeek).toBe(0.4);
    expect(s.map.risk).toBe('ON_TRACK');
    // The same hours a year later: 37 hours in 50 weeks needs 0.74, the pace of the last weeks is 0.
    const later = at('2027-03-29', [
      mapHours('2026-03-13', 1),
      mapHours('2026-03-18', 1),
      mapHours('2026-03-25', 1),
    ]);
    expect(later.map.risk).toBe('OFF_TRACK');
  });

  it('is at risk when the pace reaches 60% of what is needed, not all of it', () => {
    // From 2027-09-13: 26 weeks left, 39 hours still to make → 1.5 a week; 4 weeks × 1 hour → pace 1 (≥ 0.9).
    const entries = [
      mapHours('2026-04-01', 1),
      ...['2027-08-16', '2027-08-23', '2027-08-30', '2027-09-06'].map((d) => mapHours(d, 1)),
    ];
    const s = at('2027-09-13', entries);
    expect(s.map).toMatchObject({ done: 5, remaining: 35, risk: 'AT_RISK' });
  });

  it('is completed at 40 hours, also when they were made before the MAP started', () => {
    const s = at('2026-01-10', [mapHours('2025-12-01', 24), mapHours('2025-12-08', 16)]);
    expect(s.mapPhase).toBe('COMPLETED');
    expect(s.map).toMatchObject({ done: 40, remaining: 0, risk: 'ON_TRACK' });
    expect(
      mapPhase(40, {
        today: '2028-06-01',
        integrationTermLastDay: lastDay,
        mapStartDate,
        mapExemption: 'NONE',
      }),
    ).toBe('COMPLETED');
  });

  it('has ended, off track, once the term is over with hours missing', () => {
    const s = at('2028-03-15', [mapHours('2027-01-05', 20)]);
    expect(s.mapPhase).toBe('ENDED');
    expect(s.map).toMatchObject({ remaining: 20, neededPerWeek: -1, risk: 'OFF_TRACK' });
    expect(at('2028-03-14', [mapHours('2027-01-05', 20)]).mapPhase).toBe('RUNNING'); // the last day still runs
  });

  it('asks nothing of the exempt: no target, never at risk, before, during or after the MAP', () => {
    for (const day of ['2025-06-01', '2026-06-01', '2028-06-01']) {
      for (const exemption of ['PAID_WORK', 'RECORDED_BY_COACH'] as const) {
        const s = at(day, [mapHours('2025-05-01', 3)], exemption);
        expect(s.mapPhase).toBe('EXEMPT');
        expect(s.mapExemption).toBe(exemption);
        expect(s.map).toMatchObject({ target: 0, done: 3, remaining: 0, neededPerWeek: 0, risk: 'ON_TRACK' });
        expect(s.risk).toBe('ON_TRACK');
      }
    }
  });

  it('turns at midnight in Amsterdam: the start day begins at 23:00 UTC in winter, 22:00 UTC in summer', () => {
    // PIP 2025-03-29 → MAP from Sunday 29 March 2026, the night summer time starts.
    const dst = {
      integrationTermLastDay: '2028-03-28',
      mapStartDate: termMonthStart('2025-03-29', 13),
      mapExemption: 'NONE',
    } as const;
    expect(dst.mapStartDate).toBe('2026-03-29');
    expect(mapPhase(0, { ...dst, today: today(new Date('2026-03-28T22:59:59Z')) })).toBe('NOT_STARTED'); // 23:59:59 CET
    expect(mapPhase(0, { ...dst, today: today(new Date('2026-03-28T23:00:00Z')) })).toBe('RUNNING'); // 00:00 CET
    // PIP 2025-10-25 → MAP from Sunday 25 October 2026, the night summer time ends.
    const autumn = {
      integrationTermLastDay: '2028-10-24',
      mapStartDate: termMonthStart('2025-10-25', 13),
      mapExemption: 'NONE',
    } as const;
    expect(mapPhase(0, { ...autumn, today: today(new Date('2026-10-24T21:59:59Z')) })).toBe('NOT_STARTED'); // 23:59:59 CEST
    expect(mapPhase(0, { ...autumn, today: today(new Date('2026-10-24T22:00:00Z')) })).toBe('RUNNING'); // 00:00 CEST
    // And the term's last day ends at midnight Amsterdam time.
    expect(mapPhase(0, { ...autumn, today: today(new Date('2028-10-24T21:59:59Z')) })).toBe('RUNNING');
    expect(mapPhase(0, { ...autumn, today: today(new Date('2028-10-24T22:00:00Z')) })).toBe('ENDED');
  });
});
