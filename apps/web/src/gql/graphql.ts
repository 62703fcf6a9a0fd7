/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which introduction the place says yes to. */
export type AcceptIntroductionInput = {
  /** A PROPOSED introduction for your published place. */
  introductionId: string | number;
};

/** Which hours the coach approves. */
export type ApproveHoursInput = {
  /** A PENDING entry of your participant. */
  entryId: string | number;
};

/** Narrows your caseload’s progress. All given conditions must hold. */
export type CaseloadProgressFilterInput = {
  /** Only participants whose overall risk (the row’s `risk`) is this; every risk when omitted. */
  risk?: RiskLevel | null | undefined;
  /** Only participants on this learning route; every route when omitted. */
  route?: LearningRoute | null | undefined;
  /** Only participants whose nickname or client reference contains this text, ignoring case and accents (% and _ are plain characters); at most 100 characters. Empty or spaces only: no condition. */
  search?: string | null | undefined;
};

/** Childcare (kinderopvang) the place offers. */
export type ChildcareInput = {
  /** NONE, ON_SITE (then give minAgeYears and maxAgeYears) or CHILDREN_WELCOME. */
  kind: ChildcareKind;
  /** ON_SITE: oldest age in years. */
  maxAgeYears?: number | null | undefined;
  /** ON_SITE: youngest age in years. */
  minAgeYears?: number | null | undefined;
};

/** Kinderopvang at the place. */
export type ChildcareKind =
  /** Children may come along. */
  | 'CHILDREN_WELCOME'
  /** No childcare. */
  | 'NONE'
  /** Childcare on site for children within an age range. */
  | 'ON_SITE';

/** Which place to close. */
export type ClosePlacementInput = {
  /** The place to close (draft, published or paused). */
  placementId: string | number;
};

/** A fixed weekly commitment, such as a language class; its time is not free for a place. */
export type CommitmentInput = {
  /** Language class or another commitment. */
  kind: CommitmentKind;
  /** What it is, e.g. "Taalles Z-route"; 1–80 characters. */
  label: string;
  /** When it takes place each week. */
  range: TimeRangeInput;
};

/** A fixed weekly commitment: language classes or something else (appointments, care). */
export type CommitmentKind =
  /** Language class (taalles); matching names it when a place clashes with it. */
  | 'LANGUAGE_CLASS'
  /** Another fixed commitment, such as an appointment or care for a family member. */
  | 'OTHER';

/** What the participant receives for taking part (vergoeding). */
export type Compensation =
  /** Unpaid. */
  | 'NONE'
  /** Paid. */
  | 'PAID'
  /** Vrijwilligersvergoeding. */
  | 'VOLUNTEER_ALLOWANCE';

/** What a participant wants in pay; matching uses it. */
export type CompensationPreference =
  /** No preference: pay plays no part in matching (the default). */
  | 'NO_PREFERENCE'
  /** Paid work only: places that are not paid do not match (criterion COMPENSATION). */
  | 'PAID_ONLY'
  /** Prefers paid work: places that are not paid rank lower (score component PAID_WORK), none is left out. */
  | 'PAID_PREFERRED';

/** Which introduction finished as planned, and its last day. */
export type CompleteIntroductionInput = {
  /** The last day at the place; not before the start date and at most a year ahead. */
  endDate: string;
  /** A STARTED introduction. */
  introductionId: string | number;
};

/** A new organisation (admins only). */
export type CreateOrganisationInput = {
  /** Town or city (plaats), 1–100 characters. */
  city: string;
  /** Contact person's e-mail address; stored in lower case. */
  contactEmail: string;
  /** Contact person, 1–120 characters. */
  contactName: string;
  /** Send the same key when retrying: the first result is returned and nothing new is created. The same key with a different input is refused (IDEMPOTENCY_KEY_REUSED); keys are yours alone. 8–100 letters, digits or _ . : -. */
  idempotencyKey?: string | null | undefined;
  /** Employer, partner or coaching organisation; decides which user roles it can have. */
  kind: OrganisationKind;
  /** KvK number: exactly 8 digits. */
  kvkNumber?: string | null | undefined;
  /** Name of the organisation, 1–200 characters. */
  name: string;
  /** Dutch postcode, `1234 AB` or `1234`; must exist in the postcode table. */
  postcode: string;
  /** Street and house number. */
  street: string;
};

/** A new participant in your caseload. */
export type CreateParticipantInput = {
  /** When the participant is free in principle: 1–28 weekly ranges that do not overlap (required on create; replaces the whole list). */
  availability?: Array<TimeRangeInput> | null | undefined;
  /** First day the participant can start; null means from today. */
  availableFrom?: string | null | undefined;
  /** Childcare need and cover; replaces the stored childcare details as a whole. */
  childcare?: ParticipantChildcareInput | null | undefined;
  /** Your pseudonymous reference (no BSN, no full name), 1–40 characters. */
  clientReference: string;
  /** Language classes and other fixed weekly commitments, at most 28 that do not overlap; matching subtracts them from the availability (replaces the whole list). */
  commitments?: Array<CommitmentInput> | null | undefined;
  /** Paid work only (a hard criterion), paid work preferred (ranks unpaid places lower) or no preference; NO_PREFERENCE on create when omitted. */
  compensationPreference?: CompensationPreference | null | undefined;
  /** The participant agreed to be proposed to places; without it proposeIntroduction is refused (false on create when omitted). */
  consentToBeProposed?: boolean | null | undefined;
  /** Record only when a women’s or men’s place makes it matter (a place for women matches only participants recorded as FEMALE); null clears it. Only the coach sees it. */
  gender?: Gender | null | undefined;
  /** Home postcode, `1234` or `1234 AB`; only the 4 digits are stored. */
  homePostcode: string;
  /** Send the same key when retrying: the first result is returned and nothing new is created. The same key with a different input is refused (IDEMPOTENCY_KEY_REUSED); keys are yours alone. 8–100 letters, digits or _ . : -. */
  idempotencyKey?: string | null | undefined;
  /** Sectors of interest, at most 16 without repeats; places in them rank higher (replaces the whole list). */
  interests?: Array<Sector> | null | undefined;
  /** Current Dutch level (taalniveau) per skill. */
  languageLevels: LanguageLevelsInput;
  /** Record that the participant is exempt from the MAP practice hours for another reason than paid work (false on create when omitted). */
  mapExemptionRecorded?: boolean | null | undefined;
  /** At most this many hours a week at places, from 0.25 up to 60. */
  maxHoursPerWeek: number;
  /** Longest acceptable one-way travel, 1–180 minutes. */
  maxTravelMinutes: number;
  /** First name or nickname the coach uses, up to 40 characters; null or blank means none. */
  nickname?: string | null | undefined;
  /** ISO 639-1 codes, e.g. `ar`, `ti`. */
  otherLanguages?: Array<string> | null | undefined;
  /** Hours of paid work a week, 0–60 in steps of 0.25; at least MAP_EXEMPT_PAID_WORK_HOURS exempts from the MAP practice hours. null: none recorded. */
  paidWorkHoursPerWeek?: number | null | undefined;
  /** Physical load capacity (belastbaarheid): the heaviest load the participant can take. */
  physicalCapacity: PhysicalLoad;
  /** PIP date. */
  pipDate: string;
  /** Learning route (leerroute). */
  route: LearningRoute;
  /** Target group (doelgroep). */
  targetGroup: TargetGroup;
  /** Ways the participant can travel: 1–5 without repeats. */
  travelModes: Array<TravelMode>;
};

/** A new place, saved as a draft. */
export type CreatePlacementInput = {
  /** Who the place is for: everyone, women or men; EVERYONE until given. */
  audience?: PlaceAudience | null | undefined;
  /** People at the same time, 1–1000. */
  capacity?: number | null | undefined;
  /** Childcare the place offers; NONE until given. */
  childcare?: ChildcareInput | null | undefined;
  /** What the participant receives; NONE (unpaid) until given. */
  compensation?: Compensation | null | undefined;
  /** What the participant will do, up to 5000 characters; null or blank clears it (required before publishing). */
  description?: string | null | undefined;
  /** Dutch-speaking environment (Z-route hours only count there); must be false for a place held in another language (groupLanguage). */
  dutchSpeakingEnvironment?: boolean | null | undefined;
  /** `YYYY-MM-DD`; empty for open-ended. */
  endDate?: string | null | undefined;
  /** ISO 639-1 code of the language the place is held in when it is not Dutch, e.g. `ar` for a group in Arabic; null means Dutch (and clears it). Such a place is not a Dutch-speaking environment. */
  groupLanguage?: string | null | undefined;
  /** Send the same key when retrying: the first result is returned and nothing new is created. The same key with a different input is refused (IDEMPOTENCY_KEY_REUSED); keys are yours alone. 8–100 letters, digits or _ . : -. */
  idempotencyKey?: string | null | undefined;
  /** Taalniveau asked per skill, each skill at most once; a skill not listed asks nothing (replaces the whole list). */
  languageRequirements?: Array<LanguageRequirementInput> | null | undefined;
  /** Defaults to the organisation's address. */
  location?: LocationInput | null | undefined;
  /** Counts as MAP practice hours. */
  mapPractice?: boolean | null | undefined;
  /** Learning routes the place is open to, without repeats; at least one before publishing (replaces the whole list). */
  openToRoutes?: Array<LearningRoute> | null | undefined;
  /** Target groups the place is open to, without repeats; at least one before publishing (replaces the whole list). */
  openToTargetGroups?: Array<TargetGroup> | null | undefined;
  /** Admins only: the organisation offering the place. */
  organisationId?: string | number | null | undefined;
  /** Physical load of the work (belasting); null clears it (required before publishing). */
  physicalLoad?: PhysicalLoad | null | undefined;
  /** When the place needs people; null clears it (required before publishing). */
  schedule?: ScheduleInput | null | undefined;
  /** The sector (branche); null clears it (required before publishing). */
  sector?: Sector | null | undefined;
  /** The day. */
  startDate?: string | null | undefined;
  /** Buddy, supervisor and staff languages at the place. */
  support?: SupportInput | null | undefined;
  /** Short title, 3–150 characters. */
  title: string;
  /** What kind of offer it is (participatieplek, stage, …). */
  type: PlacementType;
  /** The place is wheelchair accessible (rolstoeltoegankelijk); false until given. */
  wheelchairAccessible?: boolean | null | undefined;
};

