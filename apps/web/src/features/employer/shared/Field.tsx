import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * A field's problem: a message of the catalogues (the form's own checks) or the API's own words
 * (its field errors, written for the person using the client).
 */
export type Problem = { id: string; values?: Record<string, string | number> } | string;

export function ProblemText({ problem }: { problem: Problem }) {
  return typeof problem === 'string' ? problem : <FormattedMessage id={problem.id} values={problem.values} />;
}

/** The ids a control points at with aria-describedby: its hint and its error, when shown. */
export function describedBy(id: string, hint: boolean, problem: Problem | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * One labelled form field: label, plain-words hint, the error beside the field (linked to the
 * control through aria-describedby, so it is read out on reaching the field; the form's error
 * summary announces them together on saving), then the control itself.
 */
export function Field({
  id,
  label,
  hint,
  problem,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  problem?: Problem;
  children: ReactNode;
}) {
  return (
    <FormField invalid={Boolean(problem)} className="pw-field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {problem && (
        <FormFieldErrorMessage id={`${id}-error`}>
          <ProblemText problem={problem} />
        </FormFieldErrorMessage>
      )}
      {children}
    </FormField>
  );
}
