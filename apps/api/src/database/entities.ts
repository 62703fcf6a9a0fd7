import { AuditEntryEntity } from '@plekwijzer/api/modules/audit/audit-entry.entity.js';
import { HoursEntryEntity } from '@plekwijzer/api/modules/hours/hours-entry.entity.js';
import {
  IntroductionEntity,
  IntroductionTransitionEntity,
} from '@plekwijzer/api/modules/introductions/introduction.entity.js';
import { OutboxEventEntity } from '@plekwijzer/api/modules/notifications/outbox-event.entity.js';
import { WebhookDeliveryEntity } from '@plekwijzer/api/modules/notifications/webhook-delivery.entity.js';
import { WebhookSubscriptionEntity } from '@plekwijzer/api/modules/notifications/webhook-subscription.entity.js';
import { OrganisationEntity } from '@plekwijzer/api/modules/organisations/organisation.entity.js';
import { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';
import { PlacementEntity } from '@plekwijzer/api/modules/placements/placement.entity.js';
import { UserEntity } from '@plekwijzer/api/modules/users/user.entity.js';

/** Every entity, listed explicitly: the app and the migration CLI load the same set. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  PlacementEntity,
  ParticipantEntity,
  IntroductionEntity,
  IntroductionTransitionEntity,
  AuditEntryEntity,
  OutboxEventEntity,
  HoursEntryEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
];
