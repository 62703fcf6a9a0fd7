import {
  COMPENSATION_PREFERENCES,
  COMPENSATIONS,
  LANGUAGE_SKILLS,
  SCORE_COMPONENTS,
  type ScoreComponent,
} from '@plekwijzer/domain';
import {
  COMPENSATION_PAID,
  PREFERENCE_PAID_PREFERRED,
  type CompiledParticipant,
  type CompiledPlacements,
} from './compile.js';
import { usableWeeklyHours } from './criteria.js';
import {
  COMPENSATION_LABEL,
  formatHours,
  formatNumber,
  PREFERENCE_LABEL,
  SKILL_LABEL,
  type Lang,
} from './format.js';
import { type ScoreItem } from './types.js';

/**
 * Ranking weights (points; a perfect place scores 100). Documented in the README; change them here
 * only together with it.
 */
export const SCORE_WEIGHTS = {
  /** The place's sector is one of the participant's interests. */
  INTERESTS: 30,
  /** Scaled by 1 − minutes / maxTravelMinutes: at the door 20, at the limit 0. */
  TRAVEL: 20,
  /** Scaled by the share of the weekly hours still needed that the place offers. */
  HOURS_NEED: 20,
  SUPPORT_BUDDY: 5,
  SUPPORT_SUPERVISOR: 5,
  /** Staff speak a language the participant speaks. */
  SUPPORT_LANGUAGE: 10,
  /** Scaled by the share of preferred (not required) skills the participant meets. */
  PREFERRED_LANGUAGE: 10,
  /** Per required skill met only thanks to the one-level stretch. */
  STRETCH_PENALTY_PER_SKILL: -10,
  /**
   * A participant who prefers paid work: a place that is not paid loses these points. A penalty
   * rather than a bonus, so a perfect place still scores 100; large enough that a paid place
   * outranks an unpaid one in a sector of interest when the rest is equal.
   */
  UNPAID_WHEN_PAID_PREFERRED: -35,
  /**
   * The place offers MAP practice while the participant's MAP runs and hours are still needed:
   * enough to lift it above a place that is otherwise about as good, not above a clearly better one.
   */
  MAP_PRACTICE: 15,
} as const;

const round2 = (x: number): number => Math.round(x * 100) / 100;

function sharedLanguages(c: CompiledPlacements, i: number, p: CompiledParticipant): string[] {
  return c.staffLanguages[i].filter((l) => p.languages.has(l));
}

function unpaidPenalty(c: CompiledPlacements, i: number, p: CompiledParticipant): boolean {
  return p.compensationPreference === PREFERENCE_PAID_PREFERRED && c.compensation[i] !== COMPENSATION_PAID;
}

/** Weekly hours the place offers towards the participant's need. */
function offeredHours(c: CompiledPlacements, i: number, p: CompiledParticipant): number {
  const usable = usableWeeklyHours(c, i, p);
  if (c.flexible[i] === 0) return usable;
  return Math.min(usable, c.flexMaxMinutes[i] / 60, p.src.maxHoursPerWeek);
}

/**
 * Writes the points per SCORE_COMPONENTS entry into `out` and returns the total. Called for every
 * match (numbers only); the text breakdown is built from the same function for returned matches.
 */
