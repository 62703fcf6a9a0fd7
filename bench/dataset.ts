/*
 * The synthetic national data set: organisations, coaches, places, participants and
 * introductions as database rows (snake_case columns, JSON columns in the entities' stored
 * formats). Deterministic for a given seed and reference date.
 *
 * Places and participants are spread over the Dutch PC4 areas of data/nl-pc4-centroids.csv,
 * weighted by urbanity: a PC4 with many other PC4 centroids within 3 km (small areas = dense
 * housing) is drawn far more often. With the default sizes that puts about 64 % of places and
 * participants in the 54 largest municipalities, and places in 308 of the 345 municipalities.
 */
import type { Pc4Location } from '@plekwijzer/geo';
import { Rng, WeightedIndex } from './rng.js';
import {
  addDays,
  LANGUAGE_LEVELS,
  LEARNING_ROUTES,
  SECTORS as ALL_SECTORS,
  TARGET_GROUPS,
  type LanguageLevel,
  type LearningRoute,
  type PhysicalLoad,
  type PlacementType,
  type Sector,
  type TargetGroup,
  type TravelMode,
  type Weekday,
} from '@plekwijzer/domain';

type Day = Weekday;
type Level = LanguageLevel;
type Route = LearningRoute;
type Group = TargetGroup;
type Load = PhysicalLoad;
type Mode = TravelMode;
type PlaceType = PlacementType;

export interface Range {
  day: Day;
  start: string;
  end: string;
}

export interface OrganisationRow {
  id: string;
  kind: 'EMPLOYER' | 'PARTNER' | 'COACHING';
  name: string;
  kvk_number: string | null;
  street: string;
  postcode: string;
  pc4: string;
  city: string;
  contact_name: string;
  contact_email: string;
}

export interface UserRow {
  id: string;
  organisation_id: string;
  role: 'COACH';
  display_name: string;
  email: string;
  external_subject: string;
  active: boolean;
}

export interface PlacementRow {
  id: string;
  organisation_id: string;
  type: PlaceType;
  status: 'DRAFT' | 'PUBLISHED' | 'PAUSED' | 'CLOSED';
  title: string;
  description: string;
  sector: Sector;
  street: string;
  postcode: string;
  pc4: string;
  city: string;
  lat: number;
  lon: number;
  language_requirements: Array<{ skill: string; level: Level; required: boolean }>;
  max_required_level: number;
  support_buddy: boolean;
  support_supervisor: boolean;
  staff_languages: string[];
  dutch_speaking_environment: boolean;
  schedule: {
    kind: 'FIXED' | 'FLEXIBLE';
    shifts: Range[];
    windows: Range[];
    minHoursPerWeek: number;
    maxHoursPerWeek: number;
  };
  start_date: string;
  end_date: string | null;
  childcare_kind: 'NONE' | 'ON_SITE' | 'CHILDREN_WELCOME';
  childcare_min_age: number | null;
  childcare_max_age: number | null;
  physical_load: Load;
  wheelchair_accessible: boolean;
  capacity: number;
  open_to_routes: Route[];
  open_to_target_groups: Group[];
  map_practice: boolean;
  compensation: 'NONE' | 'VOLUNTEER_ALLOWANCE' | 'PAID';
  published_at: string | null;
  version: number;
}

export interface ParticipantRow {
  id: string;
  coach_id: string;
  client_reference: string;
  nickname: string | null;
  route: Route;
  target_group: Group;
  pip_date: string;
  level_speaking: Level;
  level_listening: Level;
  level_reading: Level;
  level_writing: Level;
  other_languages: string[];
  home_pc4: string;
  travel_modes: Mode[];
  max_travel_minutes: number;
  availability: Range[];
  commitments: Array<{ kind: 'LANGUAGE_CLASS' | 'OTHER'; label: string; range: Range }>;
  available_from: string | null;
  childcare_needed: boolean;
  children_ages: number[];
  childcare_covered: Range[];
  max_hours_per_week: number;
  physical_capacity: Load;
  interests: Sector[];
  consent_to_be_proposed: boolean;
  version: number;
}

