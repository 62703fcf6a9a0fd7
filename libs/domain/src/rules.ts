/**
 * The hour targets of the Wet inburgering 2021, within the three-year integration term
 * (see `integrationTermLastDay`).
 */

/** Z-route: participation hours in a Dutch-speaking environment (participatie-uren). */
export const Z_ROUTE_PARTICIPATION_HOURS = 800;

/** Everyone: hours of the Module Arbeidsmarkt en Participatie (MAP) practice. */
export const MAP_PRACTICE_HOURS = 40;
