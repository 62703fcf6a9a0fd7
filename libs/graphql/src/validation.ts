import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from './domain-error.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message: humanise(message, error.property, path) }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** class-validator says "property x should not exist"; say it the way a person reads it. */
function humanise(message: string, property: string, path: string): string {
  if (message === `property ${property} should not exist`) return `${path} is not a known field`;
  return message;
}

/**
 * The global pipe: strips nothing silently (unknown fields are an error), converts input to the
 * declared classes, and reports every failing field as BAD_USER_INPUT with its path.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => DomainError.badInput(flatten(errors)),
  });
}
