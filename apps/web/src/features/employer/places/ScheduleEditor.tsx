import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { describedBy, Field, ProblemText, type Problem } from '../shared/Field';
import {
  nextRange,
  weeklyHours,
  WEEKDAYS,
  withTime,
  type RangeDraft,
  type ScheduleDraft,
  type ScheduleKind,
} from './schedule';

/**
 * The "wanneer" part of the place form: fixed shifts or flexible windows with a minimum and
 * maximum of hours a week; a shift whose end is typed before its start becomes overnight by itself.
 * Both lists are kept while switching, so a change of mind loses nothing; only the chosen one is sent.
 */
export function ScheduleEditor({
  value,
  onChange,
  onBlur,
  problems,
}: {
  value: ScheduleDraft;
  onChange: (next: ScheduleDraft) => void;
  onBlur: () => void;
  /** Problems by the API's spelling inside the schedule: `shifts`, `shifts.0`, `minHoursPerWeek`… */
  problems: Record<string, Problem | undefined>;
}) {
  const intl = useIntl();
  const field = value.kind === 'FIXED' ? 'shifts' : 'windows';
  const ranges = value[field];
  const setRanges = (next: RangeDraft[]) => onChange({ ...value, [field]: next });
  const listProblem = problems[field] ?? problems[''];

  return (
    <div onBlur={onBlur}>
      <Fieldset role="radiogroup" aria-describedby="schedule-kind-hint">
        <FieldsetLegend>
          <FormattedMessage id="employer.schedule.kind" />
        </FieldsetLegend>
        <FormFieldDescription id="schedule-kind-hint">
          <FormattedMessage id="employer.schedule.kindHint" />
        </FormFieldDescription>
        {(['FIXED', 'FLEXIBLE'] as const satisfies readonly ScheduleKind[]).map((kind) => (
          <FormField type="radio" key={kind}>
            <RadioButton
              id={`schedule-kind-${kind}`}
              name="schedule-kind"
              value={kind}
              checked={value.kind === kind}
              onChange={() => onChange({ ...value, kind })}
            />
            <FormLabel htmlFor={`schedule-kind-${kind}`} type="radio">
              <FormattedMessage id={`employer.schedule.kind.${kind}`} />
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>

      <Fieldset
        invalid={Boolean(listProblem)}
        aria-describedby={listProblem ? 'schedule-ranges-error' : undefined}
      >
        <FieldsetLegend>
          <FormattedMessage id={`employer.schedule.${field}`} />
        </FieldsetLegend>
        {listProblem && (
          <FormFieldErrorMessage id="schedule-ranges-error">
            <ProblemText problem={listProblem} />
          </FormFieldErrorMessage>
        )}
        {ranges.length === 0 && (
          <Paragraph className="pw-muted">
            <FormattedMessage id={`employer.schedule.${field}.empty`} />
          </Paragraph>
        )}
        <ol className="pw-plain-list pw-ranges">
          {ranges.map((range, index) => {
            const id = `schedule-${field}-${index}`;
            const problem = problems[`${field}.${index}`];
            const number = index + 1;
            const update = (next: RangeDraft) => setRanges(ranges.map((r, i) => (i === index ? next : r)));
            return (
              <li key={index} className="pw-range" aria-labelledby={`${id}-label`}>
                <span id={`${id}-label`} className="pw-range__label">
                  <FormattedMessage id={`employer.schedule.${field}.item`} values={{ number }} />
                </span>
                {problem && (
                  <FormFieldErrorMessage id={`${id}-error`} className="pw-range__error">
                    <ProblemText problem={problem} />
                  </FormFieldErrorMessage>
                )}
                <div className="pw-range__fields">
                  <FormField className="pw-range__field">
                    <FormLabel htmlFor={`${id}-day`}>
                      <FormattedMessage id="employer.schedule.day" />
                    </FormLabel>
                    <Select
                      id={`${id}-day`}
                      value={range.day}
                      invalid={Boolean(problem)}
                      aria-describedby={describedBy(id, false, problem)}
                      onChange={(e) => update({ ...range, day: e.target.value as RangeDraft['day'] })}
                    >
                      {WEEKDAYS.map((day) => (
                        <SelectOption key={day} value={day}>
                          {intl.formatMessage({ id: `employer.weekday.${day}` })}
                        </SelectOption>
                      ))}
                    </Select>
                  </FormField>
                  <FormField className="pw-range__field">
                    <FormLabel htmlFor={`${id}-start`}>
                      <FormattedMessage id="employer.schedule.start" />
                    </FormLabel>
                    <Textbox
                      id={`${id}-start`}
                      type="time"
                      value={range.start}
                      invalid={Boolean(problem)}
                      aria-describedby={describedBy(id, false, problem)}
                      onChange={(e) => update(withTime(range, 'start', e.target.value))}
                    />
                  </FormField>
                  <FormField className="pw-range__field">
                    <FormLabel htmlFor={`${id}-end`}>
                      <FormattedMessage id="employer.schedule.end" />
                    </FormLabel>
                    <Textbox
                      id={`${id}-end`}
                      type="time"
                      value={range.end}
                      invalid={Boolean(problem)}
                      aria-describedby={describedBy(id, false, problem)}
                      onChange={(e) => update(withTime(range, 'end', e.target.value))}
                    />
                  </FormField>
                </div>
                <FormField type="checkbox">
                  <Checkbox
                    id={`${id}-overnight`}
                    checked={range.overnight}
                    onChange={(e) => update({ ...range, overnight: e.target.checked })}
                  />
                  <FormLabel htmlFor={`${id}-overnight`} type="checkbox">
                    <FormattedMessage id="employer.schedule.overnight" />
                  </FormLabel>
                </FormField>
                <Button
                  appearance="subtle-button"
                  onClick={() => setRanges(ranges.filter((_, i) => i !== index))}
                >
                  <FormattedMessage id={`employer.schedule.${field}.remove`} values={{ number }} />
                </Button>
              </li>
            );
          })}
        </ol>
        <Button
          appearance="secondary-action-button"
          onClick={() => setRanges([...ranges, nextRange(ranges)])}
        >
          <FormattedMessage id={`employer.schedule.${field}.add`} />
        </Button>
        <Paragraph role="status" className="pw-muted">
          <FormattedMessage
            id={`employer.schedule.${field}.total`}
            values={{ hours: <FormattedNumber value={weeklyHours(ranges)} maximumFractionDigits={2} /> }}
          />
        </Paragraph>
      </Fieldset>

      {value.kind === 'FLEXIBLE' && (
        <div className="pw-form-row">
          <Field
            id="schedule-min"
            label={<FormattedMessage id="employer.schedule.minHours" />}
            hint={<FormattedMessage id="employer.schedule.minHoursHint" />}
            problem={problems.minHoursPerWeek}
          >
            <Textbox
              id="schedule-min"
              inputMode="decimal"
              value={value.minHoursPerWeek}
              invalid={Boolean(problems.minHoursPerWeek)}
              aria-describedby={describedBy('schedule-min', true, problems.minHoursPerWeek)}
              onChange={(e) => onChange({ ...value, minHoursPerWeek: e.target.value })}
            />
          </Field>
          <Field
            id="schedule-max"
            label={<FormattedMessage id="employer.schedule.maxHours" />}
            problem={problems.maxHoursPerWeek}
          >
            <Textbox
              id="schedule-max"
              inputMode="decimal"
              value={value.maxHoursPerWeek}
              invalid={Boolean(problems.maxHoursPerWeek)}
              aria-describedby={describedBy('schedule-max', false, problems.maxHoursPerWeek)}
              onChange={(e) => onChange({ ...value, maxHoursPerWeek: e.target.value })}
            />
          </Field>
        </div>
      )}
    </div>
  );
}
