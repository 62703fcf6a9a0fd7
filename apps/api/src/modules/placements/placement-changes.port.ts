import type { EntityManager } from 'typeorm';

/**
 * Told, inside the transaction that changes a place, that the place changed. The search feature
 * provides it (its outbox), so placements does not import search while search reads placements.
 */
export abstract class PlacementChanges {
  abstract placementChanged(manager: EntityManager, placementId: string): Promise<void>;
}
