import type { EntityManager } from 'typeorm';

/**
 * What introductions must know of the hours logged against one (an end date may not fall before
 * them). The hours feature owns those rows and provides this port, so introductions does not
 * read hours' table while hours calls introductions.
 */
export abstract class LoggedHours {
  /** The last day with hours that count (not superseded, not rejected), in the caller's transaction. */
  abstract lastWorkDay(introductionId: string, manager: EntityManager): Promise<string | null>;
}
