import { INTRODUCTION_LIFECYCLE, INTRODUCTION_STATUSES, type IntroductionStatus } from '@plekwijzer/domain';

/**
 * Dutch labels for the keys of the insights tables (the council report prints them). A key without
 * a label — a criterion another part of the engine added later — is shown as it is, so new
 * vocabulary flows into the tables without a change here.
 */
const LABELS: Record<string, string> = {
  // Bottleneck columns: the engine's criteria and the two outcomes around them.
  ENOUGH_MATCHES: 'Genoeg passende plekken (3 of meer)',
  NOTHING_CLOSE: 'Geen plek in de buurt van passend',
  ROUTE: 'Leerroute',
  TARGET_GROUP: 'Doelgroep',
  PHYSICAL_LOAD: 'Belastbaarheid',
  HOURS: 'Uren per week',
  DATES: 'Data',
  Z_ROUTE_COUNTING: 'Telt niet voor Z-route-uren',
  LANGUAGE: 'Taalniveau',
  TRAVEL: 'Reistijd',
  AVAILABILITY: 'Beschikbaarheid',
  CHILDCARE: 'Kinderopvang',
  AUDIENCE: 'Voor wie de plek is',
  GROUP_LANGUAGE: 'Voertaal van de groep',
  COMPENSATION: 'Vergoeding (alleen betaald)',
  // One-step relaxations (what one change unlocks).
  LANGUAGE_LEVEL: 'Eén taalniveau hoger',
  TRAVEL_MINUTES: '10 minuten langer reizen',
  TRAVEL_MODE: 'Eén vervoermiddel erbij (fiets, e-bike of ov)',
  CHILDCARE_HALF_DAY: 'Kinderopvang op één dagdeel meer',
  CLASS_BLOCK: 'Eén lesblok verplaatst',
  // Routes and language bands.
  Z_ROUTE: 'Z-route',
  B1_ROUTE: 'B1-route',
  ONDERWIJSROUTE: 'Onderwijsroute',
  JONGERENROUTE: 'Jongerenroute',
  NONE: 'Geen Nederlands (nog)',
  A1: 'A1',
  A2: 'A2',
  B1_PLUS: 'B1 of hoger',
  OTHER: 'Overig (kleine groepen samen)',
  // Supply and demand columns.
  PLACES: 'Plekken',
  CAPACITY: 'Capaciteit',
  FREE_SPOTS: 'Vrije plekken',
  BLIND_SPOTS: 'Plekken zonder passende kandidaat',
  FITTING_PARTICIPANTS: 'Deelnemers met een passende plek',
  // Pipeline additions: days to start, hours by who logged them, risks.
  MEDIAN_DAYS: 'Mediaan (dagen)',
  P75_DAYS: '75e percentiel (dagen)',
  'ORGANISATION:PLACEMENT': 'Werkgever of partner, op de plek',
  'COACH:PLACEMENT': 'Begeleider, op de plek',
  'COACH:STAP_IN_PVT': 'Begeleider: Stap-in / PVT',
  'COACH:TAALCAFE': 'Begeleider: taalcafé',
  'COACH:OTHER_ACTIVITY': 'Begeleider: andere activiteit',
  ON_TRACK: 'Op schema',
  AT_RISK: 'Risico',
  OFF_TRACK: 'Achter',
  NOT_APPLICABLE: 'Niet van toepassing (niet in de Z-route)',
  // Week parts, and the rows of demand without supply (route:childcare).
  MORNING: 'Ochtend (werkdagen)',
  AFTERNOON: 'Middag (werkdagen)',
  EVENING: 'Avond (werkdagen)',
  WEEKEND: 'Weekend',
  // Sectors and kinds of place (supply and demand by sector or by kind).
  ADMINISTRATIE: 'Administratie',
  BOUW: 'Bouw',
  CULTUUR: 'Cultuur',
  DETAILHANDEL: 'Winkel (detailhandel)',
  GROEN: 'Groen',
  HORECA: 'Horeca',
  KINDEROPVANG_ONDERWIJS: 'Kinderopvang en onderwijs',
  KRINGLOOP: 'Kringloop',
  LOGISTIEK: 'Logistiek',
  ONTMOETING_TAAL: 'Ontmoeting en taal',
  PRODUCTIE: 'Productie',
  SCHOONMAAK: 'Schoonmaak',
  SPORT: 'Sport',
  TECHNIEK: 'Techniek',
  WELZIJN: 'Welzijn',
  ZORG: 'Zorg',
  ACTIVITEIT: 'Activiteit',
  PARTICIPATIEPLEK: 'Participatieplek',
  PROEFPLAATSING: 'Proefplaatsing',
  STAGE: 'Stage',
  TAALSTAGE: 'Taalstage',
  VRIJWILLIGERSWERK: 'Vrijwilligerswerk',
  WERKERVARINGSPLEK: 'Werkervaringsplek',
  // Introduction statuses.
  PROPOSED: 'Voorgedragen (wacht op antwoord)',
  ACCEPTED: 'Geaccepteerd',
  STARTED: 'Gestart',
  COMPLETED: 'Afgerond',
  WITHDRAWN: 'Ingetrokken',
  DECLINED: 'Afgewezen',
  ENDED_EARLY: 'Voortijdig gestopt',
};

