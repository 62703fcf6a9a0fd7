import { applyDecorators, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { IsDefined, ValidateIf, validateSync, type ValidatorOptions } from 'class-validator';
import { DomainError, type FieldError } from './domain-error.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    // A missing or null value says so once, instead of also failing every check on the value.
    const constraints = error.constraints?.isDefined
      ? { isDefined: error.constraints.isDefined }
      : (error.constraints ?? {});
    const own = Object.values(constraints).map((message) => ({
      path,
      message: humanise(message, error.property, path),
    }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** class-validator says "property x should not exist"; say it the way a person reads it. */
function humanise(message: string, property: string, path: string): string {
  if (message === `property ${property} should not exist`) return `${path} is not a known field`;
  return message;
}

/** The class-validator rules of the global pipe: unknown fields are an error, every failing field is reported. */
export const INPUT_VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: false,
} as const satisfies ValidatorOptions;

/**
 * The global pipe: strips nothing silently (unknown fields are an error), converts input to the
 * declared classes, and reports every failing field as BAD_USER_INPUT with its path.
 */
export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
    ...INPUT_VALIDATOR_OPTIONS,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => DomainError.badInput(flatten(errors)),
  });
}

/**
 * Checks plain data against an input class the way the global pipe checks a GraphQL argument
 * (same conversion, same rules, same field paths and messages), for input that does not arrive
 * through a request, such as the demo data files.
 */
export function validateInput<T extends object>(
  type: ClassConstructor<T>,
  plain: object,
): { value: T; errors: FieldError[] } {
  const value = plainToInstance(type, plain);
  return { value, errors: flatten(validateSync(value, INPUT_VALIDATOR_OPTIONS)) };
}

/** Prefixes field paths with the argument's name (`input.title`), so a client can find the field. */
class ArgumentValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof DomainError && metadata.data && Array.isArray(error.extensions.fields)) {
        const fields = (error.extensions.fields as FieldError[]).map((f) => ({
          ...f,
          path: `${metadata.data}.${f.path}`,
        }));
        throw DomainError.badInput(fields);
      }
      throw error;
    }
  }
}

/**
 * For update inputs: the field may be left out (keeps its value) but not set to null, because
 * the value cannot be cleared. Without this, `@IsOptional()` lets an explicit null through to a
 * NOT NULL column and the client gets an internal error instead of a field message.
 */
export function IsOmittable(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    IsDefined({ message: '$property cannot be null; leave it out to keep the current value' }),
  );
}