export interface IntroductionRow {
  id: string;
  participant_id: string;
  placement_id: string;
  coach_id: string;
  organisation_id: string;
  status: 'ACCEPTED' | 'STARTED';
  consent_recorded_by: string;
  consent_recorded_at: string;
  start_date: string | null;
  version: number;
}

export interface Coach {
  id: string;
  subject: string;
}

export interface Dataset {
  organisations: OrganisationRow[];
  coaches: UserRow[];
  placements: PlacementRow[];
  participants: ParticipantRow[];
  introductions: IntroductionRow[];
}

export interface DatasetSize {
  publishedPlaces: number;
  unpublishedPlaces: number;
  participants: number;
  /** Average caseload per coach. */
  caseload: number;
}

const LEVELS = LANGUAGE_LEVELS;
const WEEKDAYS: readonly Day[] = ['MON', 'TUE', 'WED', 'THU', 'FRI'];
const ALL_ROUTES: Route[] = [...LEARNING_ROUTES];
const ALL_GROUPS: Group[] = [...TARGET_GROUPS];
// Same order as the vocabulary, so the seeded data set stays the same.
const SECTORS: readonly Sector[] = ALL_SECTORS;
const OTHER_LANGUAGES = [
  'ar',
  'ti',
  'so',
  'fa',
  'uk',
  'tr',
  'en',
  'ru',
  'ps',
  'ku',
  'am',
  'fr',
  'es',
  'pl',
] as const;

const SECTOR_WORDS: Record<Sector, string[]> = {
  ZORG: ['zorgcentrum', 'verpleeghuis', 'thuiszorg', 'dagbesteding'],
  HORECA: ['restaurant', 'lunchroom', 'keuken', 'hotel'],
  DETAILHANDEL: ['supermarkt', 'bouwmarkt', 'kledingwinkel', 'drogisterij'],
  LOGISTIEK: ['magazijn', 'distributiecentrum', 'orderpicken', 'voedselbank'],
  GROEN: ['tuincentrum', 'groenonderhoud', 'stadsboerderij', 'kwekerij'],
  TECHNIEK: ['fietsenmaker', 'garage', 'installatiebedrijf', 'repair café'],
  SCHOONMAAK: ['schoonmaakbedrijf', 'facilitair team', 'sporthal', 'kantoorschoonmaak'],
  KINDEROPVANG_ONDERWIJS: ['basisschool', 'kinderopvang', 'peuterspeelzaal', 'bso'],
  SPORT: ['voetbalclub', 'zwembad', 'sportvereniging', 'fitness'],
  CULTUUR: ['bibliotheek', 'museum', 'theater', 'muziekschool'],
  WELZIJN: ['buurthuis', 'welzijnsorganisatie', 'inloophuis', 'wijkcentrum'],
  KRINGLOOP: ['kringloopwinkel', 'repair café', 'weggeefwinkel', 'textielsortering'],
  ADMINISTRATIE: ['gemeentekantoor', 'administratiekantoor', 'receptie', 'archief'],
  BOUW: ['bouwbedrijf', 'schilder', 'timmerwerkplaats', 'stukadoor'],
  PRODUCTIE: ['productiebedrijf', 'bakkerij', 'sociale werkplaats', 'drukkerij'],
  ONTMOETING_TAAL: ['taalcafé', 'koffieochtend', 'praatgroep', 'vrouwengroep'],
};

const TYPE_WORDS: Record<PlaceType, string> = {
  PARTICIPATIEPLEK: 'Participatieplek',
  STAGE: 'Stage',
  WERKERVARINGSPLEK: 'Werkervaringsplek',
  VRIJWILLIGERSWERK: 'Vrijwilliger',
  TAALSTAGE: 'Taalstage',
  PROEFPLAATSING: 'Proefplaatsing',
  ACTIVITEIT: 'Activiteit',
};