/** A new user in an existing organisation. */
export type CreateUserInput = {
  /** Name shown to colleagues. */
  displayName: string;
  /** Work e-mail address. */
  email: string;
  /** The `sub` claim this user has in your OpenID Connect tokens. */
  externalSubject?: string | null | undefined;
  /** Send the same key when retrying: the first result is returned and nothing new is created. The same key with a different input is refused (IDEMPOTENCY_KEY_REUSED); keys are yours alone. 8–100 letters, digits or _ . : -. */
  idempotencyKey?: string | null | undefined;
  /** The organisation the user belongs to. */
  organisationId: string | number;
  /** What the user may do; must fit the organisation: EMPLOYER for an employer, PARTNER for a partner, COACH, ADMIN or ANALYST for a coaching organisation. */
  role: Role;
};

/** Where to deliver which events. The server generates the signing secret. */
export type CreateWebhookSubscriptionInput = {
  /** Event types to receive, e.g. `introduction.accepted` (see `webhookEventTypes`). Empty: every type. */
  eventTypes?: Array<string>;
  /** Send the same key when retrying: the first subscription and its secret are returned and nothing new is created. The same key with a different input is refused (IDEMPOTENCY_KEY_REUSED); keys are yours alone. 8–100 letters, digits or _ . : -. */
  idempotencyKey?: string | null | undefined;
  /** Admins only (and required for them): the organisation that receives the events. */
  organisationId?: string | number | null | undefined;
  /** The receiver, called with POST. `https://` is required; outside production `http://localhost` and `http://127.0.0.1` are accepted too. */
  url: string;
};

/** Which user may no longer sign in. */
export type DeactivateUserInput = {
  /** The user to deactivate. */
  userId: string | number;
};

/** Which subscription to stop delivering to. */
export type DeactivateWebhookSubscriptionInput = {
  /** The subscription to deactivate. */
  subscriptionId: string | number;
};

/** Which introduction the place says no to, and why. */
export type DeclineIntroductionInput = {
  /** A PROPOSED introduction for your place. */
  introductionId: string | number;
  /** An explanation, up to 1000 characters; the coach sees it. */
  note?: string | null | undefined;
  /** The main reason; it feeds the municipality’s figures. */
  reason: DeclineReason;
};

/** Why a place said no (used for the municipality’s figures). */
export type DeclineReason =
  /** The participant's free time does not fit the place's hours. */
  | 'AVAILABILITY'
  /** Childcare (kinderopvang) is not arranged for the hours at the place. */
  | 'CHILDCARE'
  /** The participant's Dutch (taalniveau) is not enough for the place yet. */
  | 'LANGUAGE'
  /** The place has no room at the moment. */
  | 'NO_CAPACITY'
  /** No response came to the contact about the introduction. */
  | 'NO_RESPONSE'
  /** Another reason; explain it in the note. */
  | 'OTHER'
  /** The participant's profile does not fit the work. */
  | 'PROFILE_FIT'
  /** The place is too far or too hard to reach for the participant. */
  | 'TRAVEL';

/** Which started introduction ended before the planned end, why and when. */
export type EndIntroductionEarlyInput = {
  /** Last day. */
  endDate: string;
  /** A STARTED introduction. */
  introductionId: string | number;
  /** An explanation, up to 1000 characters; kept in the history. */
  note?: string | null | undefined;
  /** The main reason the participant stopped. */
  reason: EndReason;
};

/** Why an introduction ended early. */
export type EndReason =
  /** Childcare (kinderopvang) could not be kept up. */
  | 'CHILDCARE'
  /** The participant reached the goals of the place before the planned end. */
  | 'COMPLETED_GOALS'
  /** The participant found work. */
  | 'FOUND_WORK'
  /** Health reasons (physical or mental). */
  | 'HEALTH'
  /** The Dutch needed at the place proved too hard. */
  | 'LANGUAGE'
  /** Another reason; explain it in the note. */
  | 'OTHER'
  /** The participant chose to stop. */
  | 'PARTICIPANT_STOPPED'
  /** The place itself stopped or ended. */
  | 'PLACE_ENDED'
  /** The hours clashed with language classes or other commitments. */
  | 'SCHEDULE_CONFLICT';

/** A participant’s gender, recorded by the coach only when a women’s or men’s place makes it matter. Only the coach sees it. */
export type Gender =
  /** Woman: places for women (PlaceAudience.WOMEN) can match. */
  | 'FEMALE'
  /** Man: places for men (PlaceAudience.MEN) can match. */
  | 'MALE';

/** What hours were made at: a place, or an activity the coach logged. */
export type HoursActivity =
  /** Another participation activity, e.g. a neighbourhood activity. */
  | 'OTHER_ACTIVITY'
  /** A place, through an introduction. */
  | 'PLACEMENT'
  /** The Stap-in programme with the participation declaration (PVT); in Amersfoort in the own language. */
  | 'STAP_IN_PVT'
  /** A language café (taalcafé). */
  | 'TAALCAFE';

/** Where an hours entry stands. Only approved hours count towards progress. */
export type HoursEntryStatus =
  /** Counts towards progress. */
  | 'APPROVED'
  /** Waiting for the coach to approve or reject it. */
  | 'PENDING'
  /** Does not count; the reason is kept. */
  | 'REJECTED';

/** The fixed ways to split the bottleneck table. */
export type InsightsBottleneckBreakdown =
  /** By municipality of the home PC4 (Bron: CBS); municipalities with fewer than k participants together as OTHER. */
  | 'AREA'
  /** By the coach’s organisation; organisations with fewer than k participants together as OTHER. */
  | 'COACHING_ORGANISATION'
  /** By speaking level: NONE, A1, A2, B1_PLUS. */
  | 'LANGUAGE_BAND'
  /** By learning route (leerroute). */
  | 'ROUTE';

/** The language insightsChartSvg draws its axis titles and labels and its legend in. */
export type InsightsChartLanguage =
  /** English; names (organisations, municipalities) and quarters as in the table. A drawn title (titled) stays Dutch. */
  | 'EN'
  /** Dutch, as in the council report (default). */
  | 'NL';

/** How insightsChartSvg lays out its chart: for a wide screen or the report, or for a phone. */
export type InsightsChartLayout =
  /** For a phone, to be shown at its own size: at most 320 px wide in all, each group’s label above its bar, the legend below the plot in one column, long labels over lines. */
  | 'NARROW'
  /** A 560 px wide plot with the legend on its right, about 800 px in all (default; the council report’s). */
  | 'WIDE';

/** Whether a figure is published, and if not why (small-cell suppression). */
export type InsightsFigureStatus =
  /** At least k, hidden ("x") so that a small figure cannot be worked out from the totals (secondary suppression). */
  | 'PROTECTED'
  /** Published: at least k people (or places), and safe to show. */
  | 'SHOWN'
  /** Fewer than k: shown as "< k" (primary suppression). */
  | 'SMALL'
  /** The whole table is withheld ("–"): the group is so small that no figure can be shown safely. */
  | 'WITHHELD';

/** The fixed ways to split supply and demand. */
export type InsightsSupplyBreakdown =
  /** By the municipality of the place (Bron: CBS). */
  | 'AREA'
  /** By the highest language level the place requires. */
  | 'LANGUAGE_THRESHOLD'
  /** By the place’s sector. */
  | 'SECTOR'
  /** By the kind of place (participatieplek, stage, …). */
  | 'TYPE'
  /** By part of the week its shifts or windows reach into (weekday MORNING 06–12, AFTERNOON 12–18, EVENING 18–24, WEEKEND); a place can be in several, so there are no column totals. */
  | 'WEEK_PART';

/** Which of your caseload’s introductions to list. */
export type IntroductionFilterInput = {
  /** Only introductions of this participant of your caseload (none for anyone else’s); all your participants when omitted. */
  participantId?: string | number | null | undefined;
  /** Only introductions in one of these states; all when omitted. */
  status?: Array<IntroductionStatus> | null | undefined;
};

