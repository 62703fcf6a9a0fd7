import { freeWeekParts, placeWeekParts } from './week-parts.js';

describe('week parts', () => {
  it('puts a shift in every part it reaches into, and a weekend day in WEEKEND', () => {
    expect(placeWeekParts([{ day: 'TUE', start: '09:00', end: '13:00' }])).toEqual(['MORNING', 'AFTERNOON']);
    expect(placeWeekParts([{ day: 'SAT', start: '09:00', end: '13:00' }])).toEqual(['WEEKEND']);
    expect(placeWeekParts([{ day: 'FRI', start: '19:00', end: '22:00' }])).toEqual(['EVENING']);
    expect(placeWeekParts([])).toEqual([]);
  });

  it('counts a participant free in a part only with an hour left after commitments', () => {
    const tuesday = [{ day: 'TUE' as const, start: '08:00', end: '17:00' }];
    expect(freeWeekParts(tuesday, [])).toEqual(['MORNING', 'AFTERNOON']);
    // A class 08:00–11:30 leaves 30 minutes of the morning: not enough.
    expect(freeWeekParts(tuesday, [{ day: 'TUE', start: '08:00', end: '11:30' }])).toEqual(['AFTERNOON']);
    expect(freeWeekParts([{ day: 'SUN', start: '10:00', end: '10:45' }], [])).toEqual([]);
  });
});
