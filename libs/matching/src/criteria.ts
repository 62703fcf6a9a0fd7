import {
  COMPENSATION_PREFERENCES,
  COMPENSATIONS,
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

function check(criterion: Criterion, passed: boolean, nl: string, en: string, flagged = false): Check {
  return { criterion, passed, flagged, detailNl: nl, detailEn: en };
}

function both(f: (lang: Lang) => string): [string, string] {
  return [f('nl'), f('en')];
}

function levelName(index: number, lang: Lang): string {
  return levelLabel(LANGUAGE_LEVELS[index], lang);
}

function languageCheck(c: CompiledPlacements, i: number, p: CompiledParticipant, stretch: boolean): Check {
  const stretched = languageStretches(c, i, p, stretch);
  const parts: Record<Lang, string[]> = { nl: [], en: [] };
  for (let k = 0; k < 4; k++) {
    const req = c.reqLevel[4 * i + k];
    if (req < 0) continue;
    const lvl = p.level[k];
    for (const lang of ['nl', 'en'] as const) {
      const skill = SKILL_LABEL[lang][LANGUAGE_SKILLS[k]];
      const have = levelName(lvl, lang);
      const want = levelName(req, lang);
      const required = lang === 'nl' ? 'vereist' : 'required';
      if (lvl >= req) parts[lang].push(`${skill} ${have} ≥ ${want} ${required}`);
      else if (stretch && lvl === req - 1) {
        parts[lang].push(
          `${skill} ${have}, ${want} ${required} (${lang === 'nl' ? 'stretch van één niveau' : 'one-level stretch'})`,
        );
      } else parts[lang].push(`${skill} ${have} < ${want} ${required}`);
    }
  }
  if (parts.nl.length === 0) return check('LANGUAGE', true, 'geen taaleis', 'no language requirement');
  return check('LANGUAGE', stretched >= 0, parts.nl.join('; '), parts.en.join('; '), stretched > 0);
}

function audienceCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const audience = c.audience[i];
  if (audience === AUDIENCE_EVERYONE)
    return check('AUDIENCE', true, 'open voor iedereen', 'open to everyone');
  const women = audience === AUDIENCE_WOMEN;
  const forNl = women ? 'alleen voor vrouwen' : 'alleen voor mannen';
  const forEn = women ? 'women only' : 'men only';
  if (p.gender === GENDER_UNKNOWN) {
    return check(
      'AUDIENCE',
      false,
      `${forNl}; geslacht van de deelnemer niet vastgelegd (leg het vast als deze plek in aanmerking komt)`,
      `${forEn}; the participant's gender is not recorded (record it if this place is an option)`,
    );
  }
  const ok = audienceOk(c, i, p);
  const isNl = p.gender === GENDER_MALE ? 'een man' : 'een vrouw';
  const isEn = p.gender === GENDER_MALE ? 'a man' : 'a woman';
  return check('AUDIENCE', ok, `${forNl}; deelnemer is ${isNl}`, `${forEn}; the participant is ${isEn}`);
}

function groupLanguageCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const language = c.groupLanguage[i];
  if (language === null) return check('GROUP_LANGUAGE', true, 'in het Nederlands', 'held in Dutch');
  const ok = groupLanguageOk(c, i, p);
  return check(
    'GROUP_LANGUAGE',
    ok,
    `in het ${languageName(language, 'nl')}; deelnemer spreekt het${ok ? '' : ' niet'}`,
    `held in ${languageName(language, 'en')}; the participant ${ok ? 'speaks' : 'does not speak'} it`,
  );
}

function compensationCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const place = COMPENSATIONS[c.compensation[i]];
  const preference = COMPENSATION_PREFERENCES[p.compensationPreference];
  return check(
    'COMPENSATION',
    compensationOk(c, i, p),
    `${COMPENSATION_LABEL.nl[place]}; ${PREFERENCE_LABEL.nl[preference]}`,
    `${COMPENSATION_LABEL.en[place]}; ${PREFERENCE_LABEL.en[preference]}`,
  );
}

function availabilityCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const ok = availabilityOk(c, i, p);
  const place = placeSlots(c, i);
  const free = p.freeSlots;
  if (c.flexible[i] === 1) {
    const overlap = (countAnd(c.slots, SLOT_WORDS * i, p.free, 0) * SLOT_MINUTES) / 60;
    const need = c.flexNeedMinutes[i] / 60;
    const [nl, en] = both(
      (lang) =>
        `${lang === 'nl' ? 'overlap met vrije tijd' : 'overlap with free time'} ${formatHours(overlap, lang)}/week ` +
        `${ok ? '≥' : '<'} ${formatHours(need, lang)} minimum`,
    );
    return check('AVAILABILITY', ok, nl, en);
  }
  if (ok) {
    const hours = c.minMinutes[i] / 60;
    const schedule = c.src[i].schedule;
    const count = schedule.kind === 'FIXED' ? schedule.shifts.length : 0;
    return check(
      'AVAILABILITY',
      true,
      `${count === 1 ? 'dienst' : `alle ${count} diensten`} (${formatHours(hours, 'nl')}/week) in vrije tijd`,
      `${count === 1 ? 'shift' : `all ${count} shifts`} (${formatHours(hours, 'en')}/week) within free time`,
    );
  }
  const conflict = place.subtract(free);
  const inClass = conflict.overlaps(p.classSlots);
  const ranges = conflict.toRanges();
  return check(
    'AVAILABILITY',
    false,
    `dienst ${formatRanges(ranges, 'nl')} valt buiten vrije tijd${inClass ? ' (taalles)' : ''}`,
    `shift time ${formatRanges(ranges, 'en')} falls outside free time${inClass ? ' (language class)' : ''}`,
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
  if (!p.needsCare) return check('CHILDCARE', true, 'geen opvang nodig', 'no childcare needed');
  if (c.childcare[i] === CHILDCARE_WELCOME)
    return check('CHILDCARE', true, 'kinderen welkom', 'children welcome');
  if (onSiteCareFits(c, i, p)) {
    return check(
      'CHILDCARE',
      true,
      `opvang op locatie (${careRangeText(c, i, 'nl')}) voor kinderen van ${ageList(p, 'nl')}`,
      `on-site childcare (${careRangeText(c, i, 'en')}) for children aged ${ageList(p, 'en')}`,
    );
  }
  const ok = childcareOk(c, i, p);
  let prefixNl = '';
  let prefixEn = '';
  if (c.childcare[i] === CHILDCARE_ON_SITE) {
    if (Number.isNaN(p.minChildAge)) {
      prefixNl = 'opvang op locatie, maar leeftijden kinderen onbekend; ';
      prefixEn = 'on-site childcare, but children’s ages unknown; ';
    } else {
      prefixNl = `opvang op locatie is voor ${careRangeText(c, i, 'nl')}, kinderen zijn ${ageList(p, 'nl')}; `;
      prefixEn = `on-site childcare is for ${careRangeText(c, i, 'en')}, children are ${ageList(p, 'en')}; `;
    }
  }
  if (c.flexible[i] === 1) {
    const hours = (countAnd3(c.slots, SLOT_WORDS * i, p.free, 0, p.covered, 0) * SLOT_MINUTES) / 60;
    const need = c.flexNeedMinutes[i] / 60;
    const sign = ok ? '≥' : '<';
    return check(
      'CHILDCARE',
      ok,
      `${prefixNl}vrije tijd met opvang ${formatHours(hours, 'nl')}/week ${sign} ${formatHours(need, 'nl')} minimum`,
      `${prefixEn}free time with childcare ${formatHours(hours, 'en')}/week ${sign} ${formatHours(need, 'en')} minimum`,
    );
  }
  if (ok) {
    return check(
      'CHILDCARE',
      true,
      `${prefixNl}diensten vallen binnen opvang`,
      `${prefixEn}shifts fall within childcare cover`,
    );
  }
  const uncovered = placeSlots(c, i).subtract(p.coveredSlots).toRanges();
  return check(
    'CHILDCARE',
    false,
    `${prefixNl}dienst ${formatRanges(uncovered, 'nl')} valt buiten opvang`,
    `${prefixEn}shift time ${formatRanges(uncovered, 'en')} falls outside childcare cover`,
  );
}

function travelCheck(best: TravelEstimate | null, p: CompiledParticipant): Check {
  if (best === null) return check('TRAVEL', false, 'geen vervoer opgegeven', 'no travel mode given');
  const ok = travelOk(best, p);
  const [nl, en] = both(
    (lang) =>
      `${MODE_LABEL[lang][best.mode]} ${formatMinutesValue(best.minutes, lang)} ${ok ? '≤' : '>'} ` +
      `${formatMinutesValue(p.src.maxTravelMinutes, lang)}`,
  );
  return check('TRAVEL', ok, nl, en);
}

function datesCheck(c: CompiledPlacements, i: number, p: CompiledParticipant): Check {
  const start = c.src[i].startDate;
  const end = c.src[i].endDate;
  const termEnd = p.windowEndText;
  if (p.windowStart > p.windowEnd) {
    return check(
      'DATES',
      false,
      `inburgeringstermijn eindigde ${termEnd}`,
      `integration term ended ${termEnd}`,
    );
  }
  if (c.end[i] < p.today) {
    return check(
      'DATES',
      false,
      `plek eindigde ${end}, vóór vandaag (${p.todayText})`,
      `place ended ${end}, before today (${p.todayText})`,
    );
  }
  if (c.end[i] < p.windowStart) {
    const from = p.windowStartText;
    return check(
      'DATES',
      false,
      `plek eindigt ${end}, vóór beschikbaar vanaf ${from}`,
      `place ends ${end}, before available from ${from}`,
    );
  }
  if (c.start[i] > p.windowEnd) {
    return check(
      'DATES',
      false,
      `plek begint ${start}, na einde inburgeringstermijn ${termEnd}`,
      `place starts ${start}, after the integration term ends ${termEnd}`,
    );
  }
  const from = p.windowStartText;
  return check(
    'DATES',
    true,
    `plek ${start} t/m ${end ?? 'open einde'} overlapt met ${from} t/m ${termEnd}`,
    `place ${start} to ${end ?? 'open-ended'} overlaps ${from} to ${termEnd}`,
  );
}

