import { registerEnumType } from '@nestjs/graphql';
import {
  PlacementType,
  PlacementStatus,
  LanguageLevel,
  LanguageSkill,
  Weekday,
  ScheduleKind,
  ChildcareKind,
  PhysicalLoad,
  LearningRoute,
  TargetGroup,
  Compensation,
  PlaceAudience,
  Sector,
} from '@plekwijzer/domain';

// The values live in @plekwijzer/domain; this file registers them as GraphQL enums.
export {
  PlacementType,
  PlacementStatus,
  LanguageLevel,
  LanguageSkill,
  Weekday,
  ScheduleKind,
  ChildcareKind,
  PhysicalLoad,
  LearningRoute,
  TargetGroup,
  Compensation,
  PlaceAudience,
  Sector,
};

// The same strings the matching engine and search use, so rows map to them without tables.

registerEnumType(PlacementType, {
  name: 'PlacementType',
  description: 'What kind of offer a place is.',
  valuesMap: {
    PARTICIPATIEPLEK: { description: 'Participation place: taking part in a workplace without pay.' },
    STAGE: { description: 'Internship.' },
    WERKERVARINGSPLEK: { description: 'Work-experience place.' },
    VRIJWILLIGERSWERK: { description: 'Volunteer work.' },
    TAALSTAGE: { description: 'Language internship: practising Dutch at work.' },
    PROEFPLAATSING: { description: 'Trial placement with an employer, often towards a job.' },
    ACTIVITEIT: { description: 'Recurring group activity, such as a taalcafé.' },
  },
});

registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: 'DRAFT → PUBLISHED → PAUSED ↔ PUBLISHED → CLOSED. Only published places are matched.',
  valuesMap: {
    DRAFT: {
      description:
        'Being prepared: may be incomplete; visible only to its own organisation and admins, never matched or searched.',
    },
    PUBLISHED: {
      description:
        'Open: visible to every signed-in user, found by search and matching, and can accept introductions.',
    },
    PAUSED: {
      description:
        'Temporarily taken offline: not matched or searched, visible only to its own organisation and admins; can be published again.',
    },
    CLOSED: { description: 'Closed for good: can no longer be changed or published again.' },
  },
});

registerEnumType(LanguageLevel, {
  name: 'LanguageLevel',
  description: 'Taalniveau on the CEFR scale; NONE means no Dutch yet (or none needed).',
  valuesMap: {
    NONE: { description: 'No Dutch yet (below A1); as a requirement: no level needed.' },
    A1: { description: 'A1: basic words and phrases; the target level of the Z-route.' },
    A2: { description: 'A2: simple everyday exchanges; a threshold volunteer organisations often ask.' },
    B1: { description: 'B1: copes independently in familiar situations; the exam level of the B1-route.' },
    B2: { description: 'B2: upper intermediate.' },
    C1: { description: 'C1: advanced.' },
    C2: { description: 'C2: proficient, near-native.' },
  },
});

registerEnumType(LanguageSkill, {
  name: 'LanguageSkill',
  description: 'Spreken, luisteren, lezen, schrijven.',
  valuesMap: {
    SPEAKING: { description: 'Speaking (spreken).' },
    LISTENING: { description: 'Listening (luisteren).' },
    READING: { description: 'Reading (lezen).' },
    WRITING: { description: 'Writing (schrijven).' },
  },
});

registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week, for weekly recurring time ranges.',
  valuesMap: {
    MON: { description: 'Monday (maandag).' },
    TUE: { description: 'Tuesday (dinsdag).' },
    WED: { description: 'Wednesday (woensdag).' },
    THU: { description: 'Thursday (donderdag).' },
    FRI: { description: 'Friday (vrijdag).' },
    SAT: { description: 'Saturday (zaterdag).' },
    SUN: { description: 'Sunday (zondag).' },
  },
});

registerEnumType(ScheduleKind, {
  name: 'ScheduleKind',
  description:
    'How a place gives its hours: fixed weekly shifts, or flexible windows with a minimum and maximum of hours per week.',
  valuesMap: {
    FIXED: { description: 'Fixed shifts: the participant must be free for every one of them.' },
    FLEXIBLE: { description: 'A flexible window: at least the minimum hours per week must fit in it.' },
  },
});

