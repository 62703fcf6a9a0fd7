import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';

// NUL and the other C0 control characters and DEL; tab and newline are checked apart.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_LINE_BREAK = /[\u0000-\u001f\u007f]/;

/**
 * A text field may not hold NUL or other control characters (PostgreSQL refuses NUL, which
 * would otherwise turn a typo into an internal error). Multi-line texts (notes, descriptions) may
 * hold newlines and tabs. Put it on every string input.
 */
export function NoControlCharacters(
  options: { multiline?: boolean } = {},
  validationOptions?: ValidationOptions,
): PropertyDecorator {
  const pattern = options.multiline ? CONTROL : CONTROL_OR_LINE_BREAK;
  return ValidateBy(
    {
      name: 'noControlCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !pattern.test(value),
        defaultMessage: () =>
          options.multiline
            ? '$property may not contain control characters (only line breaks and tabs)'
            : '$property may not contain control characters, line breaks or tabs',
      },
    },
    validationOptions,
  );
}

/** The longest text a list's "find by name" filter accepts (pickers: organisations, a caseload). */
export const MAX_SEARCH_LENGTH = 100;

/**
 * The `search` of a list's filter input: optional, at most MAX_SEARCH_LENGTH characters, no control
 * characters, one field-level message when too long. `whose` names what the text is looked for in
 * ("organisations whose name"); the service matches it with containsSql (libs/database).
 */
export function SearchTextField(whose: string): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description: `Only ${whose} contains this text, ignoring case and accents (% and _ are plain characters); at most ${MAX_SEARCH_LENGTH} characters. Empty or spaces only: no condition.`,
    }),
    IsOptional(),
    IsString(),
    NoControlCharacters(),
    MaxLength(MAX_SEARCH_LENGTH, { message: `search can be at most ${MAX_SEARCH_LENGTH} characters` }),
  );
}
