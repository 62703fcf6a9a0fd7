/**
 * The hour targets of the Wet inburgering 2021, within the three-year integration term
 * (see `integrationTermLastDay`).
 */

/** Z-route: participation hours in a Dutch-speaking environment (participatie-uren). */
export const Z_ROUTE_PARTICIPATION_HOURS = 800;

/** Everyone: hours of the Module Arbeidsmarkt en Participatie (MAP) practice. */
export const MAP_PRACTICE_HOURS = 40;

/**
 * The month of the term in which the MAP starts when a municipality sets nothing else: Amersfoort
 * plans the MAP in the second year (report §5.2), so month 13.
 */
export const DEFAULT_MAP_START_MONTH = 13;

/**
 * Paid work of at least this many hours a week exempts a participant from the MAP practice hours
 * when a municipality sets nothing else. The report only says that paid work exempts (§6.3); a
 * municipality sets its own threshold (MAP_EXEMPT_PAID_WORK_HOURS).
 */
export const DEFAULT_MAP_EXEMPT_PAID_WORK_HOURS = 16;

/**
 * Why a participant needs no MAP practice hours: an exemption the coach recorded, or paid work of at
 * least `paidWorkThreshold` hours a week (MAP_EXEMPT_PAID_WORK_HOURS); NONE when neither holds.
 * Derived from those facts each time, so it can never disagree with them.
 */
export function mapExemption(
  facts: { recordedByCoach: boolean; paidWorkHoursPerWeek: number | null },
  paidWorkThreshold: number,
): 'NONE' | 'PAID_WORK' | 'RECORDED_BY_COACH' {
  if (facts.recordedByCoach) return 'RECORDED_BY_COACH';
  if (facts.paidWorkHoursPerWeek !== null && facts.paidWorkHoursPerWeek >= paidWorkThreshold)
    return 'PAID_WORK';
  return 'NONE';
}
