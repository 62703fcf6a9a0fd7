/** Advisory lock of the insights refresh: one replica computes a snapshot at a time. */
export const INSIGHTS_REFRESH_LOCK_KEY = 727_310_004;

/** Snapshots kept: the newest, and the one before it for a reader that picked it just before a switch. */
export const INSIGHTS_SNAPSHOTS_KEPT = 2;

/** Rows per INSERT when a snapshot is written (one JSON parameter each). */
export const INSIGHTS_INSERT_CHUNK = 5000;
