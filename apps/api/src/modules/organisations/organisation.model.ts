import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationKind } from './organisation-kind.js';

@ObjectType('Organisation', {
  description: 'An employer, a partner organisation or a coaching organisation.',
})
export class OrganisationModel {
  @Field(() => ID, { description: "The organisation's id." })
  id: string;

  @Field(() => OrganisationKind, { description: 'Employer, partner or coaching organisation.' })
  kind: OrganisationKind;

  @Field({ description: 'Name of the organisation.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Chamber of Commerce (KvK) number, 8 digits.' })
  kvkNumber: string | null;

  @Field({ description: 'Street and house number.' })
  street: string;

  @Field({ description: 'Postcode as `1234 AB` or `1234`.' })
  postcode: string;

  @Field({ description: 'Town or city (plaats).' })
  city: string;

  @Field({ description: 'Contact person.' })
  contactName: string;

  @Field({ description: "Contact person's e-mail address." })
  contactEmail: string;
}
