import { FormattedMessage } from 'react-intl';
import { FindField } from '../../app/FindField';

/**
 * Finding an organisation by part of its name, in the same words on the Organisaties page (its
 * table) and the Gebruikers page (its organisation picker). `found`: how many the API found for the
 * text typed, or null while that answer is not there yet (the status stays silent meanwhile).
 */
export function OrganisationFind({
  id,
  value,
  onChange,
  found,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  found: number | null;
}) {
  return (
    <FindField
      id={id}
      label={<FormattedMessage id="admin.organisations.find" />}
      hint={<FormattedMessage id="admin.organisations.findHint" />}
      value={value}
      onChange={onChange}
      found={
        found === null ? null : <FormattedMessage id="admin.organisations.found" values={{ count: found }} />
      }
    />
  );
}
