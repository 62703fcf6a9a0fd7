import {
  COMPENSATION_PREFERENCES,
  COMPENSATIONS,
  CRITERIA,
  LANGUAGE_LEVELS,
  LANGUAGE_SKILLS,
  type Criterion,
} from '@plekwijzer/domain';
import type { TravelEstimate, TravelTimeProvider } from '@plekwijzer/geo';
import {
  AUDIENCE_EVERYONE,
  AUDIENCE_WOMEN,
  CHILDCARE_ON_SITE,
  CHILDCARE_WELCOME,
  COMPENSATION_PAID,
  GENDER_FEMALE,
  GENDER_MALE,
  GENDER_UNKNOWN,
  PREFERENCE_PAID_ONLY,
  type CompiledParticipant,
  type CompiledPlacements,
} from './compile.js';
import {
  COMPENSATION_LABEL,
  formatHours,
  formatMinutesValue,
  formatRanges,
  formatNumber,
  languageName,
  formatDay,
  levelLabel,
  LOAD_LABEL,
  MODE_LABEL,
  PREFERENCE_LABEL,
  ROUTE_LABEL,
  SKILL_LABEL,
  STATUS_LABEL,
  TARGET_GROUP_LABEL,
  type Lang,
} from './format.js';
import { countAnd, countAnd3, isSubset, SLOT_MINUTES, SLOT_WORDS, WeekSlots } from './schedule.js';
import { type Check, type MatchOptions } from './types.js';

/*
 * Each hard criterion is one predicate over the compiled arrays. The hot loop in the engine and the
 * explanation builder below call the same predicates, so a check's `passed` can never disagree with
 * whether the engine counted the place as a match or a near miss.
 */

export function statusOk(c: CompiledPlacements, i: number): boolean {
  return c.published[i] === 1;
}

export function capacityOk(c: CompiledPlacements, i: number): boolean {
  return c.hasRoom[i] === 1;
}

/**
 * Who the place is for. A women's place needs a participant recorded as female, a men's place one
 * recorded as male. A participant whose gender is not recorded fits neither: the engine does not
 * guess, and the check asks the coach to record it (the coach is the only one who sees checks).
 */
export function audienceOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  const audience = c.audience[i];
  if (audience === AUDIENCE_EVERYONE) return true;
  return p.gender === (audience === AUDIENCE_WOMEN ? GENDER_FEMALE : GENDER_MALE);
}

/** A place held in another language than Dutch needs a participant who speaks that language. */
export function groupLanguageOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  const language = c.groupLanguage[i];
  return language === null || p.languages.has(language);
}

/** "Paid work only" excludes every place that is not paid; the other preferences only rank. */
export function compensationOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  return p.compensationPreference !== PREFERENCE_PAID_ONLY || c.compensation[i] === COMPENSATION_PAID;
}

export function routeOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  return (c.routeMask[i] & p.routeBit) !== 0;
}

export function groupOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  return (c.groupMask[i] & p.groupBit) !== 0;
}

export function loadOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  return c.load[i] <= p.load;
}

export function hoursOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  return c.minMinutes[i] <= p.maxMinutes;
}

export function datesOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  return p.windowStart <= p.windowEnd && c.start[i] <= p.windowEnd && c.end[i] >= p.windowStart;
}

export function zRouteOk(
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  exclude: boolean,
): boolean {
  return !(exclude && p.zRoute && c.dutch[i] === 0);
}

/** Number of required skills met only thanks to the stretch, or -1 when the criterion fails. */
export function languageStretches(
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  stretch: boolean,
): number {
  let stretched = 0;
  const base = 4 * i;
  for (let k = 0; k < 4; k++) {
    const req = c.reqLevel[base + k];
    if (req < 0) continue;
    const lvl = p.level[k];
    if (lvl >= req) continue;
    if (stretch && lvl === req - 1) stretched++;
    else return -1;
  }
  return stretched;
}

export function availabilityOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  const off = SLOT_WORDS * i;
  if (c.flexible[i] === 1) return countAnd(c.slots, off, p.free, 0) * SLOT_MINUTES >= c.flexNeedMinutes[i];
  return isSubset(c.slots, off, p.free, 0);
}

/** On-site childcare helps only when every child's age is known and inside the range (inclusive). */
export function onSiteCareFits(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  return (
    c.childcare[i] === CHILDCARE_ON_SITE &&
    p.minChildAge >= c.careMinAge[i] &&
    p.maxChildAge <= c.careMaxAge[i]
  );
}

