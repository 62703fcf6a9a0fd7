import { termEndDate } from './participants.service.js';

describe('end of the three-year term', () => {
  it.each([
    ['2024-01-15', '2027-01-15'],
    ['2024-02-29', '2027-02-28'],
    ['2023-12-31', '2026-12-31'],
  ])('a PIP on %s ends the term on %s', (pip, end) => {
    expect(termEndDate(pip)).toBe(end);
  });
});
