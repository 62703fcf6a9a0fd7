import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { NoControlCharacters } from '@plekwijzer/graphql';
import { OrganisationKind } from '../organisation-kind.js';
import { IdempotencyKeyField } from '@plekwijzer/api/modules/idempotency/idempotency-key.field.js';

@InputType({ description: 'A new organisation (admins only).' })
export class CreateOrganisationInput {
  @Field(() => OrganisationKind, {
    description: 'Employer, partner or coaching organisation; decides which user roles it can have.',
  })
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @Field({ description: 'Name of the organisation, 1–200 characters.' })
  @IsString()
  @NoControlCharacters()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'KvK number: exactly 8 digits.' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'kvkNumber must be exactly 8 digits' })
  kvkNumber?: string | null;

  @Field({ description: 'Street and house number.' })
  @IsString()
  @NoControlCharacters()
  @Length(1, 200)
  street: string;

  @Field({ description: 'Dutch postcode, `1234 AB` or `1234`; must exist in the postcode table.' })
  @IsString()
  @NoControlCharacters()
  @MaxLength(10)
  postcode: string;

  @Field({ description: 'Town or city (plaats), 1–100 characters.' })
  @IsString()
  @NoControlCharacters()
  @Length(1, 100)
  city: string;

  @Field({ description: 'Contact person, 1–120 characters.' })
  @IsString()
  @NoControlCharacters()
  @Length(1, 120)
  contactName: string;

  @Field({ description: "Contact person's e-mail address; stored in lower case." })
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  @MaxLength(254)
  contactEmail: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