/** True when the place itself takes care of the childcare question. */
export function placeCoversCare(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  return c.childcare[i] === CHILDCARE_WELCOME || onSiteCareFits(c, i, p);
}

export function childcareOk(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  if (!p.needsCare || placeCoversCare(c, i, p)) return true;
  const off = SLOT_WORDS * i;
  if (c.flexible[i] === 1) {
    return countAnd3(c.slots, off, p.free, 0, p.covered, 0) * SLOT_MINUTES >= c.flexNeedMinutes[i];
  }
  return isSubset(c.slots, off, p.covered, 0);
}

/**
 * Fastest of the participant's modes; a tie keeps the earlier mode in TRAVEL_MODES order. With
 * `reachByMode`, a mode whose reach bound is below `distance` is not estimated: it cannot be within
 * the maximum, so it can neither make the place fit nor be the best of a fitting place.
 */
export function bestTravel(
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  travel: TravelTimeProvider,
  distance = 0,
  reachByMode?: Float64Array,
): TravelEstimate | null {
  let best: TravelEstimate | null = null;
  for (let k = 0; k < p.modes.length; k++) {
    if (reachByMode !== undefined && distance > reachByMode[k]) continue;
    const e = travel.estimate(p.src.home, c.src[i].location, p.modes[k]);
    if (best === null || e.minutes < best.minutes) best = e;
  }
  return best;
}

export function travelOk(best: TravelEstimate | null, p: CompiledParticipant): boolean {
  return best !== null && best.minutes <= p.src.maxTravelMinutes;
}

/** Weekly hours the participant can really spend at place i (FIXED: the shifts; FLEXIBLE: usable overlap). */
export function usableWeeklyHours(c: CompiledPlacements, i: number, p: CompiledParticipant): number {
  if (c.flexible[i] === 0) return c.minMinutes[i] / 60;
  const off = SLOT_WORDS * i;
  const slots =
    p.needsCare && !placeCoversCare(c, i, p)
      ? countAnd3(c.slots, off, p.free, 0, p.covered, 0)
      : countAnd(c.slots, off, p.free, 0);
  return (slots * SLOT_MINUTES) / 60;
}

// ---------------------------------------------------------------------------------------------
// Explanations: built only for the places that are returned.

export function placeSlots(c: CompiledPlacements, i: number): WeekSlots {
  return WeekSlots.view(c.slots.subarray(SLOT_WORDS * i, SLOT_WORDS * (i + 1)));
}

/** One check with its texts; `describe` runs once per language. */
function check(
  criterion: Criterion,
  passed: boolean,
  describe: (lang: Lang) => string,
  flagged = false,
): Check {
  return { criterion, passed, flagged, detailNl: describe('nl'), detailEn: describe('en') };
}

/**
 * The checks whose texts the caller does not read (texts empty): four per criterion (passed ×
 * flagged), made once and shared, frozen, by every answer. A list of 25 near misses needed 375 new
 * objects per request for them (issue 13).
 */
const BARE = {} as Record<Criterion, readonly Check[]>;
for (const criterion of CRITERIA) {
  BARE[criterion] = [false, true].flatMap((passed) =>
    [false, true].map((flagged) =>
      Object.freeze<Check>({ criterion, passed, flagged, detailNl: '', detailEn: '' }),
    ),
  );
}

/** One check whose texts the caller does not read. */
function bare(criterion: Criterion, passed: boolean, flagged = false): Check {
  return BARE[criterion][(passed ? 2 : 0) + (flagged ? 1 : 0)];
}

/** A text per language, for checks whose Dutch and English differ in more than a word or two. */
const texts =
  (nl: () => string, en: () => string) =>
  (lang: Lang): string =>
    lang === 'nl' ? nl() : en();

function levelName(index: number, lang: Lang): string {
  return levelLabel(LANGUAGE_LEVELS[index], lang);
}