/** PROPOSED → ACCEPTED | DECLINED; ACCEPTED → STARTED → COMPLETED | ENDED_EARLY; WITHDRAWN by the coach from any open state. */
export type IntroductionStatus =
  /** The place said yes; the participant takes one of its spots. */
  | 'ACCEPTED'
  /** The participant finished as planned; final. */
  | 'COMPLETED'
  /** The place said no, with a reason; final. */
  | 'DECLINED'
  /** The participant stopped before the planned end, with a reason; final. */
  | 'ENDED_EARLY'
  /** The coach proposed the participant (voordracht); waiting for the place's answer. */
  | 'PROPOSED'
  /** The participant has started at the place; hours can be logged and the spot stays taken. */
  | 'STARTED'
  /** Withdrawn by the coach, or because the participant revoked consent; final. */
  | 'WITHDRAWN';

/** Taalniveau on the CEFR scale; NONE means no Dutch yet (or none needed). */
export type LanguageLevel =
  /** A1: basic words and phrases; the target level of the Z-route. */
  | 'A1'
  /** A2: simple everyday exchanges; a threshold volunteer organisations often ask. */
  | 'A2'
  /** B1: copes independently in familiar situations; the exam level of the B1-route. */
  | 'B1'
  /** B2: upper intermediate. */
  | 'B2'
  /** C1: advanced. */
  | 'C1'
  /** C2: proficient, near-native. */
  | 'C2'
  /** No Dutch yet (below A1); as a requirement: no level needed. */
  | 'NONE';

/** Dutch level (taalniveau) per skill; all four skills are required. */
export type LanguageLevelsInput = {
  /** Level for listening (luisteren). */
  listening: LanguageLevel;
  /** Level for reading (lezen). */
  reading: LanguageLevel;
  /** Level for speaking (spreken). */
  speaking: LanguageLevel;
  /** Level for writing (schrijven). */
  writing: LanguageLevel;
};

/** The taalniveau a place asks for one skill. */
export type LanguageRequirementInput = {
  /** The lowest level asked for that skill. */
  level: LanguageLevel;
  /** Required (hard criterion) or only preferred. */
  required?: boolean;
  /** The skill; each skill may appear once per place. */
  skill: LanguageSkill;
};

/** Spreken, luisteren, lezen, schrijven. */
export type LanguageSkill =
  /** Listening (luisteren). */
  | 'LISTENING'
  /** Reading (lezen). */
  | 'READING'
  /** Speaking (spreken). */
  | 'SPEAKING'
  /** Writing (schrijven). */
  | 'WRITING';

/** Leerroute under the Wet inburgering 2021. */
export type LearningRoute =
  /** B1-route: language exam at B1, participation encouraged. */
  | 'B1_ROUTE'
  /** Amersfoort's route for young people towards mbo. */
  | 'JONGERENROUTE'
  /** Towards mbo, hbo or university. */
  | 'ONDERWIJSROUTE'
  /** Zelfredzaamheidsroute: A1 plus 800 participation hours. */
  | 'Z_ROUTE';

/** The address of a place; the postcode must exist in the postcode table. */
export type LocationInput = {
  /** Town or city (plaats), 1–100 characters. */
  city: string;
  /** Dutch postcode, `1234 AB` or `1234`. */
  postcode: string;
  /** Street and house number. */
  street: string;
};

/** Hours made on one day at a started introduction. */
export type LogHoursInput = {
  /** The day. */
  date: string;
  /** Hours, more than 0 and at most 24, in steps of 0.25. */
  hours: number;
  /** Send the same key when retrying: nothing is logged twice. The same key with a different input is refused (IDEMPOTENCY_KEY_REUSED); keys are yours alone. 8–100 letters, digits or _ . : -. */
  idempotencyKey?: string | null | undefined;
  /** A started (or since finished) introduction you can see. */
  introductionId: string | number;
};

/** Hours your participant made outside a place on one day: Stap-in/PVT, a taalcafé or another activity. */
export type LogParticipationHoursInput = {
  /** What the hours were made at. */
  activity: OtherParticipationActivity;
  /** The day: in the integration term (from the PIP date) and not in the future. */
  date: string;
  /** Whether it was a Dutch-speaking environment. Only then do the hours count towards the Z-route’s 800 (Stap-in in the own language: false). */
  dutchSpeakingEnvironment: boolean;
  /** Hours, more than 0 and at most 24 in a day, in steps of 0.25. */
  hours: number;
  /** Send the same key when retrying: nothing is logged twice. The same key with a different input is refused (IDEMPOTENCY_KEY_REUSED); keys are yours alone. 8–100 letters, digits or _ . : -. */
  idempotencyKey?: string | null | undefined;
  /** What it was, e.g. which taalcafé; at most 500 characters. */
  note?: string | null | undefined;
  /** A participant of your caseload. */
  participantId: string | number;
};

/** Why a participant needs no MAP practice hours. */
export type MapExemption =
  /** Not exempt. */
  | 'NONE'
  /** Paid work of at least MAP_EXEMPT_PAID_WORK_HOURS a week (paidWorkHoursPerWeek). */
  | 'PAID_WORK'
  /** The coach recorded an exemption (mapExemptionRecorded). */
  | 'RECORDED_BY_COACH';

/** Where the MAP (Module Arbeidsmarkt en Participatie) practice stands today. */
export type MapPhase =
  /** The 40 practice hours are made. */
  | 'COMPLETED'
  /** The term is over with practice hours missing. */
  | 'ENDED'
  /** No practice hours needed (see mapExemption). */
  | 'EXEMPT'
  /** Before the MAP’s start month in the term (MAP_START_MONTH): not judged yet. */
  | 'NOT_STARTED'
  /** From the start month to the end of the term: judged on pace. */
  | 'RUNNING';

/** A criterion of the matching engine (see the README: matching semantics). */
export type MatchCriterion =
  /** Who the place is for: a women’s or men’s place fits only a participant recorded as such. Never a near miss. */
  | 'AUDIENCE'
  /** Beschikbaarheid: the schedule fits the free time around language classes. */
  | 'AVAILABILITY'
  /** The place has a free spot. */
  | 'CAPACITY'
  /** Kinderopvang: the hours fall in covered time, or the place offers childcare. */
  | 'CHILDCARE'
  /** A participant who wants paid work only fits only paid places. Never a near miss. */
  | 'COMPENSATION'
  /** The place's dates overlap the participant's availability and the three-year term. */
  | 'DATES'
  /** A place held in another language than Dutch fits only a participant who speaks it. Never a near miss. */
  | 'GROUP_LANGUAGE'
  /** The place's minimum hours per week are within the participant's maximum. */
  | 'HOURS'
  /** Taalniveau per required skill (a stretch of one level may be allowed). */
  | 'LANGUAGE'
  /** The place's physical load is within the participant's capacity. */
  | 'PHYSICAL_LOAD'
  /** The place is open to the participant's learning route. */
  | 'ROUTE'
  /** The place is published. */
  | 'STATUS'
  /** The place is open to the participant's target group. */
  | 'TARGET_GROUP'
  /** Reistijd by the best mode the participant can use. */
  | 'TRAVEL'
  /** Z-route: whether the hours count towards the 800 (Dutch-speaking environment). */
  | 'Z_ROUTE_COUNTING';

/** How to match a participant against all places. */
export type MatchOptionsInput = {
  /** matchesForParticipant only: consider only places with one of these kinds of compensation. */
  compensation?: Array<Compensation> | null | undefined;
  /** Z-route: treat a place that is not a Dutch-speaking environment (its hours do not count) as not fitting. */
  excludeNonCountingForZRoute?: boolean;
  /** Also return places that fail exactly one criterion. */
  includeNearMisses?: boolean;
  /** At most this many matches and this many near misses (1–100). */
  maxResults?: number;
  /** matchesForParticipant only: consider only places in one of these sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Allow one CEFR level below a required level (flagged). */
  stretchLanguage?: boolean;
  /** Only consider places that the place search finds for this text (e.g. "magazijn", "koken"); Dutch word forms and typos are handled as in searchPlacements. Blank means no text filter. */
  text?: string | null | undefined;
  /** matchesForParticipant only: consider only places of one of these types. */
  types?: Array<PlacementType> | null | undefined;
};

/** Places near a postcode. */
export type NearInput = {
  /** Radius in km (straight line between postcode-area centres), 0.1–100. */
  km: number;
  /** Dutch postcode, `1234 AB` or `1234`. */
  postcode: string;
};

/** What kind of organisation it is; decides whether it offers places and which user roles it can have. */
export type OrganisationKind =
  /** Coaching organisation: Integratiewerk, the municipality's Arbeidsintegratie. */
  | 'COACHING'
  /** Werkgever offering participation places, internships or work-experience places. */
  | 'EMPLOYER'
  /** Welfare organisation or informal initiative (Indebuurt033, a taalcafé, a buurthuis). */
  | 'PARTNER';

/** An activity outside places that a coach logs hours for. */
export type OtherParticipationActivity =
  /** Another participation activity, e.g. a neighbourhood activity. */
  | 'OTHER_ACTIVITY'
  /** The Stap-in programme with the participation declaration (PVT); in Amersfoort in the own language. */
  | 'STAP_IN_PVT'
  /** A language café (taalcafé). */
  | 'TAALCAFE';

/** How to compare one participant with one place (whyNot, candidatesForPlacement). */
export type PairOptionsInput = {
  /** Z-route: treat a place that is not a Dutch-speaking environment (its hours do not count) as not fitting. */
  excludeNonCountingForZRoute?: boolean;
  /** Allow one CEFR level below a required level (flagged). */
  stretchLanguage?: boolean;
};

