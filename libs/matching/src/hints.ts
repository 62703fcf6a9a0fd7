import { LANGUAGE_LEVELS, LANGUAGE_SKILLS, type Criterion } from '@plekwijzer/domain';
import type { TravelEstimate, TravelMode, TravelTimeProvider } from '@plekwijzer/geo';
import {
  AUDIENCE_WOMEN,
  CHILDCARE_ON_SITE,
  GENDER_UNKNOWN,
  type CompiledParticipant,
  type CompiledPlacements,
} from './compile.js';
import { placeSlots } from './criteria.js';
import {
  formatHours,
  formatMinutesValue,
  formatDay,
  formatNumber,
  formatRanges,
  languageName,
  levelLabel,
  LOAD_LABEL,
  MODE_LABEL,
  ROUTE_LABEL,
  SKILL_LABEL,
  TARGET_GROUP_LABEL,
  type Lang,
} from './format.js';
import { countAnd, countAnd3, SLOT_MINUTES, SLOT_WORDS } from './schedule.js';

export interface Hint {
  nl: string;
  en: string;
}

/** Modes suggested in this order: the cheapest, most available means first. */
const SUGGESTION_ORDER: readonly TravelMode[] = ['WALK', 'BIKE', 'EBIKE', 'PUBLIC_TRANSPORT', 'CAR'];

function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;
}

function languageHint(c: CompiledPlacements, i: number, p: CompiledParticipant, stretch: boolean): Hint {
  const nl: string[] = [];
  const en: string[] = [];
  let allOneShort = true;
  for (let k = 0; k < 4; k++) {
    const req = c.reqLevel[4 * i + k];
    if (req < 0 || p.level[k] >= req) continue;
    if (stretch && p.level[k] === req - 1) continue;
    if (p.level[k] !== req - 1) allOneShort = false;
    nl.push(`${SKILL_LABEL.nl[LANGUAGE_SKILLS[k]]} ${levelLabel(LANGUAGE_LEVELS[req], 'nl')}`);
    en.push(`${SKILL_LABEL.en[LANGUAGE_SKILLS[k]]} reaches ${levelLabel(LANGUAGE_LEVELS[req], 'en')}`);
  }
  const tailNl = !stretch && allOneShort ? ' (of met een stretch van één niveau)' : '';
  const tailEn = !stretch && allOneShort ? ' (or with a one-level stretch)' : '';
  return {
    nl: `past als ${joinList(nl, 'nl')} ${nl.length > 1 ? 'bereikt zijn' : 'bereikt'}${tailNl}`,
    en: `fits when ${joinList(en, 'en')}${tailEn}`,
  };
}

function availabilityHint(c: CompiledPlacements, i: number, p: CompiledParticipant): Hint {
  const free = p.freeSlots;
  const place = placeSlots(c, i);
  if (c.flexible[i] === 1) {
    const have = countAnd(c.slots, SLOT_WORDS * i, p.free, 0) * SLOT_MINUTES;
    const missing = (c.flexNeedMinutes[i] - have) / 60;
    const options = place.subtract(free).toRanges();
    if (options.length === 0) {
      return {
        nl: 'de venstertijden van de plek zijn korter dan het minimum aantal uren',
        en: "the place's hours are shorter than its minimum weekly hours",
      };
    }
    return {
      nl: `past met ${formatHours(missing, 'nl')}/week meer vrije tijd binnen de tijden van de plek (bv. ${formatRanges(options, 'nl', 'long', 2)})`,
      en: `fits with ${formatHours(missing, 'en')}/week more free time within the place's hours (e.g. ${formatRanges(options, 'en', 'long', 2)})`,
    };
  }
  const conflict = place.subtract(free);
  const inClass = conflict.overlaps(p.classSlots);
  const ranges = conflict.toRanges();
  return {
    nl: `past als de deelnemer vrij is op ${formatRanges(ranges, 'nl', 'long')}${inClass ? ' (nu taalles)' : ''}`,
    en: `fits if the participant is free on ${formatRanges(ranges, 'en', 'long')}${inClass ? ' (now a language class)' : ''}`,
  };
}

