import { WEEKDAYS, type TimeRange } from '@plekwijzer/domain';
import fc from 'fast-check';
import { checkTime, parseTime, SLOTS_PER_WEEK, WeekSlots } from './schedule.js';
import { tr } from './testing/builders.js';

/** Slot index by hand: day × 96 + minutes / 15. */
const slot = (day: number, hh: number, mm = 0): number => day * 96 + (hh * 60 + mm) / 15;

function slotsOf(set: WeekSlots): number[] {
  const out: number[] = [];
  for (let s = 0; s < SLOTS_PER_WEEK; s++) if (set.has(s)) out.push(s);
  return out;
}

function span(from: number, to: number): number[] {
  const out: number[] = [];
  for (let s = from; s < to; s++) out.push(s);
  return out;
}

describe('checkTime', () => {
  it.each([
    ['00:00', 'start', 0],
    ['09:30', 'start', 570],
    ['23:59', 'end', 1439],
    ['24:00', 'end', 1440],
  ] as const)('accepts %s as %s (%i minutes)', (value, role, minutes) => {
    expect(checkTime(value, role)).toEqual({ ok: true, minutes });
  });

  it.each([
    ['25:00', 'end', 'HOURS', 'hours run from 00 to 23'],
    ['12:60', 'start', 'MINUTES', 'minutes run from 00 to 59'],
    ['9:00', 'start', 'FORMAT', 'use the form HH:MM'],
    ['09:00:00', 'start', 'FORMAT', 'use the form HH:MM'],
    ['', 'end', 'FORMAT', 'use the form HH:MM'],
    ['24:00', 'start', 'END_ONLY', 'can only be an end time'],
    ['24:15', 'end', 'HOURS', 'hours run from 00 to 23'],
  ] as const)('rejects %s as %s with a plain reason', (value, role, problem, phrase) => {
    const r = checkTime(value, role);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe(problem);
    expect(r.messageEn).toContain(phrase);
    expect(r.messageNl.length).toBeGreaterThan(10);
  });
});

