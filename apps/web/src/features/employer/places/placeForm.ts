/**
 * The place form's values, their checks before saving, and the conversion to and from the API's
 * place — apart from React so that it is tested on its own. The checks are the ones an employer
 * should hear about while typing; what only the API can judge (a postcode it does not know, a
 * place that is not complete enough to publish) comes back as its field errors.
 */
import type { ApiErrorLike, ErrorSummary } from '../../../graphql/errors';
import {
  fieldProblem,
  formProblems,
  type FieldProblem,
  type FieldWords,
} from '../../../graphql/fieldProblems';
import {
  checkSchedule,
  emptySchedule,
  fromSchedule,
  toScheduleInput,
  type ScheduleDraft,
  type ScheduleInputShape,
  type ScheduleKind,
  type Weekday,
} from './schedule';

export const PLACEMENT_TYPES = [
  'PARTICIPATIEPLEK',
  'VRIJWILLIGERSWERK',
  'WERKERVARINGSPLEK',
  'STAGE',
  'TAALSTAGE',
  'PROEFPLAATSING',
  'ACTIVITEIT',
] as const;
export const SECTORS = [
  'ADMINISTRATIE',
  'BOUW',
  'CULTUUR',
  'DETAILHANDEL',
  'GROEN',
  'HORECA',
  'KINDEROPVANG_ONDERWIJS',
  'KRINGLOOP',
  'LOGISTIEK',
  'ONTMOETING_TAAL',
  'PRODUCTIE',
  'SCHOONMAAK',
  'SPORT',
  'TECHNIEK',
  'WELZIJN',
  'ZORG',
] as const;
export const PHYSICAL_LOADS = ['LIGHT', 'MEDIUM', 'HEAVY'] as const;
export const CHILDCARE_KINDS = ['NONE', 'ON_SITE', 'CHILDREN_WELCOME'] as const;
export const LANGUAGE_SKILLS = ['SPEAKING', 'LISTENING', 'READING', 'WRITING'] as const;
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const LEARNING_ROUTES = ['Z_ROUTE', 'B1_ROUTE', 'ONDERWIJSROUTE', 'JONGERENROUTE'] as const;
export const TARGET_GROUPS = ['STATUSHOUDER', 'GEZINSMIGRANT', 'OVERIG'] as const;
export const AUDIENCES = ['EVERYONE', 'WOMEN', 'MEN'] as const;
export const COMPENSATIONS = ['NONE', 'VOLUNTEER_ALLOWANCE', 'PAID'] as const;
/**
 * Languages a group may be held in when it is not Dutch (ISO 639-1): the languages most spoken by
 * inburgeraars in the audit report's groups, plus the ones a place may be offered in for newcomers
 * from Ukraine. Their names come from the browser (Intl.DisplayNames), in the page's language.
 */
export const GROUP_LANGUAGES = [
  'ar',
  'ti',
  'fa',
  'ps',
  'so',
  'am',
  'tr',
  'ku',
  'uk',
  'ru',
  'en',
  'fr',
] as const;

export type PlacementType = (typeof PLACEMENT_TYPES)[number];
export type Sector = (typeof SECTORS)[number];
export type PhysicalLoad = (typeof PHYSICAL_LOADS)[number];
export type ChildcareKind = (typeof CHILDCARE_KINDS)[number];
export type LanguageSkill = (typeof LANGUAGE_SKILLS)[number];
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export type LearningRoute = (typeof LEARNING_ROUTES)[number];
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Compensation = (typeof COMPENSATIONS)[number];

/** One skill's requirement: no level means "not asked for". */
export interface SkillRequirement {
  level: LanguageLevel | '';
  required: boolean;
}

/** The form as typed: text fields stay text (an empty field is "not given"). */
export interface PlaceFormValues {
  type: PlacementType;
  title: string;
  sector: Sector | '';
  description: string;
  street: string;
  postcode: string;
  city: string;
  startDate: string;
  endDate: string;
  capacity: string;
  physicalLoad: PhysicalLoad | '';
  childcare: ChildcareKind;
  childMinAge: string;
  childMaxAge: string;
  language: Record<LanguageSkill, SkillRequirement>;
  dutchSpeakingEnvironment: 'yes' | 'no' | '';
  openToRoutes: LearningRoute[];
  openToTargetGroups: TargetGroup[];
  audience: Audience;
  compensation: Compensation;
  /** ISO 639-1 code of the group's language; empty means the place is held in Dutch. */
  groupLanguage: string;
  schedule: ScheduleDraft;
}

