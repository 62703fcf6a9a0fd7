/**
 * The client intake/edit form's values, its checks while typing, the week grid, and the
 * conversion to and from the API's participant — apart from React so that it is tested on its own.
 * The API is the source of truth: what only it can judge (a postcode it does not know, a date that
 * is not in the calendar, overlapping ranges) comes back as field errors with a stable code, which
 * `apiProblems` (graphql/fieldProblems.ts) turns into the catalogue's words.
 */
import type { FieldProblem } from '../../../../graphql/fieldProblems';

// The API's field errors in the catalogue's words live with the GraphQL client, shared by every form.
export { apiProblems, TRANSLATED_CODES, type FieldProblem } from '../../../../graphql/fieldProblems';

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export const LEARNING_ROUTES = ['Z_ROUTE', 'B1_ROUTE', 'ONDERWIJSROUTE', 'JONGERENROUTE'] as const;
export const TARGET_GROUPS = ['STATUSHOUDER', 'GEZINSMIGRANT', 'OVERIG'] as const;
export const SKILLS = ['speaking', 'listening', 'reading', 'writing'] as const;
export const LEVELS = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const TRAVEL_MODES = ['WALK', 'BIKE', 'EBIKE', 'PUBLIC_TRANSPORT', 'CAR'] as const;
export const PHYSICAL_LOADS = ['LIGHT', 'MEDIUM', 'HEAVY'] as const;
export const GENDERS = ['FEMALE', 'MALE'] as const;
export const COMPENSATION = ['NO_PREFERENCE', 'PAID_PREFERRED', 'PAID_ONLY'] as const;

/** Parts of the day the week grid shows; each is one cell per weekday. */
export const DAYPARTS = [
  { part: 'MORNING', start: '08:00', end: '12:00' },
  { part: 'AFTERNOON', start: '12:00', end: '17:00' },
  { part: 'EVENING', start: '17:00', end: '21:00' },
] as const;
/** What a cell of the grid holds. */
export const CELL_STATES = ['BUSY', 'FREE', 'LANGUAGE_CLASS', 'OTHER'] as const;

export type Weekday = (typeof WEEKDAYS)[number];
export type Daypart = (typeof DAYPARTS)[number]['part'];
export type CellState = (typeof CELL_STATES)[number];
export type Skill = (typeof SKILLS)[number];
export type Level = (typeof LEVELS)[number];
export type Route = (typeof LEARNING_ROUTES)[number];
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type TravelMode = (typeof TRAVEL_MODES)[number];
export type PhysicalLoad = (typeof PHYSICAL_LOADS)[number];
export type Gender = (typeof GENDERS)[number];
export type Compensation = (typeof COMPENSATION)[number];

/** `MON.MORNING` → what the participant does then. */
export type WeekGrid = Record<`${Weekday}.${Daypart}`, CellState>;
/** `MON.MORNING` → childcare is arranged then. */
export type CoverGrid = Record<`${Weekday}.${Daypart}`, boolean>;

export interface TimeRange {
  day: Weekday;
  start: string;
  end: string;
}
export interface Commitment {
  kind: 'LANGUAGE_CLASS' | 'OTHER';
  label: string;
  range: TimeRange;
}

/** The form as typed: text fields stay text (an empty field is "not given"). */
export interface ParticipantFormValues {
  clientReference: string;
  nickname: string;
  route: Route;
  targetGroup: TargetGroup;
  pipDate: string;
  availableFrom: string;
  languageLevels: Record<Skill, Level>;
  otherLanguages: string;
  week: WeekGrid;
  /** The grid was changed: only then are availability and commitments sent (see toParticipantInput). */
  weekChanged: boolean;
  childcareNeeded: boolean;
  childrenAges: string;
  cover: CoverGrid;
  /** The cover grid was changed: until then the stored ranges are sent back unchanged. */
  coverChanged: boolean;
  storedCover: TimeRange[];
  travelModes: TravelMode[];
  maxTravelMinutes: string;
  maxHoursPerWeek: string;
  homePostcode: string;
  physicalCapacity: PhysicalLoad;
  gender: Gender | '';
  compensationPreference: Compensation;
  paidWorkHoursPerWeek: string;
  mapExemptionRecorded: boolean;
  consentToBeProposed: boolean;
}

