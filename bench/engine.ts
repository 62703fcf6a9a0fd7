/*
 * Engine inputs built by the app's own code: MatcherCache (published places from the database,
 * occupied spots from introductions, toCandidate, createMatcher) and toProfile, with the same
 * PC4 table and travel-time estimator the GeoModule provides (no matrix).
 */
import { loadConfig } from '@plekwijzer/config';
import type { DatabaseHandle } from '@plekwijzer/database';
import { defaultPc4CsvPath, Pc4Table, TravelTimeEstimator } from '@plekwijzer/geo';
import type { MatchOptions, ParticipantProfile } from '@plekwijzer/matching';
import type { DataSource } from 'typeorm';
import { MatchingInputsSignal } from '@plekwijzer/api/common/matching-inputs.js';
import { AuditService } from '@plekwijzer/api/modules/audit/audit.service.js';
import { PostcodeLookup } from '@plekwijzer/api/modules/geo/postcode-lookup.service.js';
import { HoursLedger } from '@plekwijzer/api/modules/hours/hours-ledger.js';
import { IdempotencyService } from '@plekwijzer/api/modules/idempotency/idempotency.service.js';
import { IntroductionsService } from '@plekwijzer/api/modules/introductions/introductions.service.js';
import { MatcherCache } from '@plekwijzer/api/modules/matching/matcher-cache.service.js';
import { OutboxService } from '@plekwijzer/api/modules/notifications/outbox.service.js';
import { OrganisationEntity } from '@plekwijzer/api/modules/organisations/organisation.entity.js';
import { OrganisationsService } from '@plekwijzer/api/modules/organisations/organisations.service.js';
import { ParticipantsService } from '@plekwijzer/api/modules/participants/participants.service.js';
import { PlacementsService } from '@plekwijzer/api/modules/placements/placements.service.js';
import { SearchOutboxService } from '@plekwijzer/api/modules/search/search-outbox.service.js';
import { UserEntity } from '@plekwijzer/api/modules/users/user.entity.js';
import { ActorCache } from '@plekwijzer/api/modules/users/actor-cache.service.js';
import { UsersService } from '@plekwijzer/api/modules/users/users.service.js';
import { toProfile } from '@plekwijzer/api/modules/matching/matching.mapper.js';
import type { ParticipantEntity } from '@plekwijzer/api/modules/participants/participant.entity.js';

export interface EngineContext {
  table: Pc4Table;
  postcodes: PostcodeLookup;
  travel: TravelTimeEstimator;
  cache: MatcherCache;
}

export function engineContext(ds: DataSource, table = Pc4Table.fromFile(defaultPc4CsvPath())): EngineContext {
  const postcodes = new PostcodeLookup(table);
  const travel = new TravelTimeEstimator();
  // The services the cache reads through, wired by hand as Nest would (the bench only reads).
  const signal = new MatchingInputsSignal();
  const audit = new AuditService(ds);
  const idempotency = new IdempotencyService(ds);
  const organisations = new OrganisationsService(
    ds.getRepository(OrganisationEntity),
    postcodes,
    idempotency,
  );
  const places = new PlacementsService(
    ds,
    postcodes,
    organisations,
    new SearchOutboxService(),
    signal,
    idempotency,
  );
  const participants = new ParticipantsService(ds, postcodes, audit, signal, idempotency);
  const introductions = new IntroductionsService(
    ds,
    participants,
    audit,
    new OutboxService(),
    idempotency,
    signal,
    places,
    new UsersService(
      ds.getRepository(UserEntity),
      organisations,
      idempotency,
      // Nothing kept: the bench process serves no requests.
      new ActorCache(loadConfig({ AUTH_USER_CACHE_MS: '0' }), { kind: 'postgres' } as DatabaseHandle),
    ),
    new HoursLedger(),
    loadConfig({}),
  );
  return {
    table,
    postcodes,
    travel,
    cache: new MatcherCache(places, introductions, travel, postcodes, signal, loadConfig({})),
  };
}

/** As MatchingService.profileOf: the home PC4's centroid, no approved hours loaded. */
export function profileOf(ctx: EngineContext, participant: ParticipantEntity): ParticipantProfile {
  const home = ctx.postcodes.locationOf(participant.homePostcode);
  if (!home) throw new Error(`Unknown home PC4 ${participant.homePostcode}`);
  return toProfile(participant, home, 0);
}

/** The API's defaults (MatchOptionsInput): near misses on, at most 25 matches and 25 near misses. */
export function apiDefaultOptions(referenceDate: string): MatchOptions {
  return {
    stretchLanguage: false,
    includeNearMisses: true,
    excludeNonCountingForZRoute: false,
    maxResults: 25,
    referenceDate,
  };
}

/** Every match and nothing else: the same answer the baseline computes, and what a bulk caller wants. */
export function allMatchesOptions(referenceDate: string): MatchOptions {
  return {
    stretchLanguage: false,
    includeNearMisses: false,
    excludeNonCountingForZRoute: false,
    maxResults: Number.MAX_SAFE_INTEGER,
    referenceDate,
  };
}