function languageCheck(c: CompiledPlacements, i: number, p: CompiledParticipant, stretch: boolean): Check {
  const stretched = languageStretches(c, i, p, stretch);
  let required = 0;
  for (let k = 0; k < 4; k++) if (c.reqLevel[4 * i + k] >= 0) required++;
  if (required === 0)
    return check('LANGUAGE', true, (lang) => (lang === 'nl' ? 'geen taaleis' : 'no language requirement'));
  const describe = (lang: Lang): string => {
    const parts: string[] = [];
    for (let k = 0; k < 4; k++) {
      const req = c.reqLevel[4 * i + k];
      if (req < 0) continue;
      const lvl = p.level[k];
      const skill = SKILL_LABEL[lang][LANGUAGE_SKILLS[k]];
      const have = levelName(lvl, lang);
      const want = levelName(req, lang);
      const requiredWord = lang === 'nl' ? 'vereist' : 'required';
      if (lvl >= req) parts.push(`${skill} ${have} ≥ ${want} ${requiredWord}`);
      else if (stretch && lvl === req - 1) {
        parts.push(
          `${skill} ${have}, ${want} ${requiredWord} (${lang === 'nl' ? 'stretch van één niveau' : 'one-level stretch'})`,
        );
      } else parts.push(`${skill} ${have} < ${want} ${requiredWord}`);
    }
    return parts.join('; ');
  };
  return check('LANGUAGE', stretched >= 0, describe, stretched > 0);
}

function audienceCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const audience = c.audience[i];
  if (audience === AUDIENCE_EVERYONE)
    return check('AUDIENCE', true, (lang) => (lang === 'nl' ? 'open voor iedereen' : 'open to everyone'));
  const women = audience === AUDIENCE_WOMEN;
  const forNl = women ? 'alleen voor vrouwen' : 'alleen voor mannen';
  const forEn = women ? 'women only' : 'men only';
  if (p.gender === GENDER_UNKNOWN) {
    return check(
      'AUDIENCE',
      false,
      texts(
        () =>
          `${forNl}; geslacht van de deelnemer niet vastgelegd (leg het vast als deze plek in aanmerking komt)`,
        () => `${forEn}; the participant's gender is not recorded (record it if this place is an option)`,
      ),
    );
  }
  const isNl = p.gender === GENDER_MALE ? 'een man' : 'een vrouw';
  const isEn = p.gender === GENDER_MALE ? 'a man' : 'a woman';
  return check(
    'AUDIENCE',
    audienceOk(c, i, p),
    texts(
      () => `${forNl}; deelnemer is ${isNl}`,
      () => `${forEn}; the participant is ${isEn}`,
    ),
  );
}

function groupLanguageCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const language = c.groupLanguage[i];
  if (language === null)
    return check('GROUP_LANGUAGE', true, (lang) => (lang === 'nl' ? 'in het Nederlands' : 'held in Dutch'));
  const ok = groupLanguageOk(c, i, p);
  return check(
    'GROUP_LANGUAGE',
    ok,
    texts(
      () => `in het ${languageName(language, 'nl')}; deelnemer spreekt het${ok ? '' : ' niet'}`,
      () => `held in ${languageName(language, 'en')}; the participant ${ok ? 'speaks' : 'does not speak'} it`,
    ),
  );
}

function compensationCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const place = COMPENSATIONS[c.compensation[i]];
  const preference = COMPENSATION_PREFERENCES[p.compensationPreference];
  return check(
    'COMPENSATION',
    compensationOk(c, i, p),
    (lang) => `${COMPENSATION_LABEL[lang][place]}; ${PREFERENCE_LABEL[lang][preference]}`,
  );
}

function availabilityCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const ok = availabilityOk(c, i, p);
  if (c.flexible[i] === 1) {
    return check('AVAILABILITY', ok, (lang) => {
      const overlap = (countAnd(c.slots, SLOT_WORDS * i, p.free, 0) * SLOT_MINUTES) / 60;
      const need = c.flexNeedMinutes[i] / 60;
      return (
        `${lang === 'nl' ? 'overlap met vrije tijd' : 'overlap with free time'} ${formatHours(overlap, lang)}/week ` +
        `${ok ? '≥' : '<'} ${formatHours(need, lang)} minimum`
      );
    });
  }
  if (ok) {
    const hours = c.minMinutes[i] / 60;
    const schedule = c.src[i].schedule;
    const count = schedule.kind === 'FIXED' ? schedule.shifts.length : 0;
    return check(
      'AVAILABILITY',
      true,
      texts(
        () =>
          `${count === 1 ? 'dienst' : `alle ${count} diensten`} (${formatHours(hours, 'nl')}/week) in vrije tijd`,
        () =>
          `${count === 1 ? 'shift' : `all ${count} shifts`} (${formatHours(hours, 'en')}/week) within free time`,
      ),
    );
  }
  let conflict: { ranges: ReturnType<WeekSlots['toRanges']>; inClass: boolean } | undefined;
  const conflictOf = () => {
    if (conflict) return conflict;
    const slots = placeSlots(c, i).subtract(p.freeSlots);
    return (conflict = { ranges: slots.toRanges(), inClass: slots.overlaps(p.classSlots) });
  };
  return check(
    'AVAILABILITY',
    false,
    texts(
      () =>
        `dienst ${formatRanges(conflictOf().ranges, 'nl')} valt buiten vrije tijd${conflictOf().inClass ? ' (taalles)' : ''}`,
      () =>
        `shift time ${formatRanges(conflictOf().ranges, 'en')} falls outside free time${conflictOf().inClass ? ' (language class)' : ''}`,
    ),
  );
}

