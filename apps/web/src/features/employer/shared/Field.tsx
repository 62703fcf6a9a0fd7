import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { FieldProblem } from '../../../graphql/fieldProblems';

/**
 * A field's problem: a message of the catalogues (the form's own checks, and the API's field errors
 * whose code has words: graphql/fieldProblems.ts) or the API's own English text (a code without words).
 */
export type Problem = FieldProblem;

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

/**
 * A choice of one among a few, as radio buttons in a fieldset: the legend names the question,
 * hint and error are linked like a Field's. An empty value ("not given") gets the id suffix
 * `none`. Children (e.g. the ages asked for one option) come after the options.
 */
export function RadioGroup({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  problem,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Array<{ value: string; label: ReactNode }>;
  value: string;
  onChange: (next: string) => void;
  problem?: Problem;
  children?: ReactNode;
}) {
  return (
    <Fieldset
      id={id}
      role="radiogroup"
      invalid={Boolean(problem)}
      aria-describedby={describedBy(id, Boolean(hint), problem)}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {problem && (
        <FormFieldErrorMessage id={`${id}-error`}>
          <ProblemText problem={problem} />
        </FormFieldErrorMessage>
      )}
      {options.map((o) => (
        <FormField type="radio" key={o.value || 'none'}>
          <RadioButton
            id={`${id}-${o.value || 'none'}`}
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <FormLabel htmlFor={`${id}-${o.value || 'none'}`} type="radio">
            {o.label}
          </FormLabel>
        </FormField>
      ))}
      {children}
    </Fieldset>
  );
}
