import { registerEnumType } from '@nestjs/graphql';
import { TravelMode, CommitmentKind } from '@plekwijzer/domain';

// The values live in @plekwijzer/domain; this file registers them as GraphQL enums.
export { TravelMode, CommitmentKind };

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