function ageList(p: CompiledParticipant, lang: Lang): string {
  const ages = [...p.src.childcare.childrenAges].sort((a, b) => a - b).map((a) => formatNumber(a, lang));
  if (ages.length <= 1) return ages.join('');
  return `${ages.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${ages.at(-1)}`;
}

function careRangeText(c: CompiledPlacements, i: number, lang: Lang): string {
  return `${formatNumber(c.careMinAge[i], lang)}–${formatNumber(c.careMaxAge[i], lang)} ${lang === 'nl' ? 'jr' : 'yrs'}`;
}

function childcareCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  if (!p.needsCare)
    return check('CHILDCARE', true, (lang) => (lang === 'nl' ? 'geen opvang nodig' : 'no childcare needed'));
  if (c.childcare[i] === CHILDCARE_WELCOME)
    return check('CHILDCARE', true, (lang) => (lang === 'nl' ? 'kinderen welkom' : 'children welcome'));
  if (onSiteCareFits(c, i, p)) {
    return check(
      'CHILDCARE',
      true,
      texts(
        () => `opvang op locatie (${careRangeText(c, i, 'nl')}) voor kinderen van ${ageList(p, 'nl')}`,
        () => `on-site childcare (${careRangeText(c, i, 'en')}) for children aged ${ageList(p, 'en')}`,
      ),
    );
  }
  const ok = childcareOk(c, i, p);
  const prefix = (lang: Lang): string => {
    if (c.childcare[i] !== CHILDCARE_ON_SITE) return '';
    if (Number.isNaN(p.minChildAge))
      return lang === 'nl'
        ? 'opvang op locatie, maar leeftijden kinderen onbekend; '
        : 'on-site childcare, but children’s ages unknown; ';
    return lang === 'nl'
      ? `opvang op locatie is voor ${careRangeText(c, i, 'nl')}, kinderen zijn ${ageList(p, 'nl')}; `
      : `on-site childcare is for ${careRangeText(c, i, 'en')}, children are ${ageList(p, 'en')}; `;
  };
  if (c.flexible[i] === 1) {
    return check('CHILDCARE', ok, (lang) => {
      const hours = (countAnd3(c.slots, SLOT_WORDS * i, p.free, 0, p.covered, 0) * SLOT_MINUTES) / 60;
      const need = c.flexNeedMinutes[i] / 60;
      const sign = ok ? '≥' : '<';
      return lang === 'nl'
        ? `${prefix(lang)}vrije tijd met opvang ${formatHours(hours, 'nl')}/week ${sign} ${formatHours(need, 'nl')} minimum`
        : `${prefix(lang)}free time with childcare ${formatHours(hours, 'en')}/week ${sign} ${formatHours(need, 'en')} minimum`;
    });
  }
  if (ok) {
    return check('CHILDCARE', true, (lang) =>
      lang === 'nl'
        ? `${prefix(lang)}diensten vallen binnen opvang`
        : `${prefix(lang)}shifts fall within childcare cover`,
    );
  }
  let uncovered: ReturnType<WeekSlots['toRanges']> | undefined;
  const uncoveredRanges = () => (uncovered ??= placeSlots(c, i).subtract(p.coveredSlots).toRanges());
  return check('CHILDCARE', false, (lang) =>
    lang === 'nl'
      ? `${prefix(lang)}dienst ${formatRanges(uncoveredRanges(), 'nl')} valt buiten opvang`
      : `${prefix(lang)}shift time ${formatRanges(uncoveredRanges(), 'en')} falls outside childcare cover`,
  );
}

function travelCheck(best: TravelEstimate | null, p: CompiledParticipant): Check {
  if (best === null)
    return check('TRAVEL', false, (lang) =>
      lang === 'nl' ? 'geen vervoer opgegeven' : 'no travel mode given',
    );
  const ok = travelOk(best, p);
  return check(
    'TRAVEL',
    ok,
    (lang) =>
      `${MODE_LABEL[lang][best.mode]} ${formatMinutesValue(best.minutes, lang)} ${ok ? '≤' : '>'} ` +
      `${formatMinutesValue(p.src.maxTravelMinutes, lang)}`,
  );
}

function datesCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const start = c.src[i].startDate;
  const end = c.src[i].endDate;
  const termEnd = p.windowEndText;
  // A place without an end date never fails on its end: only the overlap text names it.
  const endText = (lang: Lang) => (end ? formatDay(end, lang) : lang === 'nl' ? 'open einde' : 'open-ended');
  if (p.windowStart > p.windowEnd) {
    return check('DATES', false, (lang) =>
      lang === 'nl'
        ? `inburgeringstermijn eindigde ${formatDay(termEnd, lang)}`
        : `integration term ended ${formatDay(termEnd, lang)}`,
    );
  }
  if (c.end[i] < p.today) {
    return check('DATES', false, (lang) =>
      lang === 'nl'
        ? `plek eindigde ${endText(lang)}, vóór vandaag (${formatDay(p.todayText, lang)})`
        : `place ended ${endText(lang)}, before today (${formatDay(p.todayText, lang)})`,
    );
  }
  const from = p.windowStartText;
  if (c.end[i] < p.windowStart) {
    return check('DATES', false, (lang) =>
      lang === 'nl'
        ? `plek eindigt ${endText(lang)}, vóór beschikbaar vanaf ${formatDay(from, lang)}`
        : `place ends ${endText(lang)}, before available from ${formatDay(from, lang)}`,
    );
  }
  if (c.start[i] > p.windowEnd) {
    return check('DATES', false, (lang) =>
      lang === 'nl'
        ? `plek begint ${formatDay(start, lang)}, na einde inburgeringstermijn ${formatDay(termEnd, lang)}`
        : `place starts ${formatDay(start, lang)}, after the integration term ends ${formatDay(termEnd, lang)}`,
    );
  }
  return check('DATES', true, (lang) =>
    lang === 'nl'
      ? `plek ${formatDay(start, lang)} t/m ${endText(lang)} overlapt met ${formatDay(from, lang)} t/m ${formatDay(termEnd, lang)}`
      : `place ${formatDay(start, lang)} to ${endText(lang)} overlaps ${formatDay(from, lang)} to ${formatDay(termEnd, lang)}`,
  );
}

/**
 * Every criterion for one pair, in CRITERIA order, with its detail — or, with `withText` false,
 * with empty details (for callers that read only which criteria pass: a match list whose near
 * misses show no check details skips ~750 strings per request, issue 13).
 */