/** Every criterion for one pair, in CRITERIA order, with its detail. */
export function buildChecks(
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  options: Pick<MatchOptions, 'stretchLanguage' | 'excludeNonCountingForZRoute'>,
  best: TravelEstimate | null,
): Check[] {
  const place = c.src[i];
  const checks: Check[] = [];
  checks.push(
    statusOk(c, i)
      ? check('STATUS', true, 'gepubliceerd', 'published')
      : check(
          'STATUS',
          false,
          `niet gepubliceerd (${STATUS_LABEL.nl[place.status]})`,
          `not published (${STATUS_LABEL.en[place.status]})`,
        ),
  );
  const taken = `${place.occupied} van ${place.capacity} plaatsen bezet`;
  const takenEn = `${place.occupied} of ${place.capacity} places taken`;
  checks.push(
    capacityOk(c, i)
      ? check('CAPACITY', true, taken, takenEn)
      : check('CAPACITY', false, `vol: ${taken}`, `full: ${takenEn}`),
  );
  checks.push(audienceCheck(c, i, p));
  checks.push(groupLanguageCheck(c, i, p));
  checks.push(compensationCheck(c, i, p));
  const route = p.src.route;
  checks.push(
    routeOk(c, i, p)
      ? check('ROUTE', true, `open voor ${ROUTE_LABEL.nl[route]}`, `open to ${ROUTE_LABEL.en[route]}`)
      : check(
          'ROUTE',
          false,
          `niet open voor ${ROUTE_LABEL.nl[route]}`,
          `not open to ${ROUTE_LABEL.en[route]}`,
        ),
  );
  const group = p.src.targetGroup;
  checks.push(
    groupOk(c, i, p)
      ? check(
          'TARGET_GROUP',
          true,
          `open voor ${TARGET_GROUP_LABEL.nl[group]}`,
          `open to ${TARGET_GROUP_LABEL.en[group]}`,
        )
      : check(
          'TARGET_GROUP',
          false,
          `niet open voor ${TARGET_GROUP_LABEL.nl[group]}`,
          `not open to ${TARGET_GROUP_LABEL.en[group]}`,
        ),
  );
  const lOk = loadOk(c, i, p);
  const [loadNl, loadEn] = both(
    (lang) =>
      `${lang === 'nl' ? 'belasting' : 'load'} ${LOAD_LABEL[lang][place.physicalLoad]} ${lOk ? '≤' : '>'} ` +
      `${lang === 'nl' ? 'belastbaarheid' : 'capacity'} ${LOAD_LABEL[lang][p.src.physicalCapacity]}`,
  );
  checks.push(check('PHYSICAL_LOAD', lOk, loadNl, loadEn));
  const hOk = hoursOk(c, i, p);
  const [hoursNl, hoursEn] = both(
    (lang) =>
      `${lang === 'nl' ? 'minimaal' : 'at least'} ${formatHours(c.minMinutes[i] / 60, lang)}/week ${hOk ? '≤' : '>'} ` +
      `max ${formatHours(p.src.maxHoursPerWeek, lang)}`,
  );
  checks.push(check('HOURS', hOk, hoursNl, hoursEn));
  checks.push(datesCheck(c, i, p));
  if (!p.zRoute) {
    checks.push(check('Z_ROUTE_COUNTING', true, 'n.v.t. (geen Z-route)', 'n/a (not Z-route)'));
  } else if (c.dutch[i] === 1) {
    checks.push(
      check(
        'Z_ROUTE_COUNTING',
        true,
        'Nederlandstalige omgeving: telt voor de 800 uur',
        'Dutch-speaking environment: counts towards the 800 hours',
      ),
    );
  } else {
    const language = c.groupLanguage[i];
    checks.push(
      check(
        'Z_ROUTE_COUNTING',
        zRouteOk(c, i, p, options.excludeNonCountingForZRoute),
        language === null
          ? 'geen Nederlandstalige omgeving: telt niet voor de 800 uur'
          : `in het ${languageName(language, 'nl')}, geen Nederlandstalige omgeving: telt niet voor de 800 uur`,
        language === null
          ? 'not a Dutch-speaking environment: does not count towards the 800 hours'
          : `held in ${languageName(language, 'en')}, not a Dutch-speaking environment: does not count towards the 800 hours`,
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