export function scoreParts(
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  travelMinutes: number,
  stretchedSkills: number,
  out: Float64Array,
): number {
  const max = p.src.maxTravelMinutes;
  out[0] = p.interests.has(c.sectorNames[c.sector[i]]) ? SCORE_WEIGHTS.INTERESTS : 0;
  out[1] = round2(
    max > 0 ? SCORE_WEIGHTS.TRAVEL * Math.min(1, Math.max(0, 1 - travelMinutes / max)) : SCORE_WEIGHTS.TRAVEL,
  );
  if (p.zRoute && c.dutch[i] === 0) out[2] = 0;
  else if (p.weeklyNeedHours <= 0) out[2] = 0;
  else out[2] = round2(SCORE_WEIGHTS.HOURS_NEED * Math.min(1, offeredHours(c, i, p) / p.weeklyNeedHours));
  let support = 0;
  if (c.buddy[i] === 1) support += SCORE_WEIGHTS.SUPPORT_BUDDY;
  if (c.supervisor[i] === 1) support += SCORE_WEIGHTS.SUPPORT_SUPERVISOR;
  const staff = c.staffLanguages[i];
  for (let k = 0; k < staff.length; k++) {
    if (p.languages.has(staff[k])) {
      support += SCORE_WEIGHTS.SUPPORT_LANGUAGE;
      break;
    }
  }
  out[3] = support;
  const prefs = c.prefCount[i];
  if (prefs === 0) out[4] = SCORE_WEIGHTS.PREFERRED_LANGUAGE;
  else {
    let met = 0;
    for (let k = 0; k < 4; k++) {
      const want = c.prefLevel[4 * i + k];
      if (want >= 0 && p.level[k] >= want) met++;
    }
    out[4] = round2((SCORE_WEIGHTS.PREFERRED_LANGUAGE * met) / prefs);
  }
  out[5] = stretchedSkills > 0 ? SCORE_WEIGHTS.STRETCH_PENALTY_PER_SKILL * stretchedSkills : 0;
  out[6] = unpaidPenalty(c, i, p) ? SCORE_WEIGHTS.UNPAID_WHEN_PAID_PREFERRED : 0;
  out[7] = (p.src.mapPracticeHoursNeeded ?? 0) > 0 && c.src[i].mapPractice ? SCORE_WEIGHTS.MAP_PRACTICE : 0;
  return round2(out[0] + out[1] + out[2] + out[3] + out[4] + out[5] + out[6] + out[7]);
}

/** Reused by every breakdown: it is read only while buildBreakdown runs (synchronously). */
const breakdownParts = new Float64Array(SCORE_COMPONENTS.length);