/** A problem the form finds itself: a message id of the catalogues and its values. */
export interface OwnProblem {
  id: string;
  values?: Record<string, string | number>;
}

/** The fields of a place the form reads (the generated Placement type fits it). */
export interface PlacementLike {
  type: PlacementType;
  title: string;
  sector?: Sector | null;
  description?: string | null;
  location?: { street: string; postcode: string; city: string } | null;
  startDate?: string | null;
  endDate?: string | null;
  capacity?: number | null;
  physicalLoad?: PhysicalLoad | null;
  childcare: { kind: ChildcareKind; minAgeYears?: number | null; maxAgeYears?: number | null };
  languageRequirements: ReadonlyArray<{
    skill: LanguageSkill;
    level: LanguageLevel | 'NONE';
    required: boolean;
  }>;
  dutchSpeakingEnvironment?: boolean | null;
  openToRoutes: readonly LearningRoute[];
  openToTargetGroups: readonly TargetGroup[];
  audience: Audience;
  compensation: Compensation;
  groupLanguage?: string | null;
  schedule?: {
    kind: ScheduleKind;
    shifts: ReadonlyArray<{ day: Weekday; start: string; end: string }>;
    windows: ReadonlyArray<{ day: Weekday; start: string; end: string }>;
    minHoursPerWeek: number;
    maxHoursPerWeek: number;
  } | null;
}

/** What the form sends: the fields CreatePlacementInput and UpdatePlacementInput share. */
export interface PlacementFields {
  type: PlacementType;
  title: string;
  sector: Sector | null;
  description: string | null;
  location?: { street: string; postcode: string; city: string };
  startDate: string | null;
  endDate: string | null;
  capacity: number | null;
  physicalLoad: PhysicalLoad | null;
  childcare: { kind: ChildcareKind; minAgeYears?: number; maxAgeYears?: number };
  languageRequirements: Array<{ skill: LanguageSkill; level: LanguageLevel; required: boolean }>;
  dutchSpeakingEnvironment: boolean | null;
  openToRoutes: LearningRoute[];
  openToTargetGroups: TargetGroup[];
  audience: Audience;
  compensation: Compensation;
  groupLanguage: string | null;
  schedule: ScheduleInputShape | null;
}

const noLanguage = (): Record<LanguageSkill, SkillRequirement> => ({
  SPEAKING: { level: '', required: true },
  LISTENING: { level: '', required: true },
  READING: { level: '', required: true },
  WRITING: { level: '', required: true },
});

/** A blank form: a partner organisation's offer is usually an activity, an employer's a participation place. */
export function emptyPlaceForm(type: PlacementType = 'PARTICIPATIEPLEK'): PlaceFormValues {
  return {
    type,
    title: '',
    sector: '',
    description: '',
    street: '',
    postcode: '',
    city: '',
    startDate: '',
    endDate: '',
    capacity: '',
    physicalLoad: '',
    childcare: 'NONE',
    childMinAge: '',
    childMaxAge: '',
    language: noLanguage(),
    dutchSpeakingEnvironment: '',
    openToRoutes: [],
    openToTargetGroups: [],
    audience: 'EVERYONE',
    compensation: 'NONE',
    groupLanguage: '',
    schedule: emptySchedule(),
  };
}

export function fromPlacement(p: PlacementLike): PlaceFormValues {
  const language = noLanguage();
  for (const r of p.languageRequirements)
    if (r.level !== 'NONE') language[r.skill] = { level: r.level, required: r.required };
  return {
    type: p.type,
    title: p.title,
    sector: p.sector ?? '',
    description: p.description ?? '',
    street: p.location?.street ?? '',
    postcode: p.location?.postcode ?? '',
    city: p.location?.city ?? '',
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    capacity: p.capacity == null ? '' : String(p.capacity),
    physicalLoad: p.physicalLoad ?? '',
    childcare: p.childcare.kind,
    childMinAge: p.childcare.minAgeYears == null ? '' : String(p.childcare.minAgeYears),
    childMaxAge: p.childcare.maxAgeYears == null ? '' : String(p.childcare.maxAgeYears),
    language,
    dutchSpeakingEnvironment:
      p.dutchSpeakingEnvironment == null ? '' : p.dutchSpeakingEnvironment ? 'yes' : 'no',
    openToRoutes: [...p.openToRoutes],
    openToTargetGroups: [...p.openToTargetGroups],
    audience: p.audience,
    compensation: p.compensation,
    groupLanguage: p.groupLanguage ?? '',
    schedule: fromSchedule(p.schedule),
  };
}