/** Childcare (kinderopvang) the participant needs and already has. */
export type ParticipantChildcareInput = {
  /** Children's ages in years (0–17), at most 12 children. */
  childrenAges?: Array<number>;
  /** When childcare is already arranged (school, daycare, a partner at home); at most 28 ranges that do not overlap. */
  covered?: Array<TimeRangeInput>;
  /** Childcare is needed to take part; then childrenAges must not be empty. */
  needed: boolean;
};

/** Which place to pause. */
export type PausePlacementInput = {
  /** The published place to pause. */
  placementId: string | number;
};

/** Physical load (belastbaarheid). */
export type PhysicalLoad =
  /** Heavy physical work; fits only a participant with capacity HEAVY. */
  | 'HEAVY'
  /** Light physical work; fits a participant of any capacity. */
  | 'LIGHT'
  /** Moderate physical work; fits a participant with capacity MEDIUM or HEAVY. */
  | 'MEDIUM';

/** Who a place is for: everyone, or a women’s or men’s group. */
export type PlaceAudience =
  /** Open to everyone. */
  | 'EVERYONE'
  /** Men only: matches only participants the coach recorded as MALE. */
  | 'MEN'
  /** Women only (e.g. a mothers’ group): matches only participants the coach recorded as FEMALE. */
  | 'WOMEN';

/** DRAFT → PUBLISHED → PAUSED ↔ PUBLISHED → CLOSED. Only published places are matched. */
export type PlacementStatus =
  /** Closed for good: can no longer be changed or published again. */
  | 'CLOSED'
  /** Being prepared: may be incomplete; visible only to its own organisation and admins, never matched or searched. */
  | 'DRAFT'
  /** Temporarily taken offline: not matched or searched, visible only to its own organisation and admins; can be published again. */
  | 'PAUSED'
  /** Open: visible to every signed-in user, found by search and matching, and can accept introductions. */
  | 'PUBLISHED';

/** What kind of offer a place is. */
export type PlacementType =
  /** Recurring group activity, such as a taalcafé. */
  | 'ACTIVITEIT'
  /** Participation place: taking part in a workplace without pay. */
  | 'PARTICIPATIEPLEK'
  /** Trial placement with an employer, often towards a job. */
  | 'PROEFPLAATSING'
  /** Internship. */
  | 'STAGE'
  /** Language internship: practising Dutch at work. */
  | 'TAALSTAGE'
  /** Volunteer work. */
  | 'VRIJWILLIGERSWERK'
  /** Work-experience place. */
  | 'WERKERVARINGSPLEK';

/** Propose a participant of your caseload for a published place. */
export type ProposeIntroductionInput = {
  /** You confirm the participant consented to this introduction; it is recorded with your name and the time. */
  consentConfirmed: boolean;
  /** Send the same key when retrying: the first result is returned and nothing new is created. The same key with a different input is refused (IDEMPOTENCY_KEY_REUSED); keys are yours alone. 8–100 letters, digits or _ . : -. */
  idempotencyKey?: string | null | undefined;
  /** Your message to the place (shown to them), up to 1000 characters. */
  message?: string | null | undefined;
  /** A participant of your caseload who consented to be proposed (consentToBeProposed). */
  participantId: string | number;
  /** A published place; the participant may have only one open introduction per place. */
  placementId: string | number;
  /** Support the participant needs at the place, e.g. "uitleg voordoen". Up to 5 short items. */
  supportNeeded?: Array<string> | null | undefined;
};

/** Which place to publish. */
export type PublishPlacementInput = {
  /** The draft or paused place to publish. */
  placementId: string | number;
};

/** Which hours the coach rejects, and why. */
export type RejectHoursInput = {
  /** A PENDING entry of your participant. */
  entryId: string | number;
  /** Why the hours are rejected (shown to the place). */
  reason: string;
};

/** Whose consent to be proposed ended. */
export type RevokeConsentInput = {
  /** The participant of your caseload who withdrew consent. */
  participantId: string | number;
};

/** ON_TRACK: the recent weekly pace reaches what is needed; AT_RISK: at least 60% of it; OFF_TRACK: less, or the term is over with hours missing. */
export type RiskLevel =
  /** The recent weekly pace is at least 60% of what is needed each week, but less than all of it. */
  | 'AT_RISK'
  /** The recent pace is below 60% of what is needed, or the term is over with hours missing. */
  | 'OFF_TRACK'
  /** The target is reached, the recent weekly pace is at least what is needed each week, or the target is not judged now (the MAP before its start month, or exempt). */
  | 'ON_TRACK';

/** What a user may do. A user belongs to exactly one organisation. */
export type Role =
  /** Manages organisations and users; sees everything. */
  | 'ADMIN'
  /** Policy analyst: reads anonymised aggregates only, never a person. */
  | 'ANALYST'
  /** Integratiebegeleider or jobhunter: keeps a caseload, searches places, proposes clients. */
  | 'COACH'
  /** Werkgever: posts places and answers introductions for their own organisation. */
  | 'EMPLOYER'
  /** Partner organisation (Indebuurt033, taalcafé, …): registers activities and volunteer roles. */
  | 'PARTNER';

/** When the place needs people: fixed shifts, or a flexible window with hours per week. */
export type ScheduleInput = {
  /** FIXED (give shifts) or FLEXIBLE (give windows and the minimum and maximum hours per week). */
  kind: ScheduleKind;
  /** FLEXIBLE: maximum hours per week. */
  maxHoursPerWeek?: number | null | undefined;
  /** FLEXIBLE: minimum hours per week. */
  minHoursPerWeek?: number | null | undefined;
  /** FIXED: each shift of the week. */
  shifts?: Array<TimeRangeInput> | null | undefined;
  /** FLEXIBLE: the windows in which hours can be made. */
  windows?: Array<TimeRangeInput> | null | undefined;
};

/** How a place gives its hours: fixed weekly shifts, or flexible windows with a minimum and maximum of hours per week. */
export type ScheduleKind =
  /** Fixed shifts: the participant must be free for every one of them. */
  | 'FIXED'
  /** A flexible window: at least the minimum hours per week must fit in it. */
  | 'FLEXIBLE';

/** A part of a match score. */
export type ScoreComponent =
  /** Up to 20 points for the share of the weekly hours still needed that the place offers (Z-route: the rest of the 800 spread over the term; otherwise 8 a week); 0 for a Z-route participant when the hours do not count. */
  | 'HOURS_NEED'
  /** 30 points when the place's sector is one of the participant's interests, else 0. */
  | 'INTERESTS'
  /** 15 points when the place offers MAP practice while the participant's MAP runs (from term month MAP_START_MONTH, not exempt, practice hours still needed); else 0. */
  | 'MAP_PRACTICE'
  /** Minus 35 points for a place that is not paid when the participant prefers paid work (PAID_PREFERRED); 0 otherwise. */
  | 'PAID_WORK'
  /** Up to 10 points for the share of preferred (not required) language levels the participant meets; 10 when none are preferred. */
  | 'PREFERRED_LANGUAGE'
  /** Minus 10 points per required skill met only thanks to the one-level language stretch. */
  | 'STRETCH_PENALTY'
  /** Up to 20 points: 5 for a buddy, 5 for a supervisor, 10 when staff speak a language the participant speaks. */
  | 'SUPPORT'
  /** Up to 20 points: 20 at the door, falling to 0 at the maximum travel time. */
  | 'TRAVEL';

/** A property to count search results by. */
export type SearchFacet =
  /** ChildcareKind values. */
  | 'CHILDCARE'
  /** Compensation values. */
  | 'COMPENSATION'
  /** The postcode area (PC4) of the place, e.g. 3811. */
  | 'DISTRICT'
  /** The highest required taalniveau of a place (NONE … C2). */
  | 'LANGUAGE_LEVEL'
  /** Sector values. */
  | 'SECTOR'
  /** PlacementType values. */
  | 'TYPE';

/** Narrows a search. All given conditions must hold; within a list any value may. */
export type SearchFilterInput = {
  /** Only places offering one of these kinds of childcare. */
  childcare?: Array<ChildcareKind> | null | undefined;
  /** Only places with one of these kinds of compensation. */
  compensation?: Array<Compensation> | null | undefined;
  /** Postcode areas (PC4), e.g. ["3811", "3813"]. */
  districts?: Array<string> | null | undefined;
  /** Only places whose highest required level is at most this. */
  maxLanguageLevel?: LanguageLevel | null | undefined;
  /** Only places in one of these sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Only places of one of these types. */
  types?: Array<PlacementType> | null | undefined;
};