registerEnumType(ChildcareKind, {
  name: 'ChildcareKind',
  description: 'Kinderopvang at the place.',
  valuesMap: {
    NONE: { description: 'No childcare.' },
    ON_SITE: { description: 'Childcare on site for children within an age range.' },
    CHILDREN_WELCOME: { description: 'Children may come along.' },
  },
});

registerEnumType(PhysicalLoad, {
  name: 'PhysicalLoad',
  description: 'Physical load (belastbaarheid).',
  valuesMap: {
    LIGHT: { description: 'Light physical work; fits a participant of any capacity.' },
    MEDIUM: { description: 'Moderate physical work; fits a participant with capacity MEDIUM or HEAVY.' },
    HEAVY: { description: 'Heavy physical work; fits only a participant with capacity HEAVY.' },
  },
});

registerEnumType(LearningRoute, {
  name: 'LearningRoute',
  description: 'Leerroute under the Wet inburgering 2021.',
  valuesMap: {
    Z_ROUTE: { description: 'Zelfredzaamheidsroute: A1 plus 800 participation hours.' },
    B1_ROUTE: { description: 'B1-route: language exam at B1, participation encouraged.' },
    ONDERWIJSROUTE: { description: 'Towards mbo, hbo or university.' },
    JONGERENROUTE: { description: "Amersfoort's route for young people towards mbo." },
  },
});

registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description: 'Doelgroep: statushouder (asylum permit), gezinsmigrant (family migrant) or another migrant.',
  valuesMap: {
    STATUSHOUDER: {
      description:
        'Statushouder: has an asylum residence permit; the municipality pays for the lessons and provides guidance.',
    },
    GEZINSMIGRANT: {
      description:
        'Gezinsmigrant: came to join a family member; pays for their own lessons and gets no allowance.',
    },
    OVERIG: { description: 'Another migrant who must integrate (overige migrant).' },
  },
});

registerEnumType(Compensation, {
  name: 'Compensation',
  description: 'What the participant receives for taking part (vergoeding).',
  valuesMap: {
    NONE: { description: 'Unpaid.' },
    VOLUNTEER_ALLOWANCE: { description: 'Vrijwilligersvergoeding.' },
    PAID: { description: 'Paid.' },
  },
});

registerEnumType(PlaceAudience, {
  name: 'PlaceAudience',
  description: 'Who a place is for: everyone, or a women’s or men’s group.',
  valuesMap: {
    EVERYONE: { description: 'Open to everyone.' },
    WOMEN: {
      description:
        'Women only (e.g. a mothers’ group): matches only participants the coach recorded as FEMALE.',
    },
    MEN: { description: 'Men only: matches only participants the coach recorded as MALE.' },
  },
});

/**
 * Sectors as a fixed list, so that coaches' interest lists and the places' sectors meet
 * (free text would split "horeca" from "Horeca / keuken").
 */
registerEnumType(Sector, {
  name: 'Sector',
  description: "The sector (branche) of a place, from a fixed list shared with participants' interests.",
  valuesMap: {
    ZORG: { description: 'Care (zorg), care homes.' },
    HORECA: { description: 'Hospitality, kitchens.' },
    DETAILHANDEL: { description: 'Retail, supermarkets.' },
    LOGISTIEK: { description: 'Warehouses, logistics.' },
    GROEN: { description: 'Gardens, garden centres, green maintenance.' },
    TECHNIEK: { description: 'Technical work, repair.' },
    SCHOONMAAK: { description: 'Cleaning.' },
    KINDEROPVANG_ONDERWIJS: { description: 'Childcare and schools.' },
    SPORT: { description: 'Sports clubs.' },
    CULTUUR: { description: 'Libraries, culture.' },
    WELZIJN: { description: 'Welfare, community centres.' },
    KRINGLOOP: { description: 'Second-hand shops, repair cafés, sustainability.' },
    ADMINISTRATIE: { description: 'Office and administration.' },
    BOUW: { description: 'Construction.' },
    PRODUCTIE: { description: 'Production, manufacturing.' },
    ONTMOETING_TAAL: { description: 'Meeting people and practising Dutch (taalcafé, buurthuis).' },
  },
});
