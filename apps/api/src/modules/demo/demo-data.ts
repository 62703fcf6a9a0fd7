import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassConstructor } from 'class-transformer';
import { projectRoot } from '@plekwijzer/config';
import { addDays, today } from '@plekwijzer/domain';
import { validateInput, type FieldError } from '@plekwijzer/graphql';
import { Role } from '@plekwijzer/api/modules/auth/role.js';
import { PlacementStatus } from '@plekwijzer/api/common/domain.enums.js';
import { CreateOrganisationInput } from '@plekwijzer/api/modules/organisations/dto/create-organisation.input.js';
import { CreateParticipantInput } from '@plekwijzer/api/modules/participants/dto/participant-fields.input.js';
import { CreatePlacementInput } from '@plekwijzer/api/modules/placements/dto/placement-fields.input.js';
import { CreateUserInput } from '@plekwijzer/api/modules/users/dto/create-user.input.js';
import {
  DemoOrganisationFields,
  DemoParticipantFields,
  DemoPlacementFields,
  DemoUserFields,
} from './demo-records.js';

/*
 * The Amersfoort demo set lives in data/demo/*.json (see data/demo/README.md). Each record is the
 * input of the API call that creates it, plus a few demo fields (keys, dates relative to the
 * seeding day, a place's final state, a participant's story). On load every record is checked by
 * the API's own input class with the global pipe's options, so the demo cannot hold what a client
 * could not send; a bad file fails naming the file, the record and the field.
 */

/** A record as in its file: the demo fields and the API input side by side. */
export type DemoOrganisation = DemoOrganisationFields & CreateOrganisationInput;
export type DemoUser = DemoUserFields & Omit<CreateUserInput, 'organisationId'>;
/** Without the input fields set at seeding: organisationId, startDate, endDate. */
export type DemoPlacement = DemoPlacementFields &
  Omit<CreatePlacementInput, 'organisationId' | 'startDate' | 'endDate'>;
/** Without the input fields set at seeding: pipDate, availableFrom. */
export type DemoParticipant = DemoParticipantFields &
  Omit<CreateParticipantInput, 'pipDate' | 'availableFrom'>;

export interface DemoSet {
  organisations: DemoOrganisation[];
  users: DemoUser[];
  placements: DemoPlacement[];
  participants: DemoParticipant[];
}

export const DEMO_DATA_DIR = join(projectRoot(), 'data', 'demo');

