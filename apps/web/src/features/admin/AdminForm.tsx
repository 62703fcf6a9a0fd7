import { Button, Paragraph, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { GeneralProblem } from '../../graphql/fieldProblems';
import { describedBy, Field, type Problem } from '../employer/shared/Field';
import { GeneralProblems } from '../employer/shared/GeneralProblems';

/** One text field of an admin form: label, optional hint, its problem beside it, linked to the box. */
export function TextField({
  id,
  label,
  hint,
  problem,
  value,
  onChange,
  type = 'text',
  autoComplete = 'off',
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  problem?: Problem;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  autoComplete?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} problem={problem}>
      <Textbox
        id={id}
        type={type}
        autoComplete={autoComplete}
        value={value}
        invalid={Boolean(problem)}
        aria-describedby={describedBy(id, Boolean(hint), problem)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/**
 * The end of an admin form: the API's answer when it was about no field it shows, a line for screen
 * readers saying how many fields need fixing, and the submit button (busy while sending).
 */
export function FormEnd({
  other,
  problemCount,
  busy,
  submitLabel,
}: {
  other: readonly GeneralProblem[];
  problemCount: number;
  busy: boolean;
  submitLabel: string;
}) {
  const intl = useIntl();
  return (
    <>
      <GeneralProblems lines={other} />
      {problemCount > 0 && (
        <Paragraph role="alert" className="pw-visually-hidden">
          {intl.formatMessage({ id: 'admin.fixFields' }, { count: problemCount })}
        </Paragraph>
      )}
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        <FormattedMessage id={submitLabel} />
      </Button>
    </>
  );
}