/** The sector (branche) of a place, from a fixed list shared with participants' interests. */
export type Sector =
  /** Office and administration. */
  | 'ADMINISTRATIE'
  /** Construction. */
  | 'BOUW'
  /** Libraries, culture. */
  | 'CULTUUR'
  /** Retail, supermarkets. */
  | 'DETAILHANDEL'
  /** Gardens, garden centres, green maintenance. */
  | 'GROEN'
  /** Hospitality, kitchens. */
  | 'HORECA'
  /** Childcare and schools. */
  | 'KINDEROPVANG_ONDERWIJS'
  /** Second-hand shops, repair cafés, sustainability. */
  | 'KRINGLOOP'
  /** Warehouses, logistics. */
  | 'LOGISTIEK'
  /** Meeting people and practising Dutch (taalcafé, buurthuis). */
  | 'ONTMOETING_TAAL'
  /** Production, manufacturing. */
  | 'PRODUCTIE'
  /** Cleaning. */
  | 'SCHOONMAAK'
  /** Sports clubs. */
  | 'SPORT'
  /** Technical work, repair. */
  | 'TECHNIEK'
  /** Welfare, community centres. */
  | 'WELZIJN'
  /** Care (zorg), care homes. */
  | 'ZORG';

/** Which introduction started, and on which day. */
export type StartIntroductionInput = {
  /** An ACCEPTED introduction. */
  introductionId: string | number;
  /** The first day at the place; at most a year ahead. */
  startDate: string;
};

/** Support offered at the place; all three parts are replaced together. */
export type SupportInput = {
  /** A buddy works alongside the participant. */
  buddy?: boolean;
  /** ISO 639-1 codes, e.g. `ar`, `ti`, `uk`. */
  staffLanguages?: Array<string>;
  /** A supervisor is on site. */
  supervisor?: boolean;
};

/** Doelgroep: statushouder (asylum permit), gezinsmigrant (family migrant) or another migrant. */
export type TargetGroup =
  /** Gezinsmigrant: came to join a family member; pays for their own lessons and gets no allowance. */
  | 'GEZINSMIGRANT'
  /** Another migrant who must integrate (overige migrant). */
  | 'OVERIG'
  /** Statushouder: has an asylum residence permit; the municipality pays for the lessons and provides guidance. */
  | 'STATUSHOUDER';

/** A weekly time range in local Amsterdam time. */
export type TimeRangeInput = {
  /** The day of the week the range starts on. */
  day: Weekday;
  /** End, `HH:MM`; `24:00` is midnight. With `overnight` it may be earlier than the start. */
  end: string;
  /** The range continues past midnight into the next day. */
  overnight?: boolean | null | undefined;
  /** Start, `HH:MM`. */
  start: string;
};

/** How a participant can travel (lopen, fiets, e-bike, OV, auto). */
export type TravelMode =
  /** Bicycle (fiets). */
  | 'BIKE'
  /** Car (auto). */
  | 'CAR'
  /** Electric bicycle (e-bike). */
  | 'EBIKE'
  /** Public transport (openbaar vervoer, OV). */
  | 'PUBLIC_TRANSPORT'
  /** Walking (lopen). */
  | 'WALK';

/** Which participant to change and the changes; omitted fields keep their value. */
export type UpdateParticipantInput = {
  /** When the participant is free in principle: 1–28 weekly ranges that do not overlap (required on create; replaces the whole list). */
  availability?: Array<TimeRangeInput> | null | undefined;
  /** First day the participant can start; null means from today. */
  availableFrom?: string | null | undefined;
  /** Childcare need and cover; replaces the stored childcare details as a whole. */
  childcare?: ParticipantChildcareInput | null | undefined;
  /** Language classes and other fixed weekly commitments, at most 28 that do not overlap; matching subtracts them from the availability (replaces the whole list). */
  commitments?: Array<CommitmentInput> | null | undefined;
  /** Paid work only (a hard criterion), paid work preferred (ranks unpaid places lower) or no preference; NO_PREFERENCE on create when omitted. */
  compensationPreference?: CompensationPreference | null | undefined;
  /** The participant agreed to be proposed to places; without it proposeIntroduction is refused (false on create when omitted). */
  consentToBeProposed?: boolean | null | undefined;
  /** Record only when a women’s or men’s place makes it matter (a place for women matches only participants recorded as FEMALE); null clears it. Only the coach sees it. */
  gender?: Gender | null | undefined;
  /** Home postcode, `1234` or `1234 AB`; only the 4 digits are stored. */
  homePostcode?: string | null | undefined;
  /** Sectors of interest, at most 16 without repeats; places in them rank higher (replaces the whole list). */
  interests?: Array<Sector> | null | undefined;
  /** Current Dutch level (taalniveau); all four skills are replaced together. */
  languageLevels?: LanguageLevelsInput | null | undefined;
  /** Record that the participant is exempt from the MAP practice hours for another reason than paid work (false on create when omitted). */
  mapExemptionRecorded?: boolean | null | undefined;
  /** At most this many hours a week at places, from 0.25 up to 60. */
  maxHoursPerWeek?: number | null | undefined;
  /** Longest acceptable one-way travel, 1–180 minutes. */
  maxTravelMinutes?: number | null | undefined;
  /** First name or nickname the coach uses, up to 40 characters; null or blank means none. */
  nickname?: string | null | undefined;
  /** ISO 639-1 codes, e.g. `ar`, `ti`. */
  otherLanguages?: Array<string> | null | undefined;
  /** Hours of paid work a week, 0–60 in steps of 0.25; at least MAP_EXEMPT_PAID_WORK_HOURS exempts from the MAP practice hours. null: none recorded. */
  paidWorkHoursPerWeek?: number | null | undefined;
  /** The participant to change. */
  participantId: string | number;
  /** Physical load capacity (belastbaarheid): the heaviest load the participant can take. */
  physicalCapacity?: PhysicalLoad | null | undefined;
  /** PIP date; moves the end of the three-year term with it. */
  pipDate?: string | null | undefined;
  /** Learning route (leerroute). */
  route?: LearningRoute | null | undefined;
  /** Target group (doelgroep). */
  targetGroup?: TargetGroup | null | undefined;
  /** Ways the participant can travel: 1–5 without repeats. */
  travelModes?: Array<TravelMode> | null | undefined;
};

/** Which place to change and the changes; omitted fields keep their value and null clears a clearable one. */
export type UpdatePlacementInput = {
  /** Who the place is for: everyone, women or men; EVERYONE until given. */
  audience?: PlaceAudience | null | undefined;
  /** People at the same time, 1–1000. */
  capacity?: number | null | undefined;
  /** Childcare the place offers; NONE until given. */
  childcare?: ChildcareInput | null | undefined;
  /** What the participant receives; NONE (unpaid) until given. */
  compensation?: Compensation | null | undefined;
  /** What the participant will do, up to 5000 characters; null or blank clears it (required before publishing). */
  description?: string | null | undefined;
  /** Dutch-speaking environment (Z-route hours only count there); must be false for a place held in another language (groupLanguage). */
  dutchSpeakingEnvironment?: boolean | null | undefined;
  /** `YYYY-MM-DD`; empty for open-ended. */
  endDate?: string | null | undefined;
  /** ISO 639-1 code of the language the place is held in when it is not Dutch, e.g. `ar` for a group in Arabic; null means Dutch (and clears it). Such a place is not a Dutch-speaking environment. */
  groupLanguage?: string | null | undefined;
  /** Taalniveau asked per skill, each skill at most once; a skill not listed asks nothing (replaces the whole list). */
  languageRequirements?: Array<LanguageRequirementInput> | null | undefined;
  /** Defaults to the organisation's address. */
  location?: LocationInput | null | undefined;
  /** Counts as MAP practice hours. */
  mapPractice?: boolean | null | undefined;
  /** Learning routes the place is open to, without repeats; at least one before publishing (replaces the whole list). */
  openToRoutes?: Array<LearningRoute> | null | undefined;
  /** Target groups the place is open to, without repeats; at least one before publishing (replaces the whole list). */
  openToTargetGroups?: Array<TargetGroup> | null | undefined;
  /** Physical load of the work (belasting); null clears it (required before publishing). */
  physicalLoad?: PhysicalLoad | null | undefined;
  /** The place to change (not a closed one). */
  placementId: string | number;
  /** When the place needs people; null clears it (required before publishing). */
  schedule?: ScheduleInput | null | undefined;
  /** The sector (branche); null clears it (required before publishing). */
  sector?: Sector | null | undefined;
  /** The day. */
  startDate?: string | null | undefined;
  /** Buddy, supervisor and staff languages at the place. */
  support?: SupportInput | null | undefined;
  /** Short title, 3–150 characters. */
  title?: string | null | undefined;
  /** What kind of offer it is (participatieplek, stage, …). */
  type?: PlacementType | null | undefined;
  /** The place is wheelchair accessible (rolstoeltoegankelijk); false until given. */
  wheelchairAccessible?: boolean | null | undefined;
};

/** Where one event stands for one subscription. */
export type WebhookDeliveryStatus =
  /** The receiver answered with a 2xx status. */
  | 'DELIVERED'
  /** Given up: every attempt failed, or the subscription was deactivated. */
  | 'FAILED'
  /** Not delivered yet: waiting for its first attempt or for a retry (see nextAttemptAt). */
  | 'PENDING';

/** A day of the week, for weekly recurring time ranges. */
export type Weekday =
  /** Friday (vrijdag). */
  | 'FRI'
  /** Monday (maandag). */
  | 'MON'
  /** Saturday (zaterdag). */
  | 'SAT'
  /** Sunday (zondag). */
  | 'SUN'
  /** Thursday (donderdag). */
  | 'THU'
  /** Tuesday (dinsdag). */
  | 'TUE'
  /** Wednesday (woensdag). */
  | 'WED';

