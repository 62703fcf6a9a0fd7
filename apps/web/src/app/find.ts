/** The API's limit on a find-by-name text (`filter.search`); the fields take no more. */
export const MAX_FIND_LENGTH = 100;
