import type {
  Compensation,
  CompensationPreference,
  LanguageLevel,
  LanguageSkill,
  LearningRoute,
  PhysicalLoad,
  PlacementStatus,
  TargetGroup,
  TimeRange,
  Weekday,
} from '@plekwijzer/domain';
import type { TravelMode } from '@plekwijzer/geo';

export type Lang = 'nl' | 'en';

const DAY_SHORT: Record<Lang, Record<Weekday, string>> = {
  nl: { MON: 'ma', TUE: 'di', WED: 'wo', THU: 'do', FRI: 'vr', SAT: 'za', SUN: 'zo' },
  en: { MON: 'Mon', TUE: 'Tue', WED: 'Wed', THU: 'Thu', FRI: 'Fri', SAT: 'Sat', SUN: 'Sun' },
};

const DAY_LONG: Record<Lang, Record<Weekday, string>> = {
  nl: {
    MON: 'maandag',
    TUE: 'dinsdag',
    WED: 'woensdag',
    THU: 'donderdag',
    FRI: 'vrijdag',
    SAT: 'zaterdag',
    SUN: 'zondag',
  },
  en: {
    MON: 'Monday',
    TUE: 'Tuesday',
    WED: 'Wednesday',
    THU: 'Thursday',
    FRI: 'Friday',
    SAT: 'Saturday',
    SUN: 'Sunday',
  },
};

/** "wo 19:00–21:00" / "Wed 19:00–21:00"; `long` gives "woensdag 19:00–21:00". */
export function formatRange(range: TimeRange, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const day = (style === 'long' ? DAY_LONG : DAY_SHORT)[lang][range.day];
  return `${day} ${range.start}–${range.end}`;
}

/** At most `max` ranges, then "+2 meer" / "+2 more", so details stay short. */
export function formatRanges(
  ranges: readonly TimeRange[],
  lang: Lang,
  style: 'short' | 'long' = 'short',
  max = 3,
): string {
  const shown = ranges.slice(0, max).map((r) => formatRange(r, lang, style));
  const sep = lang === 'nl' ? ' en ' : ' and ';
  let text = shown.length <= 2 ? shown.join(sep) : `${shown.slice(0, -1).join(', ')}${sep}${shown.at(-1)}`;
  if (ranges.length > max)
    text += lang === 'nl' ? ` (+${ranges.length - max} meer)` : ` (+${ranges.length - max} more)`;
  return text;
}

export const SKILL_LABEL: Record<Lang, Record<LanguageSkill, string>> = {
  nl: { SPEAKING: 'spreken', LISTENING: 'luisteren', READING: 'lezen', WRITING: 'schrijven' },
  en: { SPEAKING: 'speaking', LISTENING: 'listening', READING: 'reading', WRITING: 'writing' },
};

export function levelLabel(level: LanguageLevel, lang: Lang): string {
  if (level === 'NONE') return lang === 'nl' ? 'geen' : 'none';
  return level;
}

export const MODE_LABEL: Record<Lang, Record<TravelMode, string>> = {
  nl: { WALK: 'lopen', BIKE: 'fiets', EBIKE: 'e-bike', PUBLIC_TRANSPORT: 'ov', CAR: 'auto' },
  en: { WALK: 'walk', BIKE: 'bike', EBIKE: 'e-bike', PUBLIC_TRANSPORT: 'public transport', CAR: 'car' },
};

export const ROUTE_LABEL: Record<Lang, Record<LearningRoute, string>> = {
  nl: {
    Z_ROUTE: 'Z-route',
    B1_ROUTE: 'B1-route',
    ONDERWIJSROUTE: 'onderwijsroute',
    JONGERENROUTE: 'jongerenroute',
  },
  en: {
    Z_ROUTE: 'Z-route',
    B1_ROUTE: 'B1 route',
    ONDERWIJSROUTE: 'education route',
    JONGERENROUTE: 'youth route',
  },
};

