import { registerEnumType } from '@nestjs/graphql';

export enum TravelMode {
  WALK = 'WALK',
  BIKE = 'BIKE',
  EBIKE = 'EBIKE',
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  CAR = 'CAR',
}
registerEnumType(TravelMode, { name: 'TravelMode', description: 'How a participant can travel (lopen, fiets, e-bike, OV, auto).' });

export enum CommitmentKind {
  LANGUAGE_CLASS = 'LANGUAGE_CLASS',
  OTHER = 'OTHER',
}
registerEnumType(CommitmentKind, {
  name: 'CommitmentKind',
  description: 'A fixed weekly commitment: language classes or something else (appointments, care).',
});