export function buildChecks(
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  options: Pick<MatchOptions, 'stretchLanguage' | 'excludeNonCountingForZRoute'>,
  best: TravelEstimate | null,
  withText = true,
): Check[] {
  if (!withText) return bareChecks(c, i, p, options, best);
  const place = c.src[i];
  const checks: Check[] = [];
  checks.push(
    statusOk(c, i)
      ? check('STATUS', true, (lang) => (lang === 'nl' ? 'gepubliceerd' : 'published'))
      : check('STATUS', false, (lang) =>
          lang === 'nl'
            ? `niet gepubliceerd (${STATUS_LABEL.nl[place.status]})`
            : `not published (${STATUS_LABEL.en[place.status]})`,
        ),
  );
  const taken = (lang: Lang): string =>
    lang === 'nl'
      ? `${place.occupied} van ${place.capacity} plaatsen bezet`
      : `${place.occupied} of ${place.capacity} places taken`;
  checks.push(
    capacityOk(c, i)
      ? check('CAPACITY', true, taken)
      : check('CAPACITY', false, (lang) => `${lang === 'nl' ? 'vol' : 'full'}: ${taken(lang)}`),
  );
  checks.push(audienceCheck(c, i, p));
  checks.push(groupLanguageCheck(c, i, p));
  checks.push(compensationCheck(c, i, p));
  const route = p.src.route;
  checks.push(
    routeOk(c, i, p)
      ? check(
          'ROUTE',
          true,
          (lang) => `${lang === 'nl' ? 'open voor' : 'open to'} ${ROUTE_LABEL[lang][route]}`,
        )
      : check(
          'ROUTE',
          false,
          (lang) => `${lang === 'nl' ? 'niet open voor' : 'not open to'} ${ROUTE_LABEL[lang][route]}`,
        ),
  );
  const group = p.src.targetGroup;
  checks.push(
    groupOk(c, i, p)
      ? check(
          'TARGET_GROUP',
          true,
          (lang) => `${lang === 'nl' ? 'open voor' : 'open to'} ${TARGET_GROUP_LABEL[lang][group]}`,
        )
      : check(
          'TARGET_GROUP',
          false,
          (lang) => `${lang === 'nl' ? 'niet open voor' : 'not open to'} ${TARGET_GROUP_LABEL[lang][group]}`,
        ),
  );
  const lOk = loadOk(c, i, p);
  checks.push(
    check(
      'PHYSICAL_LOAD',
      lOk,
      (lang) =>
        `${lang === 'nl' ? 'belasting' : 'load'} ${LOAD_LABEL[lang][place.physicalLoad]} ${lOk ? '≤' : '>'} ` +
        `${lang === 'nl' ? 'belastbaarheid' : 'capacity'} ${LOAD_LABEL[lang][p.src.physicalCapacity]}`,
    ),
  );
  const hOk = hoursOk(c, i, p);
  checks.push(
    check(
      'HOURS',
      hOk,
      (lang) =>
        `${lang === 'nl' ? 'minimaal' : 'at least'} ${formatHours(c.minMinutes[i] / 60, lang)}/week ${hOk ? '≤' : '>'} ` +
        `max ${formatHours(p.src.maxHoursPerWeek, lang)}`,
    ),
  );
  checks.push(datesCheck(c, i, p));
  if (!p.zRoute) {
    checks.push(
      check('Z_ROUTE_COUNTING', true, (lang) =>
        lang === 'nl' ? 'n.v.t. (geen Z-route)' : 'n/a (not Z-route)',
      ),
    );
  } else if (c.dutch[i] === 1) {
    checks.push(
      check('Z_ROUTE_COUNTING', true, (lang) =>
        lang === 'nl'
          ? 'Nederlandstalige omgeving: telt voor de 800 uur'
          : 'Dutch-speaking environment: counts towards the 800 hours',
      ),
    );
  } else {
    const language = c.groupLanguage[i];
    checks.push(
      check(
        'Z_ROUTE_COUNTING',
        zRouteOk(c, i, p, options.excludeNonCountingForZRoute),
        (lang) => {
          if (lang === 'nl')
            return language === null
              ? 'geen Nederlandstalige omgeving: telt niet voor de 800 uur'
              : `in het ${languageName(language, 'nl')}, geen Nederlandstalige omgeving: telt niet voor de 800 uur`;
          return language === null
            ? 'not a Dutch-speaking environment: does not count towards the 800 hours'
            : `held in ${languageName(language, 'en')}, not a Dutch-speaking environment: does not count towards the 800 hours`;
        },
        true,
      ),
    );
  }
  checks.push(languageCheck(c, i, p, options.stretchLanguage));
  checks.push(travelCheck(best, p));
  checks.push(availabilityCheck(c, i, p));
  checks.push(childcareCheck(c, i, p));
  return checks;
}

/**
 * buildChecks without texts: the same predicates, none of the closures that write the texts (a
 * property test holds the two to the same `passed` and `flagged`).
 */
function bareChecks(
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  options: Pick<MatchOptions, 'stretchLanguage' | 'excludeNonCountingForZRoute'>,
  best: TravelEstimate | null,
): Check[] {
  const stretched = languageStretches(c, i, p, options.stretchLanguage);
  return [
    bare('STATUS', statusOk(c, i)),
    bare('CAPACITY', capacityOk(c, i)),
    bare('AUDIENCE', audienceOk(c, i, p)),
    bare('GROUP_LANGUAGE', groupLanguageOk(c, i, p)),
    bare('COMPENSATION', compensationOk(c, i, p)),
    bare('ROUTE', routeOk(c, i, p)),
    bare('TARGET_GROUP', groupOk(c, i, p)),
    bare('PHYSICAL_LOAD', loadOk(c, i, p)),
    bare('HOURS', hoursOk(c, i, p)),
    bare('DATES', datesOk(c, i, p)),
    bare(
      'Z_ROUTE_COUNTING',
      zRouteOk(c, i, p, options.excludeNonCountingForZRoute),
      p.zRoute && c.dutch[i] === 0,
    ),
    bare('LANGUAGE', stretched >= 0, stretched > 0),
    bare('TRAVEL', travelOk(best, p)),
    bare('AVAILABILITY', availabilityOk(c, i, p)),
    bare('CHILDCARE', childcareOk(c, i, p)),
  ];
}
