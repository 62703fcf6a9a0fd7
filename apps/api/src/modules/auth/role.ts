import { registerEnumType } from '@nestjs/graphql';
import { Role, type Actor } from '@plekwijzer/domain';

// The values live in @plekwijzer/domain; this file registers them as GraphQL enums.
export { Role, type Actor };

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do. A user belongs to exactly one organisation.',
  valuesMap: {
    ADMIN: { description: 'Manages organisations and users; sees everything.' },
    COACH: {
      description: 'Integratiebegeleider or jobhunter: keeps a caseload, searches places, proposes clients.',
    },
    EMPLOYER: {
      description: 'Werkgever: posts places and answers introductions for their own organisation.',
    },
    PARTNER: {
      description:
        'Partner organisation (Indebuurt033, taalcafé, …): registers activities and volunteer roles.',
    },
    ANALYST: { description: 'Policy analyst: reads anonymised aggregates only, never a person.' },
  },
});