const STREETS = [
  'Stationsstraat',
  'Kerkstraat',
  'Dorpsstraat',
  'Molenweg',
  'Schoolstraat',
  'Industrieweg',
  'Marktplein',
  'Parklaan',
  'Julianalaan',
  'Beatrixstraat',
  'Nieuwstraat',
  'Havenweg',
];

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const range = (day: Day, start: string, end: string): Range => ({ day, start, end });
const rangeHours = (r: Range): number => {
  const [sh, sm] = r.start.split(':').map(Number);
  const [eh, em] = r.end.split(':').map(Number);
  return (eh * 60 + em - (sh * 60 + sm)) / 60;
};

/** Urbanity weight per PC4: (1 + number of other PC4 centroids within 3 km) ^ 1.5. */
function urbanityWeights(areas: readonly Pc4Location[]): Float64Array {
  const n = areas.length;
  const neighbours = new Float64Array(n);
  const kmLat = 110.57;
  const kmLon = 111.32 * Math.cos((52.2 * Math.PI) / 180);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dy = (areas[i].lat - areas[j].lat) * kmLat;
      const dx = (areas[i].lon - areas[j].lon) * kmLon;
      if (dx * dx + dy * dy < 9) {
        neighbours[i]++;
        neighbours[j]++;
      }
    }
  }
  return neighbours.map((k) => (1 + k) ** 1.5);
}