/** Which introduction the coach withdraws. */
export type WithdrawIntroductionInput = {
  /** A PROPOSED, ACCEPTED or STARTED introduction of your caseload. */
  introductionId: string | number;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, role: Role, organisationId: string } };

export type AdminOrganisationsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AdminOrganisationsQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: OrganisationKind, kvkNumber: string | null, street: string, postcode: string, city: string, contactName: string, contactEmail: string } }> } };

export type AdminOrganisationChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AdminOrganisationChoicesQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: OrganisationKind } }> } };

export type AdminOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrganisationQuery = { organisation: { id: string, name: string, kind: OrganisationKind } };

export type AdminCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type AdminCreateOrganisationMutation = { createOrganisation: { organisation: { id: string, name: string, kind: OrganisationKind } } };

export type AdminUsersQueryVariables = Exact<{
  organisationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, email: string, role: Role, active: boolean, organisationId: string } }> } };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { user: { id: string, displayName: string, role: Role, active: boolean, organisationId: string } } };

export type AdminDeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type AdminDeactivateUserMutation = { deactivateUser: { user: { id: string, active: boolean } } };

export type AnalystTableFragment = { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null };

export type AnalystBottlenecksQueryVariables = Exact<{
  by: InsightsBottleneckBreakdown;
  language: InsightsChartLanguage;
  layout: InsightsChartLayout;
}>;


export type AnalystBottlenecksQuery = { insightsChartSvg: string, insightsBottlenecks: { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null } };

export type AnalystSupplyQueryVariables = Exact<{
  by: InsightsSupplyBreakdown;
  language: InsightsChartLanguage;
  layout: InsightsChartLayout;
}>;


export type AnalystSupplyQuery = { insightsChartSvg: string, insightsSupplyDemand: { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null }, insightsDemandWithoutSupply: { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null } };

export type AnalystPipelineQueryVariables = Exact<{
  language: InsightsChartLanguage;
  layout: InsightsChartLayout;
}>;


export type AnalystPipelineQuery = { insightsChartSvg: string, insightsPipeline: { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null }, insightsPipelineTimes: { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null }, insightsHoursBySource: { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null }, participation: { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null }, map: { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null } };

export type AnalystUnlocksQueryVariables = Exact<{
  language: InsightsChartLanguage;
  layout: InsightsChartLayout;
}>;


export type AnalystUnlocksQuery = { insightsChartSvg: string, insightsUnlocks: { title: string, snapshot: { computedAt: string, suppressionK: number }, columns: Array<{ key: string, label: string, labelEn: string | null }>, rows: Array<{ key: string, label: string, labelEn: string | null, cells: Array<{ value: number | null, status: InsightsFigureStatus, display: string }>, total: { display: string } | null }>, columnTotals: Array<{ display: string }> | null, grandTotal: { display: string } | null } };

export type CaseloadQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseloadProgressFilterInput | null | undefined;
}>;


export type CaseloadQuery = { caseloadProgress: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { risk: RiskLevel, pendingHours: number, openIntroductionCount: number, participation: { done: number, target: number } | null, map: { done: number, target: number }, participant: { id: string, nickname: string | null, clientReference: string, route: LearningRoute } } }> } };

export type ClientOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientOverviewQuery = { participant: { id: string, targetGroup: TargetGroup, homePostcode: string, otherLanguages: Array<string>, maxHoursPerWeek: number, maxTravelMinutes: number, travelModes: Array<TravelMode>, physicalCapacity: PhysicalLoad, interests: Array<Sector>, availableFrom: string | null, pipDate: string, integrationTermLastDay: string, consentToBeProposed: boolean, languageLevels: { speaking: LanguageLevel, listening: LanguageLevel, reading: LanguageLevel, writing: LanguageLevel }, childcare: { needed: boolean, childrenAges: Array<number> } }, participantProgress: { risk: RiskLevel, weeksLeft: number, pendingHours: number, recentWeeklyAverage: number, participation: { done: number, target: number, neededPerWeek: number } | null, map: { done: number, target: number } } };

export type ClientHeaderQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientHeaderQuery = { participant: { id: string, nickname: string | null, clientReference: string, route: LearningRoute, consentToBeProposed: boolean, languageLevels: { speaking: LanguageLevel, listening: LanguageLevel, reading: LanguageLevel, writing: LanguageLevel } }, participantProgress: { risk: RiskLevel } };

export type ClientAuditTrailQueryVariables = Exact<{
  participantId: string | number;
  first: number;
}>;


export type ClientAuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, at: string, action: string, actorRole: string | null, objectType: string, result: string } }> } };

export type RevokeConsentMutationVariables = Exact<{
  input: RevokeConsentInput;
}>;


export type RevokeConsentMutation = { revokeConsent: { participantId: string, withdrawnIntroductions: number } };

export type ClientProgressQueryVariables = Exact<{
  participantId: string | number;
}>;


export type ClientProgressQuery = { participantProgress: { risk: RiskLevel, weeksLeft: number, integrationTermLastDay: string, mapPhase: MapPhase, mapStartDate: string, mapExemption: MapExemption, pendingHours: number, nonCountingParticipationHours: number, participation: { done: number, target: number, remaining: number, neededPerWeek: number } | null, map: { done: number, target: number, remaining: number }, hoursByActivity: Array<{ activity: HoursActivity, approvedHours: number, qualifyingHours: number }> } };

export type LogParticipationHoursMutationVariables = Exact<{
  input: LogParticipationHoursInput;
}>;


export type LogParticipationHoursMutation = { logParticipationHours: { hoursEntry: { id: string, hours: number, workDate: string } } };

export type ParticipantForFormQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipantForFormQuery = { participant: { id: string, clientReference: string, nickname: string | null, route: LearningRoute, targetGroup: TargetGroup, pipDate: string, availableFrom: string | null, integrationTermLastDay: string, otherLanguages: Array<string>, travelModes: Array<TravelMode>, maxTravelMinutes: number, maxHoursPerWeek: number, homePostcode: string, physicalCapacity: PhysicalLoad, gender: Gender | null, compensationPreference: CompensationPreference, paidWorkHoursPerWeek: number | null, mapExemptionRecorded: boolean, consentToBeProposed: boolean, languageLevels: { speaking: LanguageLevel, listening: LanguageLevel, reading: LanguageLevel, writing: LanguageLevel }, availability: Array<{ day: Weekday, start: string, end: string }>, commitments: Array<{ kind: CommitmentKind, label: string, range: { day: Weekday, start: string, end: string } }>, childcare: { needed: boolean, childrenAges: Array<number>, covered: Array<{ day: Weekday, start: string, end: string }> } } };

export type CreateParticipantMutationVariables = Exact<{
  input: CreateParticipantInput;
}>;


export type CreateParticipantMutation = { createParticipant: { participant: { id: string } } };

export type UpdateParticipantMutationVariables = Exact<{
  input: UpdateParticipantInput;
}>;


export type UpdateParticipantMutation = { updateParticipant: { participant: { id: string, nickname: string | null, route: LearningRoute, consentToBeProposed: boolean, languageLevels: { speaking: LanguageLevel, listening: LanguageLevel, reading: LanguageLevel, writing: LanguageLevel } } } };

export type PendingHoursQueryVariables = Exact<{
  first: number;
}>;


export type PendingHoursQuery = { pendingHoursForCaseload: { totalCount: number, edges: Array<{ node: { introductionId: string, participantId: string, participantNickname: string | null, clientReference: string, placementTitle: string, entry: { id: string, workDate: string, hours: number } } }> } };

export type ApproveHoursMutationVariables = Exact<{
  input: ApproveHoursInput;
}>;


export type ApproveHoursMutation = { approveHours: { hoursEntry: { id: string, status: HoursEntryStatus } } };

export type RejectHoursMutationVariables = Exact<{
  input: RejectHoursInput;
}>;


export type RejectHoursMutation = { rejectHours: { hoursEntry: { id: string, status: HoursEntryStatus, rejectReason: string | null } } };

export type CoachEndIntroductionEarlyMutationVariables = Exact<{
  input: EndIntroductionEarlyInput;
}>;


export type CoachEndIntroductionEarlyMutation = { endIntroductionEarly: { introduction: { id: string, status: IntroductionStatus } } };

export type IntroductionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: IntroductionFilterInput | null | undefined;
}>;


export type IntroductionsQuery = { myIntroductions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: IntroductionStatus, createdAt: string, startDate: string | null, endDate: string | null, message: string | null, supportNeeded: Array<string>, declineReason: DeclineReason | null, declineNote: string | null, endReason: EndReason | null, participant: { id: string, nickname: string | null, clientReference: string }, placement: { id: string, title: string, type: PlacementType }, history: Array<{ at: string, fromStatus: IntroductionStatus | null, toStatus: IntroductionStatus, reason: string | null, note: string | null }> } }> } };

export type WithdrawIntroductionMutationVariables = Exact<{
  input: WithdrawIntroductionInput;
}>;


export type WithdrawIntroductionMutation = { withdrawIntroduction: { introduction: { id: string, status: IntroductionStatus } } };

export type ProposeIntroductionMutationVariables = Exact<{
  input: ProposeIntroductionInput;
}>;


export type ProposeIntroductionMutation = { proposeIntroduction: { introduction: { id: string, status: IntroductionStatus } } };

