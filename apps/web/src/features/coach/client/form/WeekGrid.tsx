import { Checkbox, Select, SelectOption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  CELL_STATES,
  DAYPARTS,
  WEEKDAYS,
  type CellState,
  type Daypart,
  type Weekday,
} from './participantForm';

type Key = `${Weekday}.${Daypart}`;

/**
 * The week as a table: weekdays down, parts of the day across, one control per cell. A real table
 * (headers for day and daypart), so that a screen reader names each cell's control by both; at
 * 360 px it stays three columns wide.
 */
function Grid({
  id,
  caption,
  describedBy,
  cell,
}: {
  id: string;
  caption: ReactNode;
  describedBy?: string;
  cell: (key: Key, label: string) => ReactNode;
}) {
  const intl = useIntl();
  return (
    <table id={id} className="pw-week-grid" aria-describedby={describedBy}>
      <caption className="pw-week-grid__caption">{caption}</caption>
      <thead>
        <tr>
          <td />
          {DAYPARTS.map(({ part, start, end }) => (
            <th key={part} scope="col">
              <FormattedMessage id={`participantForm.daypart.${part}`} />
              <span className="pw-week-grid__time">
                {start}–{end}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day) => (
          <tr key={day}>
            <th scope="row">
              <FormattedMessage id={`participantForm.weekday.${day}`} />
            </th>
            {DAYPARTS.map(({ part }) => (
              <td key={part}>
                {cell(
                  `${day}.${part}`,
                  intl.formatMessage(
                    { id: 'participantForm.cellLabel' },
                    {
                      day: intl.formatMessage({ id: `participantForm.weekday.${day}` }),
                      part: intl.formatMessage({ id: `participantForm.daypart.${part}` }),
                    },
                  ),
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Availability with language classes and other commitments: each cell is free, busy or one of them. */
export function WeekGrid({
  value,
  onChange,
  describedBy,
}: {
  value: Record<Key, CellState>;
  onChange: (next: Record<Key, CellState>) => void;
  describedBy?: string;
}) {
  const intl = useIntl();
  return (
    <Grid
      id="client-week"
      caption={<FormattedMessage id="participantForm.week.caption" />}
      describedBy={describedBy}
      cell={(key, label) => (
        <Select
          id={`client-week-${key.replace('.', '-')}`}
          aria-label={label}
          className={`pw-week-grid__cell pw-week-grid__cell--${value[key]}`}
          value={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.value as CellState })}
        >
          {CELL_STATES.map((s) => (
            <SelectOption key={s} value={s}>
              {intl.formatMessage({ id: `participantForm.cell.${s}` })}
            </SelectOption>
          ))}
        </Select>
      )}
    />
  );
}

/** When childcare is arranged: a checkbox per cell. */
export function CoverGrid({
  value,
  onChange,
}: {
  value: Record<Key, boolean>;
  onChange: (next: Record<Key, boolean>) => void;
}) {
  return (
    <Grid
      id="client-cover"
      caption={<FormattedMessage id="participantForm.cover.caption" />}
      cell={(key, label) => (
        <Checkbox
          id={`client-cover-${key.replace('.', '-')}`}
          aria-label={label}
          checked={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.checked })}
        />
      )}
    />
  );
}