export function generateDataset(
  areas: readonly Pc4Location[],
  size: DatasetSize,
  seed: number,
  today: string,
  onProgress: (message: string) => void,
): Dataset {
  const rng = new Rng(seed);
  const weights = urbanityWeights(areas);
  const pc4Picker = new WeightedIndex(weights);
  const byMunicipality = new Map<string, number[]>();
  areas.forEach((a, i) => {
    const list = byMunicipality.get(a.municipality) ?? [];
    list.push(i);
    byMunicipality.set(a.municipality, list);
  });

  const organisations: OrganisationRow[] = [];
  let kvk = 10_000_000;
  const postcodeOf = (pc4: string): string =>
    `${pc4} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`;
  const newOrganisation = (
    kind: OrganisationRow['kind'],
    area: Pc4Location,
    name: string,
  ): OrganisationRow => {
    const id = rng.uuid();
    const org: OrganisationRow = {
      id,
      kind,
      name,
      kvk_number: kind === 'EMPLOYER' ? String(kvk++) : null,
      street: `${rng.pick(STREETS)} ${rng.int(1, 220)}`,
      postcode: postcodeOf(area.pc4),
      pc4: area.pc4,
      city: area.municipality,
      contact_name: `Contact ${organisations.length + 1}`,
      contact_email: `contact${organisations.length + 1}@example.nl`,
    };
    organisations.push(org);
    return org;
  };

  // ---- Places, grouped into employer and partner organisations --------------------------------
  const placements: PlacementRow[] = [];
  const totalPlaces = size.publishedPlaces + size.unpublishedPlaces;
  const unpublishedEvery = size.unpublishedPlaces > 0 ? totalPlaces / size.unpublishedPlaces : Infinity;
  let nextUnpublished = unpublishedEvery / 2;
  while (placements.length < totalPlaces) {
    const area = areas[pc4Picker.draw(rng)];
    const partner = rng.chance(0.3);
    const mainSector = rng.pick(SECTORS);
    const org = newOrganisation(
      partner ? 'PARTNER' : 'EMPLOYER',
      area,
      `${partner ? 'Stichting' : 'BV'} ${rng.pick(SECTOR_WORDS[mainSector])} ${area.municipality} ${organisations.length + 1}`,
    );
    const count = rng.weighted<number>([
      [1, 40],
      [2, 20],
      [rng.int(3, 5), 25],
      [rng.int(6, 15), 15],
    ]);
    const nearby = byMunicipality.get(area.municipality)!;
    for (let k = 0; k < count && placements.length < totalPlaces; k++) {
      const placeArea = rng.chance(0.85) ? area : areas[rng.pick(nearby)];
      let status: PlacementRow['status'] = 'PUBLISHED';
      if (placements.length + 1 >= nextUnpublished) {
        nextUnpublished += unpublishedEvery;
        status = rng.weighted<PlacementRow['status']>([
          ['DRAFT', 40],
          ['PAUSED', 30],
          ['CLOSED', 30],
        ]);
      }
      placements.push(
        makePlacement(
          rng,
          org,
          placeArea,
          partner,
          rng.chance(0.6) ? mainSector : rng.pick(SECTORS),
          status,
          today,
        ),
      );
    }
    if (placements.length % 5000 < count) onProgress(`generating places ${placements.length}/${totalPlaces}`);
  }

  // ---- Participants, and coaches per municipality -----------------------------------------------
  const homes: number[] = [];
  for (let i = 0; i < size.participants; i++) homes.push(pc4Picker.draw(rng));
  const participantsByMunicipality = new Map<string, number[]>();
  homes.forEach((areaIndex, i) => {
    const m = areas[areaIndex].municipality;
    const list = participantsByMunicipality.get(m) ?? [];
    list.push(i);
    participantsByMunicipality.set(m, list);
  });
  const coaches: UserRow[] = [];
  const coachOf = new Array<UserRow>(size.participants);
  const municipalities = [...participantsByMunicipality.keys()].sort();
  for (const m of municipalities) {
    const members = participantsByMunicipality.get(m)!;
    const area = areas[byMunicipality.get(m)![0]];
    const org = newOrganisation('COACHING', area, `Inburgering ${m}`);
    const coachCount = Math.max(1, Math.round(members.length / size.caseload));
    const local: UserRow[] = [];
    for (let c = 0; c < coachCount; c++) {
      const n = coaches.length + 1;
      const coach: UserRow = {
        id: rng.uuid(),
        organisation_id: org.id,
        role: 'COACH',
        display_name: `Coach ${n} (${m})`,
        email: `coach${n}@bench.example.nl`,
        external_subject: `bench-coach-${n}`,
        active: true,
      };
      coaches.push(coach);
      local.push(coach);
    }
    members.forEach((p, k) => {
      coachOf[p] = local[k % local.length];
    });
  }
  const participants: ParticipantRow[] = [];
  for (let i = 0; i < size.participants; i++) {
    participants.push(makeParticipant(rng, coachOf[i], areas[homes[i]], i + 1, today));
    if ((i + 1) % 10000 === 0) onProgress(`generating participants ${i + 1}/${size.participants}`);
  }

  // ---- Introductions: some places partly or completely taken --------------------------------------
  const introductions: IntroductionRow[] = [];
  const published = placements.filter((p) => p.status === 'PUBLISHED');
  for (const place of published) {
    if (!rng.chance(0.15)) continue;
    const taken = rng.chance(0.5) ? place.capacity : Math.max(0, place.capacity - 1);
    const used = new Set<number>();
    for (let k = 0; k < taken; k++) {
      let p = rng.int(0, participants.length - 1);
      while (used.has(p)) p = rng.int(0, participants.length - 1);
      used.add(p);
      const participant = participants[p];
      const started = rng.chance(0.6);
      introductions.push({
        id: rng.uuid(),
        participant_id: participant.id,
        placement_id: place.id,
        coach_id: participant.coach_id,
        organisation_id: place.organisation_id,
        status: started ? 'STARTED' : 'ACCEPTED',
        consent_recorded_by: participant.coach_id,
        consent_recorded_at: `${addDays(today, -rng.int(10, 200))}T10:00:00Z`,
        start_date: started ? addDays(today, -rng.int(1, 120)) : null,
        version: 1,
      });
    }
  }
  return { organisations, coaches, placements, participants, introductions };
}