export type MatchesQueryVariables = Exact<{
  participantId: string | number;
  options?: MatchOptionsInput | null | undefined;
}>;


export type MatchesQuery = { matchesForParticipant: { totalCandidates: number, matches: Array<{ score: number, stretched: boolean, countsTowardsZRouteHours: boolean | null, weeklyOverlapHours: number, travel: { minutes: number, mode: TravelMode }, placement: { id: string, title: string, type: PlacementType }, checks: Array<{ criterion: MatchCriterion, passed: boolean, flagged: boolean, detailNl: string, detailEn: string }>, scoreBreakdown: Array<{ criterion: ScoreComponent, points: number, detailNl: string, detailEn: string }> }>, nearMisses: Array<{ failedCriterion: MatchCriterion, fixHintNl: string, fixHintEn: string, placement: { id: string, title: string, type: PlacementType }, checks: Array<{ criterion: MatchCriterion, passed: boolean, flagged: boolean, detailNl: string, detailEn: string }> }> } };

export type WhyNotSearchQueryVariables = Exact<{
  text: string;
}>;


export type WhyNotSearchQuery = { searchPlacements: { edges: Array<{ node: { placement: { id: string, title: string, type: PlacementType } } }> } };

export type WhyNotQueryVariables = Exact<{
  participantId: string | number;
  placementId: string | number;
  options?: PairOptionsInput | null | undefined;
}>;


export type WhyNotQuery = { whyNot: Array<{ criterion: MatchCriterion, passed: boolean, flagged: boolean, detailNl: string, detailEn: string }> };

export type PlaceIntroductionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PlaceIntroductionsQuery = { placeIntroductions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: IntroductionStatus, createdAt: string, startDate: string | null, endDate: string | null, declineReason: DeclineReason | null, endReason: EndReason | null, placement: { id: string, title: string }, profile: { nickname: string | null, travelBand: string, supportNeeded: Array<string>, coachMessage: string | null, languageLevels: { speaking: LanguageLevel, listening: LanguageLevel, reading: LanguageLevel, writing: LanguageLevel }, fittingAvailability: Array<{ day: Weekday, start: string, end: string }> } | null } }> } };

export type PlaceStartedIntroductionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PlaceStartedIntroductionsQuery = { placeIntroductions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, startDate: string | null, endDate: string | null, placement: { id: string, title: string, schedule: { kind: ScheduleKind, minHoursPerWeek: number, maxHoursPerWeek: number, shifts: Array<{ day: Weekday, start: string, end: string }>, windows: Array<{ day: Weekday, start: string, end: string }> } | null }, profile: { nickname: string | null } | null, recentHours: Array<{ id: string, workDate: string, hours: number, status: HoursEntryStatus, rejectReason: string | null }> } }> } };

export type AcceptIntroductionMutationVariables = Exact<{
  input: AcceptIntroductionInput;
}>;


export type AcceptIntroductionMutation = { acceptIntroduction: { introduction: { id: string, status: IntroductionStatus } } };

export type DeclineIntroductionMutationVariables = Exact<{
  input: DeclineIntroductionInput;
}>;


export type DeclineIntroductionMutation = { declineIntroduction: { introduction: { id: string, status: IntroductionStatus } } };

export type StartIntroductionMutationVariables = Exact<{
  input: StartIntroductionInput;
}>;


export type StartIntroductionMutation = { startIntroduction: { introduction: { id: string, status: IntroductionStatus, startDate: string | null } } };

export type CompleteIntroductionMutationVariables = Exact<{
  input: CompleteIntroductionInput;
}>;


export type CompleteIntroductionMutation = { completeIntroduction: { introduction: { id: string, status: IntroductionStatus, endDate: string | null } } };

export type EndIntroductionEarlyMutationVariables = Exact<{
  input: EndIntroductionEarlyInput;
}>;


export type EndIntroductionEarlyMutation = { endIntroductionEarly: { introduction: { id: string, status: IntroductionStatus, endDate: string | null } } };

export type LogHoursMutationVariables = Exact<{
  input: LogHoursInput;
}>;


export type LogHoursMutation = { logHours: { hoursEntry: { id: string, introductionId: string | null, workDate: string, hours: number, status: HoursEntryStatus } } };

export type MyPlacesQueryVariables = Exact<{
  organisationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type MyPlacesQuery = { placements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, type: PlacementType, status: PlacementStatus, sector: Sector | null, startDate: string | null, endDate: string | null, capacity: number | null, publishedAt: string | null } }> } };

export type PlaceForFormQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceForFormQuery = { placement: { id: string, status: PlacementStatus, type: PlacementType, title: string, sector: Sector | null, description: string | null, startDate: string | null, endDate: string | null, capacity: number | null, physicalLoad: PhysicalLoad | null, dutchSpeakingEnvironment: boolean | null, openToRoutes: Array<LearningRoute>, openToTargetGroups: Array<TargetGroup>, audience: PlaceAudience, compensation: Compensation, groupLanguage: string | null, location: { street: string, postcode: string, city: string } | null, childcare: { kind: ChildcareKind, minAgeYears: number | null, maxAgeYears: number | null }, languageRequirements: Array<{ skill: LanguageSkill, level: LanguageLevel, required: boolean }>, schedule: { kind: ScheduleKind, minHoursPerWeek: number, maxHoursPerWeek: number, shifts: Array<{ day: Weekday, start: string, end: string }>, windows: Array<{ day: Weekday, start: string, end: string }> } | null } };

export type CreatePlaceMutationVariables = Exact<{
  input: CreatePlacementInput;
}>;


export type CreatePlaceMutation = { createPlacement: { placement: { id: string, status: PlacementStatus } } };

export type UpdatePlaceMutationVariables = Exact<{
  input: UpdatePlacementInput;
}>;


export type UpdatePlaceMutation = { updatePlacement: { placement: { id: string, status: PlacementStatus } } };

export type PublishPlaceMutationVariables = Exact<{
  input: PublishPlacementInput;
}>;


export type PublishPlaceMutation = { publishPlacement: { placement: { id: string, status: PlacementStatus, publishedAt: string | null } } };

export type PausePlaceMutationVariables = Exact<{
  input: PausePlacementInput;
}>;


export type PausePlaceMutation = { pausePlacement: { placement: { id: string, status: PlacementStatus } } };

export type ClosePlaceMutationVariables = Exact<{
  input: ClosePlacementInput;
}>;


export type ClosePlaceMutation = { closePlacement: { placement: { id: string, status: PlacementStatus } } };

export type MyPlacesInsightsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPlacesInsightsQuery = { insightsForMyPlaces: Array<{ placementId: string, computedAt: string, fittingParticipants: { display: string }, moreIfLanguageLowered: { display: string }, moreIfHoursWidened: { display: string }, moreIfChildcareOffered: { display: string } }> };

export type WebhooksQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type WebhooksQuery = { webhookEventTypes: Array<{ type: string, description: string }>, webhookSubscriptions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, url: string, active: boolean, eventTypes: Array<string>, createdAt: string, deactivatedAt: string | null } }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  subscriptionId: string | number;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, createdAt: string, lastAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null } }> } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateWebhookMutation = { createWebhookSubscription: { secret: string, subscription: { id: string, url: string, active: boolean, eventTypes: Array<string>, createdAt: string } } };

export type DeactivateWebhookMutationVariables = Exact<{
  input: DeactivateWebhookSubscriptionInput;
}>;


export type DeactivateWebhookMutation = { deactivateWebhookSubscription: { subscription: { id: string, active: boolean, deactivatedAt: string | null } } };

export type SearchPlacesQueryVariables = Exact<{
  text?: string | null | undefined;
  filter?: SearchFilterInput | null | undefined;
  near?: NearInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchPlacesQuery = { searchPlacements: { totalCount: number, totalIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: Array<{ facet: SearchFacet, values: Array<{ value: string, count: number }> }>, edges: Array<{ cursor: string, node: { titleHighlighted: string, snippet: string | null, placement: { id: string, title: string, type: PlacementType, sector: Sector | null, compensation: Compensation, mapPractice: boolean, openToRoutes: Array<LearningRoute>, childcare: { kind: ChildcareKind }, languageRequirements: Array<{ skill: LanguageSkill, level: LanguageLevel, required: boolean }>, location: { city: string, postcode: string } | null } } }> } };

export type SearchCaseloadQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchCaseloadQuery = { caseload: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, nickname: string | null, clientReference: string } }> } };

