import { Foundation1764300000000 } from './1764300000000-foundation.js';

/** In order. A new migration is added here as well as in this folder. */
export const MIGRATIONS = [Foundation1764300000000];
