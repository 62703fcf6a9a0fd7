/**
 * The API's field errors in the interface language. Every field error has an English `message`;
 * most also have a stable `code` with `params` (libs/graphql FieldErrorCode), which is said here in
 * the catalogue's words (`participantForm.code.*`: the coach's forms had them first, every form
 * uses them). A code the catalogues do not know falls back to the API's English text.
 */
import type { ErrorSummary } from './errors';
import { errorText, type ErrorWords } from './errorText';

/** A problem with a field: a message id of the catalogues and its values, or the API's own words. */
export type FieldProblem = { id: string; values?: Record<string, string | number> } | string;

/** A field error's stable code and its params, as `summariseError` keeps them. */
export interface CodedField {
  code: string;
  params?: Record<string, string | number>;
}

/** The API's field codes the catalogues have words for (`participantForm.code.*`). */
export const TRANSLATED_CODES = [
  'ALREADY_EXISTS',
  'CONTRADICTS',
  'CONTROL_CHARACTERS',
  'DATE_IN_THE_PAST',
  'DUPLICATES',
  'END_BEFORE_START',
  'INVALID',
  'INVALID_CHOICE',
  'INVALID_DATE',
  'INVALID_FORMAT',
  'INVALID_POSTCODE',
  'INVALID_TIME_RANGE',
  'INVALID_TYPE',
  'MIN_ABOVE_MAX',
  'MIN_ABOVE_WINDOWS',
  'MUST_BE_EMPTY',
  'NOT_A_NUMBER',
  'NOT_A_WHOLE_NUMBER',
  'NOT_FOUND',
  'NOT_IN_STEPS',
  'NOT_POSITIVE',
  'OUT_OF_RANGE',
  'OVERLAPPING_TIME_RANGES',
  'REQUIRED',
  'TOO_FEW',
  'TOO_LONG',
  'TOO_MANY',
  'TOO_SHORT',
  'UNKNOWN_FIELD',
  'UNKNOWN_POSTCODE',
] as const;

/** The params a code's words need; without them its `.plain` words are used. */
const NEEDS: Partial<Record<(typeof TRANSLATED_CODES)[number], readonly string[]>> = {
  TOO_LONG: ['max'],
  TOO_MANY: ['max'],
  TOO_SHORT: ['min'],
  TOO_FEW: ['min'],
  NOT_IN_STEPS: ['step'],
  MIN_ABOVE_MAX: ['min', 'max'],
  MIN_ABOVE_WINDOWS: ['min', 'hours'],
};

/**
 * A form's own words for some of its fields' codes, by `field/CODE` (`shifts/TOO_FEW`): a message
 * id of the catalogues, given the error's params as its values. Other codes get the general words.
 */
export type FieldWords = Readonly<Record<string, string>>;

/**
 * One field error as the form shows it: the form's own words for this field and code, else the
 * catalogue's general words for a known code (OUT_OF_RANGE picks its wording by which limits it
 * has), otherwise the API's English text.
 */
export function fieldProblem(
  field: string,
  message: string,
  coded: CodedField | undefined,
  words: FieldWords = {},
): FieldProblem {
  if (!coded) return message;
  const params = coded.params ?? {};
  const own = words[`${field}/${coded.code}`];
  if (own) return { id: own, values: params };
  if (!(TRANSLATED_CODES as readonly string[]).includes(coded.code)) return message;
  const code = coded.code as (typeof TRANSLATED_CODES)[number];
  let id = `participantForm.code.${code}`;
  if (code === 'OUT_OF_RANGE')
    id +=
      'min' in params && 'max' in params
        ? '.between'
        : 'max' in params
          ? '.max'
          : 'min' in params
            ? '.min'
            : '';
  if (NEEDS[code]?.some((name) => !(name in params))) id += '.plain';
  return { id, values: params };
}

/** The API's field errors (as `summariseError` gives them) as the form shows them, by field. */
export function apiProblems(
  summary: Pick<ErrorSummary, 'fields' | 'fieldCodes'>,
  words: FieldWords = {},
): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const [field, message] of Object.entries(summary.fields))
    problems[field] = fieldProblem(field, message, summary.fieldCodes?.[field], words);
  return problems;
}

/**
 * The fields the API may name that no form shows (the ids and keys a form sends along): their
 * label in the general alert (`apiField.*`), so "Dit kunnen we niet vinden." says what was not found.
 */
const UNSHOWN_LABELS = [
  'entryId',
  'idempotencyKey',
  'introductionId',
  'organisationId',
  'participantId',
  'placementId',
] as const;

/** One line of a form's general alert: a sentence of the catalogues, with the label of the field it is about. */
export interface GeneralProblem {
  id: string;
  values?: Record<string, string | number>;
  /** The message id of the field's label (`apiField.participantId`), when the line is about one. */
  field?: string;
}

/** A refused request as a form shows it: problems beside its fields, and its general alert. */
export interface FormProblems {
  /** The API's field errors on the fields the form shows, by field. */
  fields: Record<string, FieldProblem>;
  /**
   * The general alert's lines, none when the problems beside the fields say it all: the request's
   * sentence (errorText), then the errors on fields the form does not show, in the catalogue's words.
   */
  general: GeneralProblem[];
}

/**
 * Splits the API's answer between the fields a form shows (`shown`) and its general alert, so an
 * error on a field the form does not display (`participantId`, `introductionId`) is not dropped.
 * Such an error is said by its code; one whose code has no words is left to the request's sentence,
 * as the API's English text is never shown in a general alert.
 */
export function formProblems(
  summary: ErrorSummary,
  shown: readonly string[],
  options: { words?: FieldWords; own?: ErrorWords } = {},
): FormProblems {
  const fields: Record<string, FieldProblem> = {};
  const unshown: GeneralProblem[] = [];
  for (const [field, problem] of Object.entries(apiProblems(summary, options.words))) {
    if (shown.includes(field)) fields[field] = problem;
    else if (typeof problem !== 'string') {
      const label = (UNSHOWN_LABELS as readonly string[]).includes(field) ? `apiField.${field}` : undefined;
      const line = { ...problem, ...(label ? { field: label } : {}) };
      if (!unshown.some((u) => u.id === line.id && u.field === line.field)) unshown.push(line);
    }
  }
  const general =
    unshown.length > 0 || Object.keys(fields).length === 0
      ? [errorText(summary, options.own), ...unshown]
      : [];
  return { fields, general };
}