describe('parseTime', () => {
  /** What parseTime must do: checkTime's minutes, or throw with its message. */
  function viaCheckTime(value: string, role: 'start' | 'end'): number | string {
    const r = checkTime(value, role);
    return r.ok ? r.minutes : r.messageEn;
  }
  function parsed(value: string, role: 'start' | 'end'): number | string {
    try {
      return parseTime(value, role);
    } catch (e) {
      return (e as RangeError).message;
    }
  }

  it('agrees with checkTime on every HH:MM from 00:00 to 99:99, as start and as end', () => {
    for (let h = 0; h < 100; h++) {
      for (let m = 0; m < 100; m++) {
        const value = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        for (const role of ['start', 'end'] as const)
          expect(parsed(value, role)).toBe(viaCheckTime(value, role));
      }
    }
  });

  it('agrees with checkTime on any other string (property)', () => {
    const near = fc
      .array(fc.constantFrom('0', '1', '2', '4', '9', ':', '/', ' ', 'a', '٣'), { maxLength: 7 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.oneof(near, fc.string()),
        fc.constantFrom('start' as const, 'end' as const),
        (value, role) => {
          expect(parsed(value, role)).toBe(viaCheckTime(value, role));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('WeekSlots.fromRanges', () => {
  it('maps Monday 09:00–12:30 to 14 quarter hours', () => {
    const s = WeekSlots.fromRanges([tr('MON', '09:00', '12:30')], 'outward');
    expect(slotsOf(s)).toEqual(span(slot(0, 9), slot(0, 12, 30)));
    expect(s.hours()).toBe(3.5);
  });

  it('does not let a range ending 12:30 touch one starting 12:30', () => {
    const morning = WeekSlots.fromRanges([tr('WED', '09:00', '12:30')], 'outward');
    const afternoon = WeekSlots.fromRanges([tr('WED', '12:30', '17:00')], 'outward');
    expect(morning.overlaps(afternoon)).toBe(false);
    expect(morning.union(afternoon).hours()).toBe(8);
  });

  it('spills a Saturday 22:00–02:00 range into Sunday', () => {
    const s = WeekSlots.fromRanges([tr('SAT', '22:00', '02:00')], 'outward');
    expect(slotsOf(s)).toEqual(span(slot(5, 22), slot(6, 2)));
    expect(s.hours()).toBe(4);
  });

  it('wraps a Sunday 23:00–01:00 range to Monday morning', () => {
    const s = WeekSlots.fromRanges([tr('SUN', '23:00', '01:00')], 'outward');
    expect(slotsOf(s)).toEqual([...span(0, slot(0, 1)), ...span(slot(6, 23), SLOTS_PER_WEEK)]);
  });

  it('reads 00:00–24:00 as the whole day and 24:00 as the end of the day', () => {
    expect(WeekSlots.fromRanges([tr('TUE', '00:00', '24:00')], 'inward').hours()).toBe(24);
    expect(slotsOf(WeekSlots.fromRanges([tr('TUE', '20:00', '24:00')], 'inward'))).toEqual(
      span(slot(1, 20), slot(2, 0)),
    );
  });

  it('rounds a required range outward and a free range inward when off the quarter hour', () => {
    // 09:10–10:05: outward covers 09:00–10:15 (5 slots), inward keeps 09:15–10:00 (3 slots).
    expect(slotsOf(WeekSlots.fromRanges([tr('THU', '09:10', '10:05')], 'outward'))).toEqual(
      span(slot(3, 9), slot(3, 10, 15)),
    );
    expect(slotsOf(WeekSlots.fromRanges([tr('THU', '09:10', '10:05')], 'inward'))).toEqual(
      span(slot(3, 9, 15), slot(3, 10)),
    );
  });

  it('drops a free range shorter than a quarter hour after inward rounding', () => {
    expect(WeekSlots.fromRanges([tr('FRI', '10:05', '10:20')], 'inward').isEmpty()).toBe(true);
    expect(WeekSlots.fromRanges([tr('FRI', '10:05', '10:20')], 'outward').countSlots()).toBe(2);
  });

  it('counts a 09:00–17:00 shift as 8 hours whatever the week: schedules are wall-clock', () => {
    // The last Sunday of March 2026 (29 March) has 23 hours; weekly patterns do not know dates,
    // so a Monday 09:00–17:00 shift is 8 hours in that week as in any other.
    const s = WeekSlots.fromRanges([tr('MON', '09:00', '17:00'), tr('SUN', '01:00', '04:00')], 'outward');
    expect(s.hours()).toBe(8 + 3);
  });
});

describe('WeekSlots set operations', () => {
  const a = WeekSlots.fromRanges([tr('MON', '09:00', '12:00')], 'outward');
  const b = WeekSlots.fromRanges([tr('MON', '11:00', '13:00')], 'outward');

  it('unions, intersects and subtracts', () => {
    expect(a.union(b).toRanges()).toEqual([tr('MON', '09:00', '13:00')]);
    expect(a.intersect(b).toRanges()).toEqual([tr('MON', '11:00', '12:00')]);
    expect(a.subtract(b).toRanges()).toEqual([tr('MON', '09:00', '11:00')]);
    expect(b.subtract(a).toRanges()).toEqual([tr('MON', '12:00', '13:00')]);
  });

  it('knows containment', () => {
    const day = WeekSlots.fromRanges([tr('MON', '08:00', '18:00')], 'inward');
    expect(day.containsAll(a)).toBe(true);
    expect(a.containsAll(day)).toBe(false);
    expect(a.containsAll(WeekSlots.empty())).toBe(true);
  });
});

describe('WeekSlots.toRanges', () => {
  it('lists ranges in week order with day names', () => {
    const s = WeekSlots.fromRanges([tr('WED', '19:00', '21:00'), tr('MON', '09:00', '10:00')], 'outward');
    expect(s.toRanges()).toEqual([tr('MON', '09:00', '10:00'), tr('WED', '19:00', '21:00')]);
  });

  it('keeps a run over midnight as one range, also over Sunday midnight', () => {
    const s = WeekSlots.fromRanges([tr('SAT', '22:00', '02:00'), tr('SUN', '23:00', '01:00')], 'outward');
    expect(s.toRanges()).toEqual([tr('SAT', '22:00', '02:00'), tr('SUN', '23:00', '01:00')]);
  });

  it('cuts a run of 24 hours or more at midnight', () => {
    const s = WeekSlots.fromRanges([tr('MON', '12:00', '24:00'), tr('TUE', '00:00', '12:00')], 'outward');
    expect(s.toRanges()).toEqual([tr('MON', '12:00', '24:00'), tr('TUE', '00:00', '12:00')]);
    const full = WeekSlots.fromRanges(
      WEEKDAYS.map((d) => tr(d, '00:00', '24:00')),
      'outward',
    );
    expect(full.toRanges()).toEqual(WEEKDAYS.map((d) => tr(d, '00:00', '24:00')));
  });

  it('returns nothing for an empty set', () => {
    expect(WeekSlots.empty().toRanges()).toEqual([]);
  });
});

describe('WeekSlots properties', () => {
  const quarter = fc.integer({ min: 0, max: 95 }).map((q) => q * 15);
  const hhmm = (m: number): string =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const rangeArb: fc.Arbitrary<TimeRange> = fc
    .record({
      day: fc.constantFrom(...WEEKDAYS),
      s: quarter,
      e: fc.integer({ min: 1, max: 96 }).map((q) => q * 15),
    })
    .map(({ day, s, e }) => ({ day, start: hhmm(s), end: e === 1440 ? '24:00' : hhmm(e) }));
  const setArb = fc.array(rangeArb, { maxLength: 6 }).map((rs) => WeekSlots.fromRanges(rs, 'outward'));

  it('set operations agree with per-slot booleans', () => {
    fc.assert(
      fc.property(setArb, setArb, (x, y) => {
        const union = x.union(y);
        const inter = x.intersect(y);
        const diff = x.subtract(y);
        const wrong: number[] = [];
        for (let s = 0; s < SLOTS_PER_WEEK; s++) {
          if (union.has(s) !== (x.has(s) || y.has(s))) wrong.push(s);
          if (inter.has(s) !== (x.has(s) && y.has(s))) wrong.push(s);
          if (diff.has(s) !== (x.has(s) && !y.has(s))) wrong.push(s);
        }
        expect(wrong).toEqual([]);
        expect(x.union(y).containsAll(x)).toBe(true);
        expect(x.containsAll(y)).toBe(y.subtract(x).isEmpty());
        expect(x.union(y).countSlots()).toBe(x.countSlots() + y.countSlots() - x.intersect(y).countSlots());
      }),
      { numRuns: 150 },
    );
  });

  it('listing the ranges and reading them back gives the same set', () => {
    fc.assert(
      fc.property(setArb, (x) => {
        const ranges = x.toRanges();
        expect(WeekSlots.fromRanges(ranges, 'inward').equals(x)).toBe(true);
        expect(WeekSlots.fromRanges(ranges, 'outward').equals(x)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