/** Decline and early-end reasons, in the pipeline's "STATUS:REASON" columns. */
const REASONS: Record<string, string> = {
  LANGUAGE: 'taal',
  AVAILABILITY: 'beschikbaarheid',
  CHILDCARE: 'kinderopvang',
  TRAVEL: 'reistijd',
  NO_CAPACITY: 'geen plek vrij',
  PROFILE_FIT: 'profiel past niet',
  NO_RESPONSE: 'geen reactie',
  COMPLETED_GOALS: 'doelen eerder bereikt',
  FOUND_WORK: 'werk gevonden',
  HEALTH: 'gezondheid',
  SCHEDULE_CONFLICT: 'rooster botst',
  PLACE_ENDED: 'plek gestopt',
  PARTICIPANT_STOPPED: 'deelnemer gestopt',
  OTHER: 'andere reden',
  UNKNOWN: 'geen reden',
};

/**
 * English labels for the same keys, for a chart drawn in English (insightsChartSvg's language); the
 * web's catalogue (analyst.key.*) says the same words beside it.
 */
const LABELS_EN: Record<string, string> = {
  ENOUGH_MATCHES: 'Enough fitting places (3 or more)',
  NOTHING_CLOSE: 'No place close to fitting',
  ROUTE: 'Learning route',
  TARGET_GROUP: 'Target group',
  PHYSICAL_LOAD: 'Physical load',
  HOURS: 'Hours per week',
  DATES: 'Dates',
  Z_ROUTE_COUNTING: 'Does not count for Z-route hours',
  LANGUAGE: 'Language level',
  TRAVEL: 'Travel time',
  AVAILABILITY: 'Availability',
  CHILDCARE: 'Childcare',
  AUDIENCE: 'Who the place is for',
  GROUP_LANGUAGE: 'Language of the group',
  COMPENSATION: 'Pay (paid only)',
  LANGUAGE_LEVEL: 'One language level higher',
  TRAVEL_MINUTES: '10 more minutes of travel',
  TRAVEL_MODE: 'One more way to travel (bike, e-bike or public transport)',
  CHILDCARE_HALF_DAY: 'Childcare on one more half-day',
  CLASS_BLOCK: 'One class block moved',
  Z_ROUTE: 'Z-route',
  B1_ROUTE: 'B1 route',
  ONDERWIJSROUTE: 'Education route',
  JONGERENROUTE: 'Youth route',
  NONE: 'No Dutch (yet)',
  A1: 'A1',
  A2: 'A2',
  B1_PLUS: 'B1 or higher',
  OTHER: 'Other (small groups together)',
  PLACES: 'Places',
  CAPACITY: 'Capacity',
  FREE_SPOTS: 'Free spots',
  BLIND_SPOTS: 'Places nobody fits',
  FITTING_PARTICIPANTS: 'Participants with a fitting place',
  MEDIAN_DAYS: 'Median (days)',
  P75_DAYS: '75th percentile (days)',
  'ORGANISATION:PLACEMENT': 'Employer or partner, at the place',
  'COACH:PLACEMENT': 'Coach, at the place',
  'COACH:STAP_IN_PVT': 'Coach: Stap-in / PVT',
  'COACH:TAALCAFE': 'Coach: language café',
  'COACH:OTHER_ACTIVITY': 'Coach: other activity',
  // Sectors and kinds of place (supply and demand by sector or by kind).
  ADMINISTRATIE: 'Administration',
  BOUW: 'Construction',
  CULTUUR: 'Culture',
  DETAILHANDEL: 'Retail',
  GROEN: 'Green spaces and gardening',
  HORECA: 'Hospitality',
  KINDEROPVANG_ONDERWIJS: 'Childcare and education',
  KRINGLOOP: 'Second-hand and recycling',
  LOGISTIEK: 'Logistics',
  ONTMOETING_TAAL: 'Meeting people and language',
  PRODUCTIE: 'Production',
  SCHOONMAAK: 'Cleaning',
  SPORT: 'Sport',
  TECHNIEK: 'Technology and repair',
  WELZIJN: 'Social work',
  ZORG: 'Care',
  ACTIVITEIT: 'Activity',
  PARTICIPATIEPLEK: 'Participation place',
  PROEFPLAATSING: 'Trial placement',
  STAGE: 'Internship',
  TAALSTAGE: 'Language internship',
  VRIJWILLIGERSWERK: 'Volunteer work',
  WERKERVARINGSPLEK: 'Work-experience place',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  NOT_APPLICABLE: 'Not applicable (not in the Z-route)',
  MORNING: 'Morning (weekdays)',
  AFTERNOON: 'Afternoon (weekdays)',
  EVENING: 'Evening (weekdays)',
  WEEKEND: 'Weekend',
  PROPOSED: 'Proposed (awaiting an answer)',
  ACCEPTED: 'Accepted',
  STARTED: 'Started',
  COMPLETED: 'Completed',
  WITHDRAWN: 'Withdrawn',
  DECLINED: 'Declined',
  ENDED_EARLY: 'Ended early',
};

