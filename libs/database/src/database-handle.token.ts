/**
 * The Nest injection token for the app's one DatabaseHandle (the DataSource plus its kind, for
 * code that must tell PostgreSQL from PGlite). Provided by the app's DatabaseModule; declared here
 * so that features and test support can inject it without importing the app's database folder.
 */
export const DATABASE_HANDLE = Symbol('DATABASE_HANDLE');