function childcareHint(c: CompiledPlacements, i: number, p: CompiledParticipant): Hint {
  let tailNl = '';
  let tailEn = '';
  if (c.childcare[i] === CHILDCARE_ON_SITE) {
    const span = `${formatNumber(c.careMinAge[i], 'nl')}–${formatNumber(c.careMaxAge[i], 'nl')}`;
    const spanEn = `${formatNumber(c.careMinAge[i], 'en')}–${formatNumber(c.careMaxAge[i], 'en')}`;
    tailNl = ` (opvang op locatie is voor ${span} jaar)`;
    tailEn = ` (on-site childcare is for ages ${spanEn})`;
  }
  const place = placeSlots(c, i);
  const covered = p.coveredSlots;
  if (c.flexible[i] === 1) {
    const have = countAnd3(c.slots, SLOT_WORDS * i, p.free, 0, p.covered, 0) * SLOT_MINUTES;
    const missing = (c.flexNeedMinutes[i] - have) / 60;
    const options = place.intersect(p.freeSlots).subtract(covered).toRanges();
    const eg = options.length ? ` (bv. ${formatRanges(options, 'nl', 'long', 2)})` : '';
    const egEn = options.length ? ` (e.g. ${formatRanges(options, 'en', 'long', 2)})` : '';
    return {
      nl: `past met ${formatHours(missing, 'nl')}/week meer opvang in vrije tijd binnen de tijden van de plek${eg}${tailNl}`,
      en: `fits with ${formatHours(missing, 'en')}/week more childcare in free time within the place's hours${egEn}${tailEn}`,
    };
  }
  const uncovered = place.subtract(covered).toRanges();
  return {
    nl: `past als er op ${formatRanges(uncovered, 'nl', 'long')} opvang is${tailNl}`,
    en: `fits if childcare is arranged on ${formatRanges(uncovered, 'en', 'long')}${tailEn}`,
  };
}

function travelHint(
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  travel: TravelTimeProvider,
  best: TravelEstimate | null,
): Hint {
  const max = p.src.maxTravelMinutes;
  let other: TravelEstimate | null = null;
  for (const mode of SUGGESTION_ORDER) {
    if (p.modes.includes(mode)) continue;
    const e = travel.estimate(p.src.home, c.src[i].location, mode);
    if (e.minutes <= max) {
      other = e;
      break;
    }
  }
  const nl: string[] = [];
  const en: string[] = [];
  if (other) {
    nl.push(`met ${MODE_LABEL.nl[other.mode]} (${formatMinutesValue(other.minutes, 'nl')})`);
    en.push(`with ${MODE_LABEL.en[other.mode]} (${formatMinutesValue(other.minutes, 'en')})`);
  }
  if (best) {
    nl.push(
      `als ${formatMinutesValue(best.minutes, 'nl')} reizen per ${MODE_LABEL.nl[best.mode]} acceptabel is`,
    );
    en.push(
      `if travel up to ${formatMinutesValue(best.minutes, 'en')} by ${MODE_LABEL.en[best.mode]} is acceptable`,
    );
  }
  if (nl.length === 0) {
    return {
      nl: 'geen vervoermiddel brengt de deelnemer er binnen de reistijd',
      en: 'no travel mode gets there in time',
    };
  }
  return { nl: `past ${nl.join(' of ')}`, en: `fits ${en.join(' or ')}` };
}

function datesHint(c: CompiledPlacements, i: number, p: CompiledParticipant): Hint {
  if (p.windowStart > p.windowEnd) {
    return {
      nl: 'past alleen als de inburgeringstermijn wordt verlengd',
      en: 'fits only if the integration term is extended',
    };
  }
  if (c.end[i] < p.today) {
    return {
      nl: 'past als de plek wordt verlengd tot na vandaag',
      en: 'fits if the place is extended beyond today',
    };
  }
  if (c.end[i] < p.windowStart) {
    const end = c.src[i].endDate as string;
    return {
      nl: `past als de deelnemer uiterlijk ${formatDay(end, 'nl')} kan beginnen`,
      en: `fits if the participant can start by ${formatDay(end, 'en')}`,
    };
  }
  const start = c.src[i].startDate;
  return {
    nl: `past alleen als de inburgeringstermijn loopt tot ten minste ${formatDay(start, 'nl')}`,
    en: `fits only if the integration term runs until at least ${formatDay(start, 'en')}`,
  };
}