export function buildBreakdown(
  c: CompiledPlacements,
  i: number,
  p: CompiledParticipant,
  travelMinutes: number,
  stretchedSkills: number,
  withText = true,
): { score: number; items: ScoreItem[] } {
  const parts = breakdownParts;
  const score = scoreParts(c, i, p, travelMinutes, stretchedSkills, parts);
  // Without `withText` the details stay empty: the caller reads only the points (issue 13).
  if (!withText) {
    const bare: ScoreItem[] = [];
    for (let k = 0; k < SCORE_COMPONENTS.length; k++)
      bare.push({ criterion: SCORE_COMPONENTS[k], points: parts[k], detailNl: '', detailEn: '' });
    return { score, items: bare };
  }
  const place = c.src[i];
  const item = (criterion: ScoreComponent, points: number, f: (lang: Lang) => string): ScoreItem => ({
    criterion,
    points,
    detailNl: f('nl'),
    detailEn: f('en'),
  });
  const items: ScoreItem[] = [];
  items.push(
    item('INTERESTS', parts[0], (lang) =>
      parts[0] > 0
        ? `sector ${place.sector.trim()} ${lang === 'nl' ? 'past bij interesses' : 'matches interests'}`
        : `sector ${place.sector.trim()} ${lang === 'nl' ? 'niet bij interesses' : 'not among interests'}`,
    ),
  );
  items.push(
    item('TRAVEL', parts[1], (lang) =>
      lang === 'nl'
        ? `${formatNumber(travelMinutes, lang)} van max ${formatNumber(p.src.maxTravelMinutes, lang)} min reizen`
        : `${formatNumber(travelMinutes, lang)} of max ${formatNumber(p.src.maxTravelMinutes, lang)} min travel`,
    ),
  );
  const offered = offeredHours(c, i, p);
  items.push(
    item('HOURS_NEED', parts[2], (lang) => {
      if (p.zRoute && c.dutch[i] === 0) {
        return lang === 'nl' ? 'telt niet voor de 800 uur' : 'does not count towards the 800 hours';
      }
      const need = formatHours(p.weeklyNeedHours, lang);
      const has = formatHours(offered, lang);
      if (p.weeklyNeedHours <= 0) return lang === 'nl' ? 'geen uren meer nodig' : 'no hours needed any more';
      if (p.zRoute) {
        const rest = formatHours(p.hoursRemaining, lang);
        const weeks = formatNumber(Math.round(p.weeksLeft), lang);
        return lang === 'nl'
          ? `plek ${has}/week; nodig ${need}/week (${rest} in ${weeks} weken)`
          : `place ${has}/week; needed ${need}/week (${rest} in ${weeks} weeks)`;
      }
      return lang === 'nl' ? `plek ${has}/week; doel ${need}/week` : `place ${has}/week; aim ${need}/week`;
    }),
  );
  const shared = sharedLanguages(c, i, p);
  items.push(
    item('SUPPORT', parts[3], (lang) => {
      const bits: string[] = [];
      if (c.buddy[i] === 1) bits.push('buddy');
      if (c.supervisor[i] === 1) bits.push(lang === 'nl' ? 'begeleider' : 'supervisor');
      if (shared.length > 0)
        bits.push(`${lang === 'nl' ? 'personeel spreekt' : 'staff speak'} ${shared.join(', ')}`);
      if (bits.length === 0) return lang === 'nl' ? 'geen extra begeleiding' : 'no extra support';
      return bits.join(', ');
    }),
  );
  items.push(
    item('PREFERRED_LANGUAGE', parts[4], (lang) => {
      if (c.prefCount[i] === 0)
        return lang === 'nl' ? 'geen gewenste taalniveaus' : 'no preferred language levels';
      const met: string[] = [];
      const missed: string[] = [];
      for (let k = 0; k < 4; k++) {
        const want = c.prefLevel[4 * i + k];
        if (want < 0) continue;
        (p.level[k] >= want ? met : missed).push(SKILL_LABEL[lang][LANGUAGE_SKILLS[k]]);
      }
      const n = met.length;
      const total = c.prefCount[i];
      return lang === 'nl'
        ? `${n} van ${total} gewenste niveaus gehaald${missed.length ? ` (niet: ${missed.join(', ')})` : ''}`
        : `${n} of ${total} preferred levels met${missed.length ? ` (not: ${missed.join(', ')})` : ''}`;
    }),
  );
  items.push(
    item('STRETCH_PENALTY', parts[5], (lang) =>
      stretchedSkills === 0
        ? lang === 'nl'
          ? 'geen stretch'
          : 'no stretch'
        : lang === 'nl'
          ? `taalstretch bij ${stretchedSkills} vaardigheid${stretchedSkills > 1 ? 'en' : ''}`
          : `language stretch on ${stretchedSkills} skill${stretchedSkills > 1 ? 's' : ''}`,
    ),
  );
  const pay = COMPENSATIONS[c.compensation[i]];
  items.push(
    item('PAID_WORK', parts[6], (lang) => {
      const preference = COMPENSATION_PREFERENCES[p.compensationPreference];
      if (preference === 'NO_PREFERENCE') return PREFERENCE_LABEL[lang][preference];
      return `${COMPENSATION_LABEL[lang][pay]}; ${PREFERENCE_LABEL[lang][preference]}`;
    }),
  );
  const mapNeeded = p.src.mapPracticeHoursNeeded ?? 0;
  items.push(
    item('MAP_PRACTICE', parts[7], (lang) => {
      const offers = place.mapPractice;
      if (mapNeeded <= 0)
        return offers
          ? lang === 'nl'
            ? 'MAP-praktijkplek; MAP loopt nu niet'
            : 'MAP practice place; MAP not running now'
          : lang === 'nl'
            ? 'MAP loopt nu niet'
            : 'MAP not running now';
      const rest = formatHours(mapNeeded, lang);
      if (!offers)
        return lang === 'nl'
          ? `geen MAP-praktijk; MAP loopt (nog ${rest})`
          : `no MAP practice; MAP running (${rest} to go)`;
      return lang === 'nl'
        ? `MAP-praktijkplek; MAP loopt (nog ${rest})`
        : `MAP practice place; MAP running (${rest} to go)`;
    }),
  );
  return { score, items };
}
