import { termEndDate } from './participants.service.js';

describe('end of the three-year term', () => {
  it.each([
    ['2024-01-15', '2027-01-14'],
    ['2024-03-01', '2027-02-28'],
    ['2024-02-29', '2027-02-28'],
    ['2023-12-31', '2026-12-30'],
  ])('a PIP on %s has %s as the last day of the term', (pip, end) => {
    expect(termEndDate(pip)).toBe(end);
  });
});