/**
 * Who the place is for. The engine never lists such a place as a near miss (see engine.ts); the
 * hint says what the coach can do, and that for the other gender nothing can.
 */
function audienceHint(c: CompiledPlacements, i: number, p: CompiledParticipant): Hint {
  const women = c.audience[i] === AUDIENCE_WOMEN;
  if (p.gender === GENDER_UNKNOWN) {
    return women
      ? {
          nl: 'past alleen voor een vrouw: leg het geslacht van de deelnemer vast als dat zo is',
          en: "fits a woman only: record the participant's gender if she is one",
        }
      : {
          nl: 'past alleen voor een man: leg het geslacht van de deelnemer vast als dat zo is',
          en: "fits a man only: record the participant's gender if he is one",
        };
  }
  return women
    ? { nl: 'deze plek is alleen voor vrouwen', en: 'this place is for women only' }
    : { nl: 'deze plek is alleen voor mannen', en: 'this place is for men only' };
}

function groupLanguageHint(c: CompiledPlacements, i: number): Hint {
  const code = c.groupLanguage[i] ?? '';
  return {
    nl: `past alleen als de deelnemer ${languageName(code, 'nl')} spreekt (voeg de taal toe als dat zo is)`,
    en: `fits only if the participant speaks ${languageName(code, 'en')} (add the language if so)`,
  };
}

export function fixHint(
  criterion: Criterion,
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  stretch: boolean,
  travel: TravelTimeProvider,
  best: TravelEstimate | null,
): Hint {
  const place = c.src[i];
  switch (criterion) {
    case 'LANGUAGE':
      return languageHint(c, i, p, stretch);
    case 'AVAILABILITY':
      return availabilityHint(c, i, p);
    case 'CHILDCARE':
      return childcareHint(c, i, p);
    case 'TRAVEL':
      return travelHint(c, i, p, travel, best);
    case 'DATES':
      return datesHint(c, i, p);
    case 'ROUTE':
      return {
        nl: `past als de plek openstaat voor de ${ROUTE_LABEL.nl[p.src.route]}`,
        en: `fits if the place opens to the ${ROUTE_LABEL.en[p.src.route]}`,
      };
    case 'TARGET_GROUP':
      return {
        nl: `past als de plek openstaat voor ${TARGET_GROUP_LABEL.nl[p.src.targetGroup]}`,
        en: `fits if the place opens to ${TARGET_GROUP_LABEL.en[p.src.targetGroup]}`,
      };
    case 'PHYSICAL_LOAD':
      return {
        nl: `past alleen als de deelnemer ${LOAD_LABEL.nl[place.physicalLoad]} werk aankan`,
        en: `fits only if the participant can take ${LOAD_LABEL.en[place.physicalLoad]} physical work`,
      };
    case 'HOURS':
      return {
        nl: `past als de deelnemer ${formatHours(c.minMinutes[i] / 60, 'nl')}/week kan`,
        en: `fits if the participant can do ${formatHours(c.minMinutes[i] / 60, 'en')}/week`,
      };
    case 'Z_ROUTE_COUNTING':
      return {
        nl: 'past als de plek een Nederlandstalige omgeving biedt (of als plekken die niet meetellen mogen)',
        en: "fits if the place offers a Dutch-speaking environment (or if places that don't count are allowed)",
      };
    case 'AUDIENCE':
      return audienceHint(c, i, p);
    case 'GROUP_LANGUAGE':
      return groupLanguageHint(c, i);
    case 'COMPENSATION':
      return {
        nl: 'past als de deelnemer ook werk aanneemt dat niet betaald wordt',
        en: 'fits if the participant also takes work that is not paid',
      };
    case 'STATUS':
    case 'CAPACITY':
      // Never near misses; kept for completeness.
      return { nl: 'plek is nu niet beschikbaar', en: 'place is not available now' };
  }
}
