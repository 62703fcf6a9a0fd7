import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { NoControlCharacters } from '@plekwijzer/graphql';
import { Role } from '@plekwijzer/api/modules/auth/role.js';
import { IdempotencyKeyField } from '@plekwijzer/api/modules/idempotency/idempotency-key.field.js';

@InputType({ description: 'A new user in an existing organisation.' })
export class CreateUserInput {
  @Field(() => ID, { description: 'The organisation the user belongs to.' })
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId: string;

  @Field(() => Role, {
    description:
      'What the user may do; must fit the organisation: EMPLOYER for an employer, PARTNER for a partner, COACH, ADMIN or ANALYST for a coaching organisation.',
  })
  @IsEnum(Role)
  role: Role;

  @Field({ description: 'Name shown to colleagues.' })
  @IsString()
  @NoControlCharacters()
  @Length(1, 120)
  displayName: string;

  @Field({ description: 'Work e-mail address.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ nullable: true, description: 'The `sub` claim this user has in your OpenID Connect tokens.' })
  @IsOptional()
  @IsString()
  @NoControlCharacters()
  @Length(1, 255)
  externalSubject?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