export class DemoDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The demo data is invalid (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`);
    this.name = 'DemoDataError';
  }
}

/** The input for PlacementsService.create, with its dates counted from the seeding day. */
export function placementInput(
  demo: DemoPlacement,
  organisationId: string,
  start: string,
): CreatePlacementInput {
  const { organisationKey: _key, status: _status, startOffsetDays, durationDays, ...input } = demo;
  const startDate = addDays(start, startOffsetDays);
  const endDate = durationDays ? addDays(startDate, durationDays) : null;
  return { ...input, organisationId, startDate, endDate };
}

/** The input for ParticipantsService.create, with its dates counted from the seeding day. */
export function participantInput(demo: DemoParticipant, start: string): CreateParticipantInput {
  const {
    coachKey: _coach,
    story: _story,
    participationHoursDone: _hours,
    participationHoursPerWeek: _pace,
    stapInPvtLessons: _lessons,
    atPlace: _atPlace,
    pipOffsetDays,
    availableFromOffsetDays,
    ...input
  } = demo;
  const from = availableFromOffsetDays ?? null;
  return {
    ...input,
    pipDate: addDays(start, pipOffsetDays),
    availableFrom: from === null ? null : addDays(start, from),
  };
}

/** Stands in for an organisation's id while a record is checked; the real id exists only after seeding. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** How one file's records split into demo fields and API input, and how they are named in messages. */
interface RecordKind<F extends object, I extends object> {
  file: string;
  fields: ClassConstructor<F>;
  fieldNames: ReadonlyArray<keyof F & string>;
  input: ClassConstructor<I>;
  /** Input fields the loader sets from demo fields: a message about one names the demo field. */
  derivedFrom: Readonly<Record<string, string>>;
  derive(fields: F, start: string): Record<string, unknown>;
  /** The record's name in messages. */
  name(raw: Record<string, unknown>): unknown;
}

const ORGANISATIONS: RecordKind<DemoOrganisationFields, CreateOrganisationInput> = {
  file: 'organisations.json',
  fields: DemoOrganisationFields,
  fieldNames: ['key'],
  input: CreateOrganisationInput,
  derivedFrom: {},
  derive: () => ({}),
  name: (raw) => raw.key,
};

const USERS: RecordKind<DemoUserFields, CreateUserInput> = {
  file: 'users.json',
  fields: DemoUserFields,
  fieldNames: ['key', 'organisationKey'],
  input: CreateUserInput,
  derivedFrom: { organisationId: 'organisationKey' },
  derive: () => ({ organisationId: PLACEHOLDER_ID }),
  name: (raw) => raw.key,
};

const PLACEMENTS: RecordKind<DemoPlacementFields, CreatePlacementInput> = {
  file: 'placements.json',
  fields: DemoPlacementFields,
  fieldNames: ['organisationKey', 'status', 'startOffsetDays', 'durationDays'],
  input: CreatePlacementInput,
  derivedFrom: { organisationId: 'organisationKey', startDate: 'startOffsetDays', endDate: 'durationDays' },
  derive: (fields, start) => {
    const { organisationId, startDate, endDate } = placementInput(
      fields as DemoPlacement,
      PLACEHOLDER_ID,
      start,
    );
    return { organisationId, startDate, endDate };
  },
  name: (raw) => raw.title,
};

const PARTICIPANTS: RecordKind<DemoParticipantFields, CreateParticipantInput> = {
  file: 'participants.json',
  fields: DemoParticipantFields,
  fieldNames: [
    'coachKey',
    'story',
    'pipOffsetDays',
    'availableFromOffsetDays',
    'participationHoursDone',
    'participationHoursPerWeek',
    'stapInPvtLessons',
    'atPlace',
  ],
  input: CreateParticipantInput,
  derivedFrom: { pipDate: 'pipOffsetDays', availableFrom: 'availableFromOffsetDays' },
  derive: (fields, start) => {
    const { pipDate, availableFrom } = participantInput(fields as DemoParticipant, start);
    return { pipDate, availableFrom };
  },
  name: (raw) => raw.clientReference,
};

/** A checked record: the input instance, as the pipe would hand it to a resolver, with the demo fields added. */
type Checked<F, I> = F & I;

/** Reads and checks one file; problems are collected, not thrown, so that one run lists them all. */
function loadFile<F extends object, I extends object>(
  dir: string,
  kind: RecordKind<F, I>,
  start: string,
  problems: string[],
): Array<Checked<F, I>> {
  const path = join(dir, kind.file);
  let rows: unknown;
  try {
    rows = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  if (!Array.isArray(rows)) {
    problems.push(`${path}: must hold a JSON array of records`);
    return [];
  }
  const records: Array<Checked<F, I>> = [];
  rows.forEach((row: unknown, index) => {
    const at = (name?: unknown) =>
      `${path}, record ${index + 1}${typeof name === 'string' && name ? ` (${name})` : ''}`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      problems.push(`${at()}: must be a JSON object`);
      return;
    }
    const raw = row as Record<string, unknown>;
    const report = (errors: FieldError[]) =>
      errors.forEach((e) => problems.push(`${at(kind.name(raw))}, field ${e.path}: ${e.message}`));

    const own: Record<string, unknown> = {};
    const rest: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(raw)) {
      if ((kind.fieldNames as readonly string[]).includes(field)) own[field] = value;
      else if (field in kind.derivedFrom)
        report([{ path: field, message: `${field} is set from ${kind.derivedFrom[field]}; leave it out` }]);
      else rest[field] = value;
    }
    const fields = validateInput(kind.fields, own);
    report(fields.errors);
    const derived = fields.errors.length === 0 ? kind.derive(fields.value, start) : {};
    const input = validateInput(kind.input, { ...rest, ...derived });
    // A derived field can only fail through its demo field, which is then reported already.
    report(input.errors.filter((e) => !(e.path.split('.')[0] in kind.derivedFrom)));
    if (fields.errors.length > 0 || input.errors.length > 0) return;
    for (const field of Object.keys(kind.derivedFrom)) delete (input.value as Record<string, unknown>)[field];
    records.push(Object.assign(input.value, fields.value));
  });
  return records;
}

/** Keys that tie the files together must be unique and point at something that exists. */
function checkReferences(dir: string, set: DemoSet, problems: string[]): void {
  const unique = <T>(file: string, rows: T[], label: string, value: (row: T) => string) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const v = value(row);
      if (seen.has(v))
        problems.push(`${join(dir, file)}, record ${index + 1} (${v}), field ${label}: ${v} is used twice`);
      seen.add(v);
    });
  };
  unique('organisations.json', set.organisations, 'key', (o) => o.key);
  unique('users.json', set.users, 'key', (u) => u.key);
  unique('users.json', set.users, 'email', (u) => u.email.toLowerCase());
  unique('participants.json', set.participants, 'clientReference', (p) => p.clientReference);

  const organisations = new Set(set.organisations.map((o) => o.key));
  const refer = <T extends { organisationKey: string }>(file: string, rows: T[], name: (row: T) => string) =>
    rows.forEach((row, index) => {
      if (!organisations.has(row.organisationKey))
        problems.push(
          `${join(dir, file)}, record ${index + 1} (${name(row)}), field organisationKey: no organisation has the key "${row.organisationKey}" in organisations.json`,
        );
    });
  refer('users.json', set.users, (u) => u.key);
  refer('placements.json', set.placements, (p) => p.title);

  const coaches = new Set(set.users.filter((u) => u.role === Role.COACH).map((u) => u.key));
  set.participants.forEach((p, index) => {
    if (!coaches.has(p.coachKey))
      problems.push(
        `${join(dir, 'participants.json')}, record ${index + 1} (${p.clientReference}), field coachKey: no COACH has the key "${p.coachKey}" in users.json`,
      );
  });
  checkPlacesNow(dir, set, problems);
  if (set.users.length > 0 && !set.users.some((u) => u.role === Role.ADMIN))
    problems.push(`${join(dir, 'users.json')}: needs an ADMIN user; the places are created as that admin`);
}

/**
 * A participant at a place now (`atPlace`) must be someone the API would let start there: a
 * published place open to their route, consent to be proposed, a free spot, a start within the
 * place's dates and the person's term, and a user of the place's organisation to log the hours.
 */
function checkPlacesNow(dir: string, set: DemoSet, problems: string[]): void {
  const taken = new Map<DemoPlacement, number>();
  set.participants.forEach((p, index) => {
    const at = p.atPlace;
    if (!at) return;
    const problem = (field: string, message: string) =>
      problems.push(
        `${join(dir, 'participants.json')}, record ${index + 1} (${p.clientReference}), field atPlace.${field}: ${message}`,
      );
    const places = set.placements.filter((pl) => pl.title === at.placement);
    if (places.length !== 1) {
      problem(
        'placement',
        places.length === 0
          ? `no place has the title "${at.placement}" in placements.json`
          : `${places.length} places have the title "${at.placement}" in placements.json`,
      );
      return;
    }
    const [place] = places;
    if (place.status !== PlacementStatus.PUBLISHED)
      problem('placement', `"${at.placement}" is ${place.status}; only a published place takes people`);
    if (!(place.openToRoutes ?? []).includes(p.route))
      problem('placement', `"${at.placement}" is not open to the ${p.route}`);
    if (!p.consentToBeProposed)
      problem('placement', 'the participant has not consented to being proposed, so cannot be introduced');
    if (!set.users.some((u) => u.organisationKey === place.organisationKey && PLACE_ROLES.has(u.role)))
      problem(
        'placement',
        `"${place.organisationKey}" has no EMPLOYER or PARTNER user in users.json to log the hours`,
      );
    if (p.participationHoursDone > 0 && place.dutchSpeakingEnvironment !== true)
      problem(
        'placement',
        `"${at.placement}" is no Dutch-speaking environment, so the hours done cannot be made there`,
      );
    const count = (taken.get(place) ?? 0) + 1;
    taken.set(place, count);
    if (count > (place.capacity ?? 0))
      problem(
        'placement',
        `"${at.placement}" has ${place.capacity ?? 0} spot(s); this is person ${count} there`,
      );
    if (at.startOffsetDays < place.startOffsetDays)
      problem('startOffsetDays', `the place starts on day ${place.startOffsetDays}`);
    if (place.durationDays && place.startOffsetDays + place.durationDays < 0)
      problem('placement', `"${at.placement}" has ended`);
    if (at.startOffsetDays < p.pipOffsetDays)
      problem('startOffsetDays', `the integration term starts on day ${p.pipOffsetDays}`);
    if (p.availableFromOffsetDays != null && at.startOffsetDays < p.availableFromOffsetDays)
      problem('startOffsetDays', `the participant is available from day ${p.availableFromOffsetDays}`);
  });
}

const PLACE_ROLES = new Set<Role>([Role.EMPLOYER, Role.PARTNER]);

/**
 * Reads data/demo (or `dir`) and checks every record; throws a DemoDataError listing every
 * problem. `start` is the day the relative dates are counted from while checking.
 */
export function loadDemoSet(dir: string = DEMO_DATA_DIR, start: string = today()): DemoSet {
  const problems: string[] = [];
  const set: DemoSet = {
    organisations: loadFile(dir, ORGANISATIONS, start, problems),
    users: loadFile(dir, USERS, start, problems),
    placements: loadFile(dir, PLACEMENTS, start, problems),
    participants: loadFile(dir, PARTICIPANTS, start, problems),
  };
  if (problems.length === 0) checkReferences(dir, set, problems);
  if (problems.length > 0) throw new DemoDataError(problems);
  return set;
}

let loaded: DemoSet | undefined;

/** The bundled demo set, read and checked on first use. */
export function demoSet(): DemoSet {
  loaded ??= loadDemoSet();
  return loaded;
}