const POSTCODE = /^[1-9]\d{3}\s?[A-Za-z]{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;

/**
 * A copy of an existing place as a new draft: everything but the dates (a copy starts again) and
 * the title, which says it is a copy so that the two can be told apart in the list.
 */
export function copyOf(values: PlaceFormValues, copyTitle: (title: string) => string): PlaceFormValues {
  return { ...values, title: copyTitle(values.title), startDate: '', endDate: '' };
}

/**
 * What is wrong with the form, by field name (the API's spelling, so that its errors land on the
 * same fields; schedule problems as `schedule.shifts.0` and so on). A draft may leave most fields
 * empty: only what is typed is checked, and the title, which every place needs.
 */
export function checkPlaceForm(v: PlaceFormValues): Record<string, OwnProblem> {
  const problems: Record<string, OwnProblem> = {};
  const title = v.title.trim();
  if (title.length < 3 || title.length > 150) problems.title = { id: 'employer.form.error.title' };
  if (v.description.length > 5000) problems.description = { id: 'employer.form.error.description' };
  const anyAddress = v.street.trim() || v.postcode.trim() || v.city.trim();
  if (anyAddress) {
    if (!POSTCODE.test(v.postcode.trim())) problems.location = { id: 'employer.form.error.postcode' };
    else if (!v.street.trim() || !v.city.trim()) problems.location = { id: 'employer.form.error.address' };
  }
  if (v.startDate && !DATE.test(v.startDate)) problems.startDate = { id: 'employer.form.error.date' };
  if (v.endDate && !DATE.test(v.endDate)) problems.endDate = { id: 'employer.form.error.date' };
  else if (v.startDate && v.endDate && v.endDate < v.startDate)
    problems.endDate = { id: 'employer.form.error.endBeforeStart' };
  if (v.capacity.trim()) {
    const n = Number(v.capacity.trim());
    if (!WHOLE.test(v.capacity.trim()) || n < 1 || n > 1000)
      problems.capacity = { id: 'employer.form.error.capacity' };
  }
  if (v.childcare === 'ON_SITE') {
    const min = v.childMinAge.trim();
    const max = v.childMaxAge.trim();
    const age = (s: string) => WHOLE.test(s) && Number(s) <= 17;
    if (!age(min) || !age(max)) problems.childcare = { id: 'employer.form.error.childAges' };
    else if (Number(min) > Number(max)) problems.childcare = { id: 'employer.form.error.childAgeOrder' };
  }
  // Hours in a group held in another language never count toward the 800; the API refuses the pair.
  if (v.groupLanguage && v.dutchSpeakingEnvironment === 'yes')
    problems.dutchSpeakingEnvironment = { id: 'employer.form.error.dutchWithGroupLanguage' };
  // An untouched schedule is "not given yet" on a draft; once a shift or window is added it is checked.
  if (scheduleGiven(v.schedule)) {
    for (const [field, problem] of Object.entries(checkSchedule(v.schedule)))
      // Joined, not a template: the catalogue spec reads a template's prefix as a message id.
      problems[['schedule', field].join('.')] = problem;
  }
  return problems;
}

function scheduleGiven(s: ScheduleDraft): boolean {
  return s.shifts.length > 0 || s.windows.length > 0 || s.minHoursPerWeek !== '' || s.maxHoursPerWeek !== '';
}

/** The form as the API's fields: empty text clears a field (null), as UpdatePlacementInput allows. */
export function toPlacementFields(v: PlaceFormValues): PlacementFields {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  const postcode = v.postcode
    .trim()
    .toUpperCase()
    .replace(/^(\d{4})\s?([A-Z]{2})$/, '$1 $2');
  return {
    type: v.type,
    title: v.title.trim(),
    sector: v.sector || null,
    description: text(v.description),
    // Omitted when blank: the place keeps its address (the organisation's, for a new place).
    ...(v.postcode.trim() ? { location: { street: v.street.trim(), postcode, city: v.city.trim() } } : {}),
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    capacity: v.capacity.trim() ? Number(v.capacity.trim()) : null,
    physicalLoad: v.physicalLoad || null,
    childcare:
      v.childcare === 'ON_SITE'
        ? { kind: 'ON_SITE', minAgeYears: Number(v.childMinAge), maxAgeYears: Number(v.childMaxAge) }
        : { kind: v.childcare },
    languageRequirements: LANGUAGE_SKILLS.flatMap((skill) => {
      const r = v.language[skill];
      return r.level ? [{ skill, level: r.level, required: r.required }] : [];
    }),
    dutchSpeakingEnvironment: v.dutchSpeakingEnvironment === '' ? null : v.dutchSpeakingEnvironment === 'yes',
    openToRoutes: v.openToRoutes,
    openToTargetGroups: v.openToTargetGroups,
    audience: v.audience,
    compensation: v.compensation,
    groupLanguage: v.groupLanguage || null,
    schedule: scheduleGiven(v.schedule) ? toScheduleInput(v.schedule) : null,
  };
}

/**
 * The place's fields in the order the form shows them (for its error summary and the focus after
 * saving); the API's field errors are named by them. An error on any other field (placementId) is
 * said in general words.
 */
export const PLACE_FIELDS = [
  'type',
  'title',
  'sector',
  'description',
  'schedule',
  'languageRequirements',
  'openToRoutes',
  'openToTargetGroups',
  'audience',
  'physicalLoad',
  'compensation',
  'childcare',
  'groupLanguage',
  'dutchSpeakingEnvironment',
  'location',
  'capacity',
  'startDate',
  'endDate',
] as const;

/**
 * The place form's own words for some of the API's field codes (`field/CODE`, see
 * graphql/fieldProblems.ts): where the general words ("Vul dit in.") would be vague beside the field.
 */
export const PLACE_WORDS: FieldWords = {
  'sector/REQUIRED': 'employer.form.error.choose',
  'physicalLoad/REQUIRED': 'employer.form.error.choose',
  'dutchSpeakingEnvironment/REQUIRED': 'employer.form.error.choose',
  'dutchSpeakingEnvironment/CONTRADICTS': 'employer.form.error.dutchWithGroupLanguage',
  'childcare/REQUIRED': 'employer.form.error.childAges',
  'childcare/MIN_ABOVE_MAX': 'employer.form.error.childAgeOrder',
  'endDate/END_BEFORE_START': 'employer.form.error.endBeforeStart',
  'endDate/DATE_IN_THE_PAST': 'employer.form.error.ended',
  'schedule/REQUIRED': 'employer.form.error.scheduleNeeded',
};

/** The same inside the schedule, by its first part (`shifts`, `windows`, `minHoursPerWeek`…). */
export const SCHEDULE_WORDS: FieldWords = {
  'shifts/TOO_FEW': 'employer.schedule.error.noShifts',
  'windows/TOO_FEW': 'employer.schedule.error.noWindows',
  'shifts/OUT_OF_RANGE': 'employer.schedule.error.tooManyHours',
  'minHoursPerWeek/REQUIRED': 'employer.schedule.error.minNeeded',
  'maxHoursPerWeek/REQUIRED': 'employer.schedule.error.maxNeeded',
  'maxHoursPerWeek/NOT_POSITIVE': 'employer.schedule.error.maxPositive',
  'minHoursPerWeek/MIN_ABOVE_MAX': 'employer.schedule.error.minAboveMaxHours',
};

/**
 * The API's errors for the place form, in the interface language where it has words: by field for
 * the fields it shows (`shown`), and the general lines of its summary (graphql/fieldProblems.ts).
 */
export function apiPlaceProblems(summary: ErrorSummary, shown: readonly string[]) {
  return formProblems(summary, shown, { words: PLACE_WORDS });
}

/**
 * The API's schedule errors, shift by shift: `input.schedule.shifts.1` → `shifts.1`, so that the
 * message lands beside that shift (the general error mapping keeps only the field, `schedule`);
 * in the interface language where the code has words, else the API's text.
 */
export function apiScheduleProblems(error: ApiErrorLike): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const e of error.graphQLErrors ?? []) {
    const list = e.extensions?.fields;
    if (!Array.isArray(list)) continue;
    for (const f of list as Array<{ path?: unknown; message?: unknown; code?: unknown; params?: unknown }>) {
      if (typeof f.path !== 'string' || typeof f.message !== 'string') continue;
      const match = /^(?:input\.)?schedule\.(.+)$/.exec(f.path);
      if (!match || match[1] in problems) continue;
      const coded =
        typeof f.code === 'string'
          ? {
              code: f.code,
              ...(typeof f.params === 'object' && f.params !== null
                ? { params: f.params as Record<string, string | number> }
                : {}),
            }
          : undefined;
      problems[match[1]] = fieldProblem(match[1].split('.')[0], f.message, coded, SCHEDULE_WORDS);
    }
  }
  return problems;
}
