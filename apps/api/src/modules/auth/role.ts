import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  COACH = 'COACH',
  EMPLOYER = 'EMPLOYER',
  PARTNER = 'PARTNER',
  ANALYST = 'ANALYST',
}

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

/** Who is making the request, as established by the auth guard from the token and the users table. */
export interface Actor {
  userId: string;
  role: Role;
  organisationId: string;
  displayName: string;
}
