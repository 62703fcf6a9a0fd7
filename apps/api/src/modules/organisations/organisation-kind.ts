import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationKind {
  EMPLOYER = 'EMPLOYER',
  PARTNER = 'PARTNER',
  COACHING = 'COACHING',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description:
    'What kind of organisation it is; decides whether it offers places and which user roles it can have.',
  valuesMap: {
    EMPLOYER: {
      description: 'Werkgever offering participation places, internships or work-experience places.',
    },
    PARTNER: {
      description: 'Welfare organisation or informal initiative (Indebuurt033, a taalcafé, a buurthuis).',
    },
    COACHING: { description: "Coaching organisation: Integratiewerk, the municipality's Arbeidsintegratie." },
  },
});
