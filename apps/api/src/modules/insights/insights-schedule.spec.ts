import { msUntil } from './insights-refresh.service.js';

describe('the nightly insights refresh time', () => {
  it('waits until the next HH:MM in Amsterdam, across the date line and in summer time', () => {
    // 01:00 UTC in winter is 02:00 in Amsterdam: 03:00 is one hour away.
    expect(msUntil('03:00', new Date('2026-11-30T01:00:00Z'))).toBe(3_600_000);
    // 03:30 in Amsterdam (02:30 UTC): tomorrow's 03:00, 23.5 hours on.
    expect(msUntil('03:00', new Date('2026-11-30T02:30:00Z'))).toBe(23.5 * 3_600_000);
    // Summer (UTC+2): 00:00 UTC is 02:00 in Amsterdam.
    expect(msUntil('03:00', new Date('2026-07-01T00:00:00Z'))).toBe(3_600_000);
  });

  it('never fires at once: a time less than a minute away means that time tomorrow', () => {
    expect(msUntil('03:00', new Date('2026-11-30T01:59:30Z'))).toBe(24 * 3_600_000 + 30_000);
  });
});
