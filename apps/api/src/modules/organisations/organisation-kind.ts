import { registerEnumType } from '@nestjs/graphql';
import { OrganisationKind } from '@plekwijzer/domain';

// The values live in @plekwijzer/domain; this file registers them as GraphQL enums.
export { OrganisationKind };

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