function makePlacement(
  rng: Rng,
  org: OrganisationRow,
  area: Pc4Location,
  partner: boolean,
  sector: Sector,
  status: PlacementRow['status'],
  today: string,
): PlacementRow {
  const type: PlaceType = partner
    ? rng.weighted<PlaceType>([
        ['VRIJWILLIGERSWERK', 50],
        ['ACTIVITEIT', 30],
        ['TAALSTAGE', 10],
        ['PARTICIPATIEPLEK', 10],
      ])
    : rng.weighted<PlaceType>([
        ['PARTICIPATIEPLEK', 30],
        ['WERKERVARINGSPLEK', 25],
        ['STAGE', 15],
        ['TAALSTAGE', 12],
        ['PROEFPLAATSING', 10],
        ['VRIJWILLIGERSWERK', 8],
      ]);
  const placeSector: Sector = type === 'ACTIVITEIT' ? (rng.chance(0.7) ? 'ONTMOETING_TAAL' : sector) : sector;

  // Language: one level for speaking and listening, reading a level lower or only preferred.
  const level = rng.weighted<Level>(
    type === 'ACTIVITEIT'
      ? [
          ['NONE', 85],
          ['A1', 15],
        ]
      : type === 'STAGE' || type === 'WERKERVARINGSPLEK' || type === 'PROEFPLAATSING'
        ? [
            ['A1', 20],
            ['A2', 50],
            ['B1', 30],
          ]
        : [
            ['NONE', 35],
            ['A1', 35],
            ['A2', 22],
            ['B1', 8],
          ],
  );
  const li = LEVELS.indexOf(level);
  const requirements: PlacementRow['language_requirements'] = [];
  if (li > 0) {
    requirements.push({ skill: 'SPEAKING', level, required: true });
    requirements.push({ skill: 'LISTENING', level, required: rng.chance(0.8) });
    if (rng.chance(0.5))
      requirements.push({
        skill: 'READING',
        level: LEVELS[li - 1 > 0 ? li - 1 : 1],
        required: rng.chance(0.5),
      });
    if (rng.chance(0.3))
      requirements.push({ skill: 'WRITING', level: LEVELS[li - 1 > 0 ? li - 1 : 1], required: false });
  } else if (rng.chance(0.3)) {
    requirements.push({ skill: 'SPEAKING', level: 'A1', required: false });
  }
  const maxRequired = Math.max(
    0,
    ...requirements.filter((r) => r.required).map((r) => LEVELS.indexOf(r.level)),
  );

  const schedule = makeSchedule(rng, type);
  const childcare = rng.weighted<PlacementRow['childcare_kind']>(
    type === 'ACTIVITEIT'
      ? [
          ['NONE', 60],
          ['CHILDREN_WELCOME', 35],
          ['ON_SITE', 5],
        ]
      : [
          ['NONE', 88],
          ['CHILDREN_WELCOME', 5],
          ['ON_SITE', 7],
        ],
  );
  const heavy: Sector[] = ['LOGISTIEK', 'BOUW', 'GROEN', 'PRODUCTIE'];
  const light: Sector[] = ['ADMINISTRATIE', 'CULTUUR', 'ONTMOETING_TAAL', 'WELZIJN'];
  const load: Load = heavy.includes(placeSector)
    ? rng.weighted<Load>([
        ['MEDIUM', 45],
        ['HEAVY', 55],
      ])
    : light.includes(placeSector)
      ? rng.weighted<Load>([
          ['LIGHT', 85],
          ['MEDIUM', 15],
        ])
      : rng.weighted<Load>([
          ['LIGHT', 40],
          ['MEDIUM', 50],
          ['HEAVY', 10],
        ]);
  const startsLater = rng.chance(0.25);
  const startDate = startsLater ? addDays(today, rng.int(1, 90)) : addDays(today, -rng.int(0, 365));
  const endDate = rng.chance(0.35) ? addDays(startDate, rng.int(90, 540)) : null;
  const staff = rng.chance(0.3) ? rng.sample(OTHER_LANGUAGES, rng.int(1, 2)) : [];
  const word = rng.pick(SECTOR_WORDS[placeSector]);
  return {
    id: rng.uuid(),
    organisation_id: org.id,
    type,
    status,
    title: `${TYPE_WORDS[type]} ${word}`,
    description: `${TYPE_WORDS[type]} bij ${org.name}: meewerken in ${word}, met begeleiding op de werkvloer.`,
    sector: placeSector,
    street: area.pc4 === org.pc4 ? org.street : `${rng.pick(STREETS)} ${rng.int(1, 220)}`,
    postcode:
      area.pc4 === org.pc4
        ? org.postcode
        : `${area.pc4} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
    pc4: area.pc4,
    city: area.municipality,
    lat: area.lat,
    lon: area.lon,
    language_requirements: requirements,
    max_required_level: maxRequired,
    support_buddy: rng.chance(0.5),
    support_supervisor: rng.chance(0.8),
    staff_languages: staff,
    dutch_speaking_environment: rng.chance(0.85),
    schedule,
    start_date: startDate,
    end_date: endDate,
    childcare_kind: childcare,
    childcare_min_age: childcare === 'ON_SITE' ? 0 : null,
    childcare_max_age: childcare === 'ON_SITE' ? rng.pick([4, 4, 12]) : null,
    physical_load: load,
    wheelchair_accessible: rng.chance(0.4),
    capacity:
      type === 'ACTIVITEIT'
        ? rng.int(8, 25)
        : rng.weighted<number>([
            [1, 40],
            [2, 30],
            [rng.int(3, 5), 30],
          ]),
    open_to_routes: rng.weighted<Route[]>([
      [ALL_ROUTES, 70],
      [['Z_ROUTE', 'B1_ROUTE'], 15],
      [['B1_ROUTE', 'ONDERWIJSROUTE', 'JONGERENROUTE'], 10],
      [['Z_ROUTE'], 5],
    ]),
    open_to_target_groups: rng.weighted<Group[]>([
      [ALL_GROUPS, 85],
      [['STATUSHOUDER'], 10],
      [['STATUSHOUDER', 'GEZINSMIGRANT'], 5],
    ]),
    map_practice: rng.chance(0.2),
    compensation:
      type === 'PROEFPLAATSING' || (type === 'STAGE' && rng.chance(0.4))
        ? 'PAID'
        : type === 'VRIJWILLIGERSWERK' && rng.chance(0.5)
          ? 'VOLUNTEER_ALLOWANCE'
          : 'NONE',
    published_at: status === 'DRAFT' ? null : `${addDays(today, -rng.int(1, 400))}T09:00:00Z`,
    version: 1,
  };
}

function makeSchedule(rng: Rng, type: PlaceType): PlacementRow['schedule'] {
  if (type === 'ACTIVITEIT') {
    // A weekly group session of two hours: daytime, evening or Saturday morning.
    const sessions = rng.int(1, 2);
    const days = rng.sample([...WEEKDAYS, 'SAT'] as Day[], sessions);
    const shifts = days.map((day) => {
      if (day === 'SAT') return range(day, '10:00', '12:00');
      return rng.weighted<Range>([
        [range(day, '10:00', '12:00'), 45],
        [range(day, '13:30', '15:30'), 25],
        [range(day, '19:00', '21:00'), 30],
      ]);
    });
    return fixed(shifts);
  }
  if (rng.chance(0.6)) {
    // Fixed shifts on 2–4 days: mostly daytime half days, some evenings and Saturdays.
    const dayCount = rng.int(2, 4);
    const days: Day[] = rng.sample(WEEKDAYS, dayCount);
    if (rng.chance(0.12)) days[days.length - 1] = 'SAT';
    const pattern = rng.weighted<string>([
      ['morning', 45],
      ['afternoon', 20],
      ['day', 15],
      ['mixed', 12],
      ['evening', 8],
    ]);
    const shifts = days.map((day): Range => {
      if (day === 'SAT') return range(day, '10:00', '16:00');
      switch (pattern === 'mixed' ? rng.pick(['morning', 'afternoon', 'evening']) : pattern) {
        case 'morning':
          return rng.pick([
            range(day, '09:00', '13:00'),
            range(day, '08:30', '12:30'),
            range(day, '09:30', '12:30'),
          ]);
        case 'afternoon':
          return rng.pick([
            range(day, '13:00', '17:00'),
            range(day, '12:30', '16:30'),
            range(day, '13:30', '16:30'),
          ]);
        case 'day':
          return rng.pick([range(day, '09:00', '15:00'), range(day, '09:00', '17:00')]);
        default:
          return range(day, '18:00', '21:00');
      }
    });
    return fixed(shifts.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day)));
  }
  // A flexible window on 3–5 weekdays with a minimum of hours per week.
  const days = rng.chance(0.5) ? [...WEEKDAYS] : rng.sample(WEEKDAYS, rng.int(3, 4));
  const [start, end] = rng.pick([
    ['08:00', '18:00'],
    ['09:00', '17:00'],
    ['08:30', '16:30'],
    ['09:00', '13:00'],
  ]);
  const windows = days
    .sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
    .map((day) => range(day, start, end));
  if (rng.chance(0.1)) windows.push(range('SAT', '09:00', '17:00'));
  const windowHours = windows.reduce((sum, r) => sum + rangeHours(r), 0);
  const min = Math.min(rng.pick([0, 4, 4, 6, 8, 8, 12, 16]), windowHours);
  const max = Math.min(windowHours, min + rng.pick([4, 8, 12, 16]));
  return { kind: 'FLEXIBLE', shifts: [], windows, minHoursPerWeek: min, maxHoursPerWeek: max };
}

function fixed(shifts: Range[]): PlacementRow['schedule'] {
  const total = Math.round(shifts.reduce((sum, r) => sum + rangeHours(r), 0) * 100) / 100;
  return { kind: 'FIXED', shifts, windows: [], minHoursPerWeek: total, maxHoursPerWeek: total };
}

function makeParticipant(
  rng: Rng,
  coach: UserRow,
  home: Pc4Location,
  n: number,
  today: string,
): ParticipantRow {
  const route = rng.weighted<Route>([
    ['Z_ROUTE', 22],
    ['B1_ROUTE', 55],
    ['ONDERWIJSROUTE', 15],
    ['JONGERENROUTE', 8],
  ]);
  const base = rng.weighted<number>(
    route === 'Z_ROUTE'
      ? [
          [0, 35],
          [1, 50],
          [2, 15],
        ]
      : route === 'B1_ROUTE'
        ? [
            [1, 30],
            [2, 45],
            [3, 25],
          ]
        : route === 'ONDERWIJSROUTE'
          ? [
              [2, 30],
              [3, 50],
              [4, 20],
            ]
          : [
              [1, 20],
              [2, 50],
              [3, 30],
            ],
  );
  const skill = (shift: number): Level => {
    let l = base + shift;
    if (rng.chance(0.2)) l--;
    else if (rng.chance(0.15)) l++;
    return LEVELS[Math.max(0, Math.min(5, l))];
  };

  // Free time: weekdays in the day (one weekday off for some), some evenings, some Saturdays.
  const availability: Range[] = [];
  const partTime = rng.chance(0.25);
  const dayOff = rng.chance(0.3) ? rng.pick(WEEKDAYS) : null;
  for (const day of WEEKDAYS) {
    if (day === dayOff) continue;
    availability.push(
      partTime ? range(day, '09:00', '15:00') : range(day, rng.pick(['08:00', '08:30', '09:00']), '17:30'),
    );
  }
  if (rng.chance(0.2))
    for (const day of rng.sample(WEEKDAYS, 2))
      if (day !== dayOff) availability.push(range(day, '18:00', '22:00'));
  if (rng.chance(0.25)) availability.push(range('SAT', '09:00', '17:00'));

  // Language classes on 2–3 mornings (some in the afternoon), sometimes another appointment.
  const classDays = rng.sample(
    WEEKDAYS,
    route === 'Z_ROUTE'
      ? rng.int(2, 3)
      : rng.weighted<number>([
          [2, 30],
          [3, 70],
        ]),
  );
  const afternoon = rng.chance(0.2);
  const commitments: ParticipantRow['commitments'] = classDays.map((day) => ({
    kind: 'LANGUAGE_CLASS' as const,
    label: 'Taalles',
    range: afternoon ? range(day, '13:00', '16:00') : range(day, '09:00', rng.pick(['12:00', '12:30'])),
  }));
  if (rng.chance(0.2)) {
    commitments.push({
      kind: 'OTHER',
      label: 'Afspraak',
      range: range(rng.pick(WEEKDAYS), '13:30', '15:00'),
    });
  }

  // Childcare: school hours for school-age children, day care on some days for the youngest.
  const needsCare = rng.chance(0.28);
  const ages: number[] = [];
  const covered: Range[] = [];
  if (needsCare) {
    if (rng.chance(0.9)) for (let k = rng.int(1, 3); k > 0; k--) ages.push(rng.int(0, 13));
    const schoolAge = ages.length === 0 || ages.some((a) => a >= 4);
    const toddler = ages.some((a) => a < 4);
    const cover = new Map<Day, [number, number]>();
    const add = (day: Day, s: number, e: number): void => {
      const prev = cover.get(day);
      cover.set(day, prev ? [Math.min(prev[0], s), Math.max(prev[1], e)] : [s, e]);
    };
    if (schoolAge && !toddler) {
      for (const day of WEEKDAYS) add(day, 8 * 60 + 30, day === 'WED' ? 12 * 60 + 15 : 14 * 60 + 30);
      if (rng.chance(0.3)) for (const day of rng.sample(WEEKDAYS, 2)) add(day, 8 * 60, 18 * 60); // after-school care
    } else {
      for (const day of rng.sample(WEEKDAYS, rng.int(2, 3))) add(day, 8 * 60, 18 * 60); // day care
    }
    for (const [day, [s, e]] of cover) covered.push(range(day, hhmm(s), hhmm(e)));
    if (rng.chance(0.3)) for (const day of WEEKDAYS) covered.push(range(day, '18:00', '22:00')); // partner at home
    covered.sort(
      (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.start.localeCompare(b.start),
    );
  }

  const modes = rng.weighted<Mode[]>([
    [['BIKE', 'PUBLIC_TRANSPORT', 'WALK'], 35],
    [['BIKE', 'WALK'], 25],
    [['PUBLIC_TRANSPORT', 'WALK'], 20],
    [['WALK'], 5],
    [['EBIKE', 'PUBLIC_TRANSPORT', 'WALK'], 7],
    [['CAR', 'BIKE', 'WALK'], 5],
    [['BIKE'], 3],
  ]);
  return {
    id: rng.uuid(),
    coach_id: coach.id,
    client_reference: `KL-${String(n).padStart(6, '0')}`,
    nickname: rng.chance(0.3) ? `Deelnemer ${n}` : null,
    route,
    target_group: rng.weighted<Group>([
      ['STATUSHOUDER', 60],
      ['GEZINSMIGRANT', 30],
      ['OVERIG', 10],
    ]),
    pip_date: addDays(today, -rng.int(0, 1150)),
    level_speaking: skill(0),
    level_listening: skill(0),
    level_reading: skill(0),
    level_writing: skill(rng.chance(0.3) ? -1 : 0),
    other_languages: rng.sample(OTHER_LANGUAGES, rng.int(1, 2)),
    home_pc4: home.pc4,
    travel_modes: modes,
    max_travel_minutes: rng.weighted<number>([
      [15, 10],
      [20, 15],
      [30, 35],
      [45, 25],
      [60, 15],
    ]),
    availability,
    commitments,
    available_from: rng.chance(0.15) ? addDays(today, rng.int(7, 90)) : null,
    childcare_needed: needsCare,
    children_ages: ages,
    childcare_covered: covered,
    max_hours_per_week: rng.weighted<number>([
      [8, 15],
      [12, 20],
      [16, 25],
      [20, 20],
      [24, 10],
      [32, 10],
    ]),
    physical_capacity: rng.weighted<Load>([
      ['LIGHT', 25],
      ['MEDIUM', 50],
      ['HEAVY', 25],
    ]),
    interests: rng.sample(SECTORS, rng.int(1, 3)),
    consent_to_be_proposed: rng.chance(0.8),
    version: 1,
  };
}