/** The fields of a participant the form reads (the generated Participant type fits it). */
export interface ParticipantLike {
  clientReference: string;
  nickname?: string | null;
  route: Route;
  targetGroup: TargetGroup;
  pipDate: string;
  availableFrom?: string | null;
  languageLevels: Record<Skill, Level>;
  otherLanguages: readonly string[];
  availability: ReadonlyArray<TimeRange>;
  commitments: ReadonlyArray<Commitment>;
  childcare: { needed: boolean; childrenAges: readonly number[]; covered: ReadonlyArray<TimeRange> };
  travelModes: readonly TravelMode[];
  maxTravelMinutes: number;
  maxHoursPerWeek: number;
  homePostcode: string;
  physicalCapacity: PhysicalLoad;
  gender?: Gender | null;
  compensationPreference: Compensation;
  paidWorkHoursPerWeek?: number | null;
  mapExemptionRecorded: boolean;
  consentToBeProposed: boolean;
}

const cells = <T>(value: T): Record<`${Weekday}.${Daypart}`, T> =>
  Object.fromEntries(WEEKDAYS.flatMap((d) => DAYPARTS.map(({ part }) => [`${d}.${part}`, value]))) as Record<
    `${Weekday}.${Daypart}`,
    T
  >;

export function emptyWeek(): WeekGrid {
  return cells<CellState>('BUSY');
}

export function emptyCover(): CoverGrid {
  return cells(false);
}

