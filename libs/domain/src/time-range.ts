import type { Weekday } from './vocabularies.js';

/**
 * A weekly recurring time range in Europe/Amsterdam wall-clock time. `end` may be '24:00'.
 * When `end` <= `start` the range crosses midnight and ends on the next day (SUN wraps to MON).
 * Ranges are half-open: one ending at 12:30 does not conflict with one starting at 12:30.
 */
export interface TimeRange {
  day: Weekday;
  /** 'HH:MM', 00:00–23:59. */
  start: string;
  /** 'HH:MM', 00:00–23:59 or '24:00'. */
  end: string;
}
