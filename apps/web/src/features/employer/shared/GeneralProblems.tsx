import { Alert, Link, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode, RefObject } from 'react';
import { FormattedMessage } from 'react-intl';
import type { GeneralProblem } from '../../../graphql/fieldProblems';
import { ProblemText, type Problem } from './Field';

/**
 * A form's general alert (graphql/fieldProblems.ts `formProblems`): the sentence for the refused
 * request, then each error on a field the form does not show, with that field's label. A `lead`
 * comes first (what the alert is about), `children` last (a button to close it). Nothing when there
 * are no lines.
 */
export function GeneralProblems({
  lines,
  lead,
  children,
}: {
  lines: readonly GeneralProblem[];
  lead?: ReactNode;
  children?: ReactNode;
}) {
  if (lines.length === 0) return null;
  return (
    <Alert type="error" role="alert">
      {lead && (
        <Paragraph>
          <strong>{lead}</strong>
        </Paragraph>
      )}
      <GeneralLines lines={lines} />
      {children}
    </Alert>
  );
}

/** The lines alone, for a form whose error summary also lists its fields. */
export function GeneralLines({ lines }: { lines: readonly GeneralProblem[] }) {
  return lines.map((line) => (
    <Paragraph key={`${line.field ?? ''}/${line.id}`}>
      {line.field && (
        <>
          <FormattedMessage id={line.field} />:{' '}
        </>
      )}
      <FormattedMessage id={line.id} values={line.values} />
    </Paragraph>
  ));
}

/**
 * A long form's error summary, above the form: one link per field problem that jumps to the field,
 * then the lines that belong to no field. The box stays in the page (focusable, empty) so a failed
 * save can move the focus to it and have it read out, whatever it will say.
 */
export function ErrorSummary({
  ref,
  shown,
  heading,
  problems,
  anchorOf,
  labelOf,
  general,
}: {
  ref: RefObject<HTMLDivElement | null>;
  /** Whether to say anything yet (fields are not listed before the first save). */
  shown: boolean;
  heading: ReactNode;
  problems: ReadonlyArray<{ field: string; problem: Problem }>;
  /** The id of the element a field's link jumps to. */
  anchorOf: (field: string) => string;
  labelOf: (field: string) => ReactNode;
  general: readonly GeneralProblem[];
}) {
  return (
    <div ref={ref} tabIndex={-1} className="pw-error-summary">
      {shown && (problems.length > 0 || general.length > 0) && (
        <Alert type="error" role="alert">
          <Paragraph>
            <strong>{heading}</strong>
          </Paragraph>
          {problems.length > 0 && (
            <ul>
              {problems.map(({ field, problem }) => (
                <li key={field}>
                  <Link href={`#${anchorOf(field)}`}>
                    {labelOf(field)}: <ProblemText problem={problem} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <GeneralLines lines={general} />
        </Alert>
      )}
    </div>
  );
}