export const TARGET_GROUP_LABEL: Record<Lang, Record<TargetGroup, string>> = {
  nl: { STATUSHOUDER: 'statushouders', GEZINSMIGRANT: 'gezinsmigranten', OVERIG: 'overige migranten' },
  en: { STATUSHOUDER: 'status holders', GEZINSMIGRANT: 'family migrants', OVERIG: 'other migrants' },
};

export const LOAD_LABEL: Record<Lang, Record<PhysicalLoad, string>> = {
  nl: { LIGHT: 'licht', MEDIUM: 'middelzwaar', HEAVY: 'zwaar' },
  en: { LIGHT: 'light', MEDIUM: 'medium', HEAVY: 'heavy' },
};

export const STATUS_LABEL: Record<Lang, Record<PlacementStatus, string>> = {
  nl: { DRAFT: 'concept', PUBLISHED: 'gepubliceerd', PAUSED: 'gepauzeerd', CLOSED: 'gesloten' },
  en: { DRAFT: 'draft', PUBLISHED: 'published', PAUSED: 'paused', CLOSED: 'closed' },
};

export const COMPENSATION_LABEL: Record<Lang, Record<Compensation, string>> = {
  nl: { NONE: 'onbetaald', VOLUNTEER_ALLOWANCE: 'vrijwilligersvergoeding', PAID: 'betaald' },
  en: { NONE: 'unpaid', VOLUNTEER_ALLOWANCE: 'volunteer allowance', PAID: 'paid' },
};

export const PREFERENCE_LABEL: Record<Lang, Record<CompensationPreference, string>> = {
  nl: {
    NO_PREFERENCE: 'geen voorkeur voor betaald werk',
    PAID_PREFERRED: 'deelnemer heeft liefst betaald werk',
    PAID_ONLY: 'deelnemer wil alleen betaald werk',
  },
  en: {
    NO_PREFERENCE: 'no preference for paid work',
    PAID_PREFERRED: 'participant prefers paid work',
    PAID_ONLY: 'participant wants paid work only',
  },
};

/**
 * Names of the languages groups and staff in Amersfoort use most (ISO 639-1). Dutch names are the
 * adjective form that follows "in het" ("in het Arabisch"). A code not listed is shown as itself.
 */
const LANGUAGE_NAME: Record<Lang, Record<string, string>> = {
  nl: {
    am: 'Amhaars',
    ar: 'Arabisch',
    de: 'Duits',
    en: 'Engels',
    es: 'Spaans',
    fa: 'Farsi',
    fr: 'Frans',
    hi: 'Hindi',
    ku: 'Koerdisch',
    pl: 'Pools',
    ps: 'Pasjtoe',
    ru: 'Russisch',
    so: 'Somalisch',
    ti: 'Tigrinya',
    tr: 'Turks',
    uk: 'Oekraïens',
  },
  en: {
    am: 'Amharic',
    ar: 'Arabic',
    de: 'German',
    en: 'English',
    es: 'Spanish',
    fa: 'Farsi',
    fr: 'French',
    hi: 'Hindi',
    ku: 'Kurdish',
    pl: 'Polish',
    ps: 'Pashto',
    ru: 'Russian',
    so: 'Somali',
    ti: 'Tigrinya',
    tr: 'Turkish',
    uk: 'Ukrainian',
  },
};

/** "Arabisch" / "Arabic" for `ar`; an unlisted code as itself. */
export function languageName(code: string, lang: Lang): string {
  return LANGUAGE_NAME[lang][code] ?? code;
}

/** Up to two decimals, without trailing zeros; Dutch uses a decimal comma. */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = Math.round(value * 100) / 100;
  const text = String(rounded);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

export function formatHours(hours: number, lang: Lang): string {
  return `${formatNumber(hours, lang)} ${lang === 'nl' ? 'u' : 'h'}`;
}

export function formatMinutesValue(minutes: number, lang: Lang): string {
  return `${formatNumber(minutes, lang)} min`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * A 'YYYY-MM-DD' day as a coach reads it: "1 oktober 2026", "1 October 2026". Written out, so
 * that 03-04 is never read as 4 March by one reader and 3 April by another. Text that is not such
 * a day is returned as it is.
 */
export function formatDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || month === undefined) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}
