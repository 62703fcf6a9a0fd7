import { registerEnumType } from '@nestjs/graphql';
import { TravelMode, CommitmentKind, CompensationPreference, Gender } from '@plekwijzer/domain';

// The values live in @plekwijzer/domain; this file registers them as GraphQL enums.
export { TravelMode, CommitmentKind, CompensationPreference, Gender };

registerEnumType(Gender, {
  name: 'Gender',
  description:
    'A participant’s gender, recorded by the coach only when a women’s or men’s place makes it matter. Only the coach sees it.',
  valuesMap: {
    FEMALE: { description: 'Woman: places for women (PlaceAudience.WOMEN) can match.' },
    MALE: { description: 'Man: places for men (PlaceAudience.MEN) can match.' },
  },
});

registerEnumType(CompensationPreference, {
  name: 'CompensationPreference',
  description: 'What a participant wants in pay; matching uses it.',
  valuesMap: {
    NO_PREFERENCE: { description: 'No preference: pay plays no part in matching (the default).' },
    PAID_PREFERRED: {
      description:
        'Prefers paid work: places that are not paid rank lower (score component PAID_WORK), none is left out.',
    },
    PAID_ONLY: {
      description: 'Paid work only: places that are not paid do not match (criterion COMPENSATION).',
    },
  },
});

registerEnumType(TravelMode, {
  name: 'TravelMode',
  description: 'How a participant can travel (lopen, fiets, e-bike, OV, auto).',
  valuesMap: {
    WALK: { description: 'Walking (lopen).' },
    BIKE: { description: 'Bicycle (fiets).' },
    EBIKE: { description: 'Electric bicycle (e-bike).' },
    PUBLIC_TRANSPORT: { description: 'Public transport (openbaar vervoer, OV).' },
    CAR: { description: 'Car (auto).' },
  },
});

registerEnumType(CommitmentKind, {
  name: 'CommitmentKind',
  description: 'A fixed weekly commitment: language classes or something else (appointments, care).',
  valuesMap: {
    LANGUAGE_CLASS: {
      description: 'Language class (taalles); matching names it when a place clashes with it.',
    },
    OTHER: { description: 'Another fixed commitment, such as an appointment or care for a family member.' },
  },
});
