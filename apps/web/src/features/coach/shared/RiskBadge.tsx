import { StatusBadge } from '@utrecht/component-library-react';
import { FormattedMessage } from 'react-intl';

const STATUS = { ON_TRACK: 'safe', AT_RISK: 'warning', OFF_TRACK: 'danger' } as const;

/** Risk in words (never by colour alone), coloured as a status badge. */
export function RiskBadge({ risk }: { risk: keyof typeof STATUS }) {
  return (
    <StatusBadge status={STATUS[risk]}>
      <FormattedMessage id={`risk.${risk}`} />
    </StatusBadge>
  );
}