export const AnalystTableFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystTable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionK"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<AnalystTableFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AdminOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kvkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminOrganisationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisationChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrganisationChoicesQuery, AdminOrganisationChoicesQueryVariables>;
export const AdminOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AdminOrganisationQuery, AdminOrganisationQueryVariables>;
export const AdminCreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateOrganisationMutation, AdminCreateOrganisationMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminDeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeactivateUserMutation, AdminDeactivateUserMutationVariables>;
export const AnalystBottlenecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystBottlenecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsBottleneckBreakdown"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsChartLanguage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layout"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsChartLayout"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insightsBottlenecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystTable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insightsChartSvg"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"EnumValue","value":"BOTTLENECKS"}},{"kind":"Argument","name":{"kind":"Name","value":"bottleneckBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"titled"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"layout"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layout"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystTable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionK"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<AnalystBottlenecksQuery, AnalystBottlenecksQueryVariables>;
export const AnalystSupplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystSupply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsSupplyBreakdown"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsChartLanguage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layout"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsChartLayout"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insightsSupplyDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystTable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insightsChartSvg"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"EnumValue","value":"SUPPLY_DEMAND"}},{"kind":"Argument","name":{"kind":"Name","value":"supplyBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"titled"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"layout"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layout"}}}]},{"kind":"Field","name":{"kind":"Name","value":"insightsDemandWithoutSupply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystTable"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystTable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionK"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<AnalystSupplyQuery, AnalystSupplyQueryVariables>;
export const AnalystPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsChartLanguage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layout"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsChartLayout"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insightsPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystTable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insightsChartSvg"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"EnumValue","value":"PIPELINE"}},{"kind":"Argument","name":{"kind":"Name","value":"titled"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"layout"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layout"}}}]},{"kind":"Field","name":{"kind":"Name","value":"insightsPipelineTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystTable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insightsHoursBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystTable"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"participation"},"name":{"kind":"Name","value":"insightsRisks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"PARTICIPATION_800"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystTable"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"map"},"name":{"kind":"Name","value":"insightsRisks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"EnumValue","value":"MAP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystTable"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystTable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionK"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<AnalystPipelineQuery, AnalystPipelineQueryVariables>;
export const AnalystUnlocksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystUnlocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsChartLanguage"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layout"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsChartLayout"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insightsUnlocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalystTable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insightsChartSvg"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"figure"},"value":{"kind":"EnumValue","value":"UNLOCKS"}},{"kind":"Argument","name":{"kind":"Name","value":"titled"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"layout"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layout"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalystTable"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightsTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionK"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]} as unknown as DocumentNode<AnalystUnlocksQuery, AnalystUnlocksQueryVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadProgressFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"pendingHours"}},{"kind":"Field","name":{"kind":"Name","value":"openIntroductionCount"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"map"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"route"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const ClientOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"homePostcode"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speaking"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"maxHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelModes"}},{"kind":"Field","name":{"kind":"Name","value":"physicalCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAges"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"pipDate"}},{"kind":"Field","name":{"kind":"Name","value":"integrationTermLastDay"}},{"kind":"Field","name":{"kind":"Name","value":"consentToBeProposed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participantProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"weeksLeft"}},{"kind":"Field","name":{"kind":"Name","value":"pendingHours"}},{"kind":"Field","name":{"kind":"Name","value":"recentWeeklyAverage"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"neededPerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"map"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]} as unknown as DocumentNode<ClientOverviewQuery, ClientOverviewQueryVariables>;
export const ClientHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"consentToBeProposed"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speaking"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participantProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"}}]}}]}}]} as unknown as DocumentNode<ClientHeaderQuery, ClientHeaderQueryVariables>;
export const ClientAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientAuditTrailQuery, ClientAuditTrailQueryVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnIntroductions"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const ClientProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participantProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"weeksLeft"}},{"kind":"Field","name":{"kind":"Name","value":"integrationTermLastDay"}},{"kind":"Field","name":{"kind":"Name","value":"mapPhase"}},{"kind":"Field","name":{"kind":"Name","value":"mapStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"mapExemption"}},{"kind":"Field","name":{"kind":"Name","value":"pendingHours"}},{"kind":"Field","name":{"kind":"Name","value":"nonCountingParticipationHours"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"neededPerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"map"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursByActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingHours"}}]}}]}}]}}]} as unknown as DocumentNode<ClientProgressQuery, ClientProgressQueryVariables>;
export const LogParticipationHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogParticipationHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogParticipationHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logParticipationHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}}]}}]}}]}}]} as unknown as DocumentNode<LogParticipationHoursMutation, LogParticipationHoursMutationVariables>;
export const ParticipantForFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipantForForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"pipDate"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"integrationTermLastDay"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speaking"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"childcare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAges"}},{"kind":"Field","name":{"kind":"Name","value":"covered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"travelModes"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"homePostcode"}},{"kind":"Field","name":{"kind":"Name","value":"physicalCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"compensationPreference"}},{"kind":"Field","name":{"kind":"Name","value":"paidWorkHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"mapExemptionRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"consentToBeProposed"}}]}}]}}]} as unknown as DocumentNode<ParticipantForFormQuery, ParticipantForFormQueryVariables>;
export const CreateParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateParticipantMutation, CreateParticipantMutationVariables>;
export const UpdateParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"consentToBeProposed"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speaking"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateParticipantMutation, UpdateParticipantMutationVariables>;
export const PendingHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingHoursForCaseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introductionId"}},{"kind":"Field","name":{"kind":"Name","value":"participantId"}},{"kind":"Field","name":{"kind":"Name","value":"participantNickname"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"placementTitle"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingHoursQuery, PendingHoursQueryVariables>;
export const ApproveHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveHoursMutation, ApproveHoursMutationVariables>;
export const RejectHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}}]}}]}}]}}]} as unknown as DocumentNode<RejectHoursMutation, RejectHoursMutationVariables>;
export const CoachEndIntroductionEarlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoachEndIntroductionEarly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndIntroductionEarlyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endIntroductionEarly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CoachEndIntroductionEarlyMutation, CoachEndIntroductionEarlyMutationVariables>;
export const IntroductionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Introductions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IntroductionFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myIntroductions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineNote"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntroductionsQuery, IntroductionsQueryVariables>;
export const WithdrawIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawIntroductionMutation, WithdrawIntroductionMutationVariables>;
export const ProposeIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeIntroductionMutation, ProposeIntroductionMutationVariables>;
export const MatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchOptionsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchesForParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"stretched"}},{"kind":"Field","name":{"kind":"Name","value":"countsTowardsZRouteHours"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyOverlapHours"}},{"kind":"Field","name":{"kind":"Name","value":"travel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"detailNl"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detailNl"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nearMisses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"fixHintNl"}},{"kind":"Field","name":{"kind":"Name","value":"fixHintEn"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"detailNl"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchesQuery, MatchesQueryVariables>;
export const WhyNotSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhyNotSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhyNotSearchQuery, WhyNotSearchQueryVariables>;
export const WhyNotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhyNot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PairOptionsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whyNot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"detailNl"}},{"kind":"Field","name":{"kind":"Name","value":"detailEn"}}]}}]}}]} as unknown as DocumentNode<WhyNotQuery, WhyNotQueryVariables>;
export const PlaceIntroductionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceIntroductions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeIntroductions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"languageLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speaking"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fittingAvailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"travelBand"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"coachMessage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceIntroductionsQuery, PlaceIntroductionsQueryVariables>;
export const PlaceStartedIntroductionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceStartedIntroductions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeIntroductions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STARTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"maxHoursPerWeek"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlaceStartedIntroductionsQuery, PlaceStartedIntroductionsQueryVariables>;
export const AcceptIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptIntroductionMutation, AcceptIntroductionMutationVariables>;
export const DeclineIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineIntroductionMutation, DeclineIntroductionMutationVariables>;
export const StartIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]} as unknown as DocumentNode<StartIntroductionMutation, StartIntroductionMutationVariables>;
export const CompleteIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteIntroductionMutation, CompleteIntroductionMutationVariables>;
export const EndIntroductionEarlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndIntroductionEarly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndIntroductionEarlyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endIntroductionEarly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]} as unknown as DocumentNode<EndIntroductionEarlyMutation, EndIntroductionEarlyMutationVariables>;
export const LogHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"introductionId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LogHoursMutation, LogHoursMutationVariables>;
export const MyPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyPlacesQuery, MyPlacesQueryVariables>;
export const PlaceForFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceForForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"physicalLoad"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"minAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeYears"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languageRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutchSpeakingEnvironment"}},{"kind":"Field","name":{"kind":"Name","value":"openToRoutes"}},{"kind":"Field","name":{"kind":"Name","value":"openToTargetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"groupLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"maxHoursPerWeek"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceForFormQuery, PlaceForFormQueryVariables>;
export const CreatePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlaceMutation, CreatePlaceMutationVariables>;
export const UpdatePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePlaceMutation, UpdatePlaceMutationVariables>;
export const PublishPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PublishPlaceMutation, PublishPlaceMutationVariables>;
export const PausePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PausePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PausePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pausePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PausePlaceMutation, PausePlaceMutationVariables>;
export const ClosePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosePlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ClosePlaceMutation, ClosePlaceMutationVariables>;
export const MyPlacesInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPlacesInsights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insightsForMyPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementId"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fittingParticipants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moreIfLanguageLowered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moreIfHoursWidened"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moreIfChildcareOffered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}}]}}]} as unknown as DocumentNode<MyPlacesInsightsQuery, MyPlacesInsightsQueryVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeactivateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateWebhookMutation, DeactivateWebhookMutationVariables>;
export const SearchPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facet"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleHighlighted"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"}},{"kind":"Field","name":{"kind":"Name","value":"mapPractice"}},{"kind":"Field","name":{"kind":"Name","value":"openToRoutes"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languageRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPlacesQuery, SearchPlacesQueryVariables>;
export const SearchCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCaseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchCaseloadQuery, SearchCaseloadQueryVariables>;