import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { HoursEntryEntity } from '../modules/hours/hours-entry.entity.js';
import { IntroductionEntity, IntroductionTransitionEntity } from '../modules/introductions/introduction.entity.js';
import { OutboxEventEntity } from '../modules/notifications/outbox-event.entity.js';
import { WebhookDeliveryEntity } from '../modules/notifications/webhook-delivery.entity.js';
import { WebhookSubscriptionEntity } from '../modules/notifications/webhook-subscription.entity.js';
import { OrganisationEntity } from '../modules/organisations/organisation.entity.js';
import { ParticipantEntity } from '../modules/participants/participant.entity.js';
import { PlacementEntity } from '../modules/placements/placement.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

/** Every entity, listed explicitly: the app and the migration CLI load the same set. */
export const ENTITIES = [OrganisationEntity, UserEntity, PlacementEntity, ParticipantEntity, IntroductionEntity, IntroductionTransitionEntity, AuditEntryEntity, OutboxEventEntity, HoursEntryEntity, WebhookSubscriptionEntity, WebhookDeliveryEntity];
