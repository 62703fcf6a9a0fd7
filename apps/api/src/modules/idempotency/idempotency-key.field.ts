import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';
import { NoControlCharacters } from '@plekwijzer/graphql';

/** What a key may look like: long enough to be unique per client, short enough to index, safe in logs. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;

const DEFAULT_DESCRIPTION =
  'Send the same key when retrying: the first result is returned and nothing new is created.';

/**
 * The optional `idempotencyKey` of a creating mutation's input: one definition, so every create
 * validates keys alike (8–100 letters, digits or _ . : -). The service passes the input to
 * `IdempotencyService.once`, which reads the key from it.
 */
export function IdempotencyKeyField(description = DEFAULT_DESCRIPTION): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description: `${description} The same key with a different input is refused (IDEMPOTENCY_KEY_REUSED); keys are yours alone. 8–100 letters, digits or _ . : -.`,
    }),
    IsOptional(),
    IsString(),
    NoControlCharacters(),
    Matches(IDEMPOTENCY_KEY_PATTERN, { message: 'idempotencyKey must be 8–100 letters, digits or _ . : -' }),
  );
}
