import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { GeneralProblem } from '../../../graphql/fieldProblems';

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