const REASONS_EN: Record<string, string> = {
  LANGUAGE: 'language',
  AVAILABILITY: 'availability',
  CHILDCARE: 'childcare',
  TRAVEL: 'travel time',
  NO_CAPACITY: 'no capacity',
  PROFILE_FIT: 'profile does not fit',
  NO_RESPONSE: 'no response',
  COMPLETED_GOALS: 'goals reached early',
  FOUND_WORK: 'found work',
  HEALTH: 'health',
  SCHEDULE_CONFLICT: 'schedule conflict',
  PLACE_ENDED: 'place ended',
  PARTICIPANT_STOPPED: 'participant stopped',
  OTHER: 'other reason',
  UNKNOWN: 'no reason',
};

/** One language's words for the keys, and for the two kinds of composed key. */
interface Vocabulary {
  labels: Record<string, string>;
  reasons: Record<string, string>;
  careNeeded: string;
  noCareNeeded: string;
}

const DUTCH: Vocabulary = {
  labels: LABELS,
  reasons: REASONS,
  careNeeded: 'met kinderopvang nodig',
  noCareNeeded: 'zonder kinderopvang nodig',
};
const ENGLISH: Vocabulary = {
  labels: LABELS_EN,
  reasons: REASONS_EN,
  careNeeded: 'needs childcare',
  noCareNeeded: 'no childcare needed',
};

/**
 * A key's label: its own, or composed for "ROUTE:CHILDCARE" and "STATUS:REASON" keys. Where the
 * vocabulary has no word for the key (or its first part), `fallback` decides: the key itself, or
 * undefined.
 */
function labelIn(words: Vocabulary, key: string, fallback: 'key' | 'none'): string | undefined {
  if (words.labels[key]) return words.labels[key];
  const [first, second] = key.split(':');
  const name = words.labels[first] ?? (fallback === 'key' ? first : undefined);
  if (!second) return fallback === 'key' ? key : undefined;
  if (name === undefined) return undefined;
  // "DECLINED:CHILDCARE" is a decline for childcare, not declined people who need it: a status
  // that takes reasons is always followed by its reason.
  if (takesReasons(first)) return `${name}: ${words.reasons[second] ?? second}`;
  if (second === 'CHILDCARE') return `${name}, ${words.careNeeded}`;
  if (second === 'NO_CHILDCARE') return `${name}, ${words.noCareNeeded}`;
  return `${name}: ${words.reasons[second] ?? second}`;
}

function takesReasons(key: string): boolean {
  return (
    (INTRODUCTION_STATUSES as readonly string[]).includes(key) &&
    INTRODUCTION_LIFECYCLE[key as IntroductionStatus].reasons !== null
  );
}

/**
 * A key's English label, or undefined for a key that is a name (an organisation, a municipality)
 * or a quarter: the table's label says those in every language.
 */
export function englishLabelOf(key: string): string | undefined {
  return labelIn(ENGLISH, key, 'none');
}

export function labelOf(key: string): string {
  return labelIn(DUTCH, key, 'key')!;
}

/** A table key with its Dutch label and its English one (null where the key has no English words). */
export function labelsOf(key: string): { key: string; label: string; labelEn: string | null } {
  return { key, label: labelOf(key), labelEn: englishLabelOf(key) ?? null };
}