export function emptyParticipantForm(): ParticipantFormValues {
  return {
    clientReference: '',
    nickname: '',
    route: 'Z_ROUTE',
    targetGroup: 'STATUSHOUDER',
    pipDate: '',
    availableFrom: '',
    languageLevels: { speaking: 'NONE', listening: 'NONE', reading: 'NONE', writing: 'NONE' },
    otherLanguages: '',
    week: emptyWeek(),
    weekChanged: false,
    childcareNeeded: false,
    childrenAges: '',
    cover: emptyCover(),
    coverChanged: false,
    storedCover: [],
    travelModes: [],
    maxTravelMinutes: '',
    maxHoursPerWeek: '',
    homePostcode: '',
    physicalCapacity: 'LIGHT',
    gender: '',
    compensationPreference: 'NO_PREFERENCE',
    paidWorkHoursPerWeek: '',
    mapExemptionRecorded: false,
    consentToBeProposed: false,
  };
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes a range and a daypart share on the same day. */
function shared(range: TimeRange, day: Weekday, start: string, end: string): number {
  if (range.day !== day) return 0;
  const a = Math.max(minutes(range.start), minutes(start));
  const rangeEnd = minutes(range.end) <= minutes(range.start) ? 24 * 60 : minutes(range.end);
  const b = Math.min(rangeEnd, minutes(end));
  return Math.max(0, b - a);
}

/** A cell takes the state of the ranges covering at least half of it (commitments before free time). */
export function toWeekGrid(
  availability: ReadonlyArray<TimeRange>,
  commitments: ReadonlyArray<Commitment>,
): WeekGrid {
  const grid = emptyWeek();
  for (const day of WEEKDAYS) {
    for (const { part, start, end } of DAYPARTS) {
      const half = (minutes(end) - minutes(start)) / 2;
      const covered = (ranges: ReadonlyArray<TimeRange>) =>
        ranges.reduce((sum, r) => sum + shared(r, day, start, end), 0) >= half;
      const language = commitments.filter((c) => c.kind === 'LANGUAGE_CLASS').map((c) => c.range);
      const other = commitments.filter((c) => c.kind === 'OTHER').map((c) => c.range);
      grid[`${day}.${part}`] = covered(language)
        ? 'LANGUAGE_CLASS'
        : covered(other)
          ? 'OTHER'
          : covered(availability)
            ? 'FREE'
            : 'BUSY';
    }
  }
  return grid;
}

export function toCoverGrid(covered: ReadonlyArray<TimeRange>): CoverGrid {
  const grid = emptyCover();
  for (const day of WEEKDAYS)
    for (const { part, start, end } of DAYPARTS)
      grid[`${day}.${part}`] =
        covered.reduce((sum, r) => sum + shared(r, day, start, end), 0) >=
        (minutes(end) - minutes(start)) / 2;
  return grid;
}

/** The ranges of the cells that pass `pick`, with neighbouring cells of a day joined into one range. */
export function rangesOf<T>(
  grid: Record<`${Weekday}.${Daypart}`, T>,
  pick: (value: T) => boolean,
): TimeRange[] {
  const ranges: TimeRange[] = [];
  for (const day of WEEKDAYS) {
    let open: TimeRange | undefined;
    for (const { part, start, end } of DAYPARTS) {
      if (!pick(grid[`${day}.${part}`])) {
        open = undefined;
        continue;
      }
      if (open && open.end === start) open.end = end;
      else {
        open = { day, start, end };
        ranges.push(open);
      }
    }
  }
  return ranges;
}

export function fromParticipant(p: ParticipantLike): ParticipantFormValues {
  return {
    clientReference: p.clientReference,
    nickname: p.nickname ?? '',
    route: p.route,
    targetGroup: p.targetGroup,
    pipDate: p.pipDate,
    availableFrom: p.availableFrom ?? '',
    languageLevels: {
      speaking: p.languageLevels.speaking,
      listening: p.languageLevels.listening,
      reading: p.languageLevels.reading,
      writing: p.languageLevels.writing,
    },
    otherLanguages: p.otherLanguages.join(', '),
    week: toWeekGrid(p.availability, p.commitments),
    weekChanged: false,
    childcareNeeded: p.childcare.needed,
    childrenAges: p.childcare.childrenAges.join(', '),
    cover: toCoverGrid(p.childcare.covered),
    coverChanged: false,
    storedCover: p.childcare.covered.map((r) => ({ day: r.day, start: r.start, end: r.end })),
    travelModes: [...p.travelModes],
    maxTravelMinutes: String(p.maxTravelMinutes),
    maxHoursPerWeek: String(p.maxHoursPerWeek),
    homePostcode: p.homePostcode,
    physicalCapacity: p.physicalCapacity,
    gender: p.gender ?? '',
    compensationPreference: p.compensationPreference,
    paidWorkHoursPerWeek: p.paidWorkHoursPerWeek == null ? '' : String(p.paidWorkHoursPerWeek),
    mapExemptionRecorded: p.mapExemptionRecorded,
    consentToBeProposed: p.consentToBeProposed,
  };
}

const POSTCODE = /^[1-9]\d{3}\s?([A-Za-z]{2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;
const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/;
const LANGUAGE_CODE = /^[a-z]{2}$/;

/** A number as typed by a Dutch or English speaker ("2,5" or "2.5"); NaN when it is not one. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

function list(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const p = (id: string, values?: Record<string, string | number>): FieldProblem =>
  values ? { id: `participantForm.error.${id}`, values } : { id: `participantForm.error.${id}` };

/**
 * What is wrong with the form, by the API's field name (so that its errors land on the same
 * fields). Cheap checks only; `creating` adds what a new participant needs.
 */
export function checkParticipantForm(
  v: ParticipantFormValues,
  creating: boolean,
): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  const reference = v.clientReference.trim();
  if (creating) {
    if (!reference) problems.clientReference = p('required');
    else if (reference.length > 40) problems.clientReference = p('tooLong', { max: 40 });
    else if (!REFERENCE.test(reference)) problems.clientReference = p('reference');
  }
  if (v.nickname.trim().length > 40) problems.nickname = p('tooLong', { max: 40 });
  if (!v.pipDate) problems.pipDate = p('required');
  else if (!DATE.test(v.pipDate)) problems.pipDate = p('date');
  if (v.availableFrom && !DATE.test(v.availableFrom)) problems.availableFrom = p('date');
  const languages = list(v.otherLanguages.toLowerCase());
  if (languages.some((c) => !LANGUAGE_CODE.test(c))) problems.otherLanguages = p('languageCodes');
  else if (languages.length > 10) problems.otherLanguages = p('tooMany', { max: 10 });
  if (!Object.values(v.week).includes('FREE')) problems.availability = p('noFreeTime');
  if (v.childcareNeeded) {
    const ages = list(v.childrenAges);
    if (ages.length === 0) problems.childcare = p('childrenAges');
    else if (ages.some((a) => !WHOLE.test(a) || Number(a) > 17)) problems.childcare = p('childAge');
  }
  if (v.travelModes.length === 0) problems.travelModes = p('travelModes');
  const travel = v.maxTravelMinutes.trim();
  if (!travel) problems.maxTravelMinutes = p('required');
  else if (!WHOLE.test(travel) || Number(travel) < 1 || Number(travel) > 180)
    problems.maxTravelMinutes = p('range', { min: 1, max: 180 });
  const hours = parseNumber(v.maxHoursPerWeek);
  if (!v.maxHoursPerWeek.trim()) problems.maxHoursPerWeek = p('required');
  else if (!(hours >= 0.25 && hours <= 60)) problems.maxHoursPerWeek = p('range', { min: 0.25, max: 60 });
  if (!v.homePostcode.trim()) problems.homePostcode = p('required');
  else if (!POSTCODE.test(v.homePostcode.trim())) problems.homePostcode = p('postcode');
  if (v.paidWorkHoursPerWeek.trim()) {
    const paid = parseNumber(v.paidWorkHoursPerWeek);
    if (!(paid >= 0 && paid <= 60)) problems.paidWorkHoursPerWeek = p('range', { min: 0, max: 60 });
    else if (Math.round(paid * 4) !== paid * 4) problems.paidWorkHoursPerWeek = p('quarterHours');
  }
  return problems;
}

/** The labels a grid's commitments get (the API needs one; the coach sees them on the client page). */
export interface CommitmentLabels {
  LANGUAGE_CLASS: string;
  OTHER: string;
}

/**
 * The form as the API's fields (CreateParticipantInput without the key; UpdateParticipantInput
 * without the id). The week grid is sent only when it was changed (or on create), so that saving
 * other fields keeps availability written to the minute by another client.
 */
export function toParticipantInput(
  v: ParticipantFormValues,
  options: { creating: boolean; labels: CommitmentLabels },
) {
  const postcode = v.homePostcode
    .trim()
    .toUpperCase()
    .replace(/^(\d{4})\s?([A-Z]{2})$/, '$1 $2');
  const paid = v.paidWorkHoursPerWeek.trim();
  const week =
    options.creating || v.weekChanged
      ? {
          availability: rangesOf(v.week, (s) => s === 'FREE'),
          commitments: (['LANGUAGE_CLASS', 'OTHER'] as const).flatMap((kind) =>
            rangesOf(v.week, (s) => s === kind).map((range) => ({
              kind,
              label: options.labels[kind],
              range,
            })),
          ),
        }
      : {};
  const childcare = {
    needed: v.childcareNeeded,
    childrenAges: v.childcareNeeded ? list(v.childrenAges).map(Number) : [],
    covered: options.creating || v.coverChanged ? rangesOf(v.cover, Boolean) : v.storedCover,
  };
  return {
    ...(options.creating ? { clientReference: v.clientReference.trim() } : {}),
    nickname: v.nickname.trim() || null,
    route: v.route,
    targetGroup: v.targetGroup,
    pipDate: v.pipDate,
    availableFrom: v.availableFrom || null,
    languageLevels: { ...v.languageLevels },
    otherLanguages: list(v.otherLanguages.toLowerCase()),
    ...week,
    // Sent whole (the API replaces childcare as a whole); the cover as stored until its grid changes.
    childcare,
    travelModes: [...v.travelModes],
    maxTravelMinutes: Number(v.maxTravelMinutes.trim()),
    maxHoursPerWeek: parseNumber(v.maxHoursPerWeek),
    homePostcode: postcode,
    physicalCapacity: v.physicalCapacity,
    gender: v.gender || null,
    compensationPreference: v.compensationPreference,
    paidWorkHoursPerWeek: paid ? parseNumber(paid) : null,
    mapExemptionRecorded: v.mapExemptionRecorded,
    // On edit, consent is only given here; withdrawing it is its own action with its own warning.
    ...(options.creating || v.consentToBeProposed ? { consentToBeProposed: v.consentToBeProposed } : {}),
  };
}
