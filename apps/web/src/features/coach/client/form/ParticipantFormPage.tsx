import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AppLink } from '../../../../app/links';
import { QueryState } from '../../../../app/QueryState';
import { usePageTitle } from '../../../../app/usePageTitle';
import { summariseError } from '../../../../graphql/errors';
import { formProblems, type GeneralProblem } from '../../../../graphql/fieldProblems';
import { describedBy, Field, ProblemText, RadioGroup, type Problem } from '../../../employer/shared/Field';
import { ErrorSummary } from '../../../employer/shared/GeneralProblems';
import { CreateParticipantMutation, ParticipantForFormQuery, UpdateParticipantMutation } from './documents';
import {
  checkParticipantForm,
  COMPENSATION,
  emptyParticipantForm,
  fromParticipant,
  GENDERS,
  LEARNING_ROUTES,
  LEVELS,
  PHYSICAL_LOADS,
  SKILLS,
  TARGET_GROUPS,
  toParticipantInput,
  TRAVEL_MODES,
  type ParticipantFormValues,
} from './participantForm';
import { CoverGrid, WeekGrid } from './WeekGrid';
import '../client.css';

/** New client (`/coach/clients/new`). */
export function NewParticipantPage() {
  usePageTitle('participantForm.titleNew');
  return <ParticipantForm initial={emptyParticipantForm()} />;
}

/** Change a client (`/coach/clients/:participantId/edit`, under the client's header). */
export function EditParticipantPage() {
  usePageTitle('participantForm.titleEdit');
  const { participantId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: ParticipantForFormQuery,
    variables: { id: participantId },
    requestPolicy: 'network-only',
  });
  return (
    <QueryState fetching={fetching || !data} error={error}>
      {data && (
        <ParticipantForm
          key={participantId}
          participantId={participantId}
          termEnds={data.participant.integrationTermLastDay}
          initial={fromParticipant(data.participant)}
        />
      )}
    </QueryState>
  );
}

type Problems = Record<string, Problem | undefined>;

/** What a saved client changes: the caseload, the client's header, matches and progress are read again. */
const SAVED_CONTEXT = {
  additionalTypenames: [
    'Participant',
    'ParticipantConnection',
    'ParticipantProgress',
    'ParticipantProgressConnection',
    'MatchResult',
  ],
};

/** The fields in page order: the error summary lists them so, each linking to its control. */
const ANCHOR: Record<string, string> = {
  clientReference: 'client-reference',
  nickname: 'client-nickname',
  route: 'client-route',
  targetGroup: 'client-group',
  pipDate: 'client-pip',
  availableFrom: 'client-from',
  languageLevels: 'client-level-speaking',
  otherLanguages: 'client-languages',
  availability: 'client-week',
  commitments: 'client-week',
  childcare: 'client-childcare',
  travelModes: 'client-travel',
  maxTravelMinutes: 'client-minutes',
  maxHoursPerWeek: 'client-hours',
  homePostcode: 'client-postcode',
  physicalCapacity: 'client-load',
  gender: 'client-gender',
  compensationPreference: 'client-compensation',
  paidWorkHoursPerWeek: 'client-paid',
  mapExemptionRecorded: 'client-map',
  consentToBeProposed: 'client-consent',
};

function ParticipantForm({
  initial,
  participantId,
  termEnds,
}: {
  initial: ParticipantFormValues;
  participantId?: string;
  termEnds?: string;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const creating = !participantId;
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [api, setApi] = useState<{ fields: Problems; general: GeneralProblem[] }>({
    fields: {},
    general: [],
  });
  const [, create] = useMutation(CreateParticipantMutation);
  const [, update] = useMutation(UpdateParticipantMutation);
  // One key per form: a retried create (double click, lost answer) makes one client, not two.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const own = useMemo(() => checkParticipantForm(values, creating), [values, creating]);
  const problems: Problems = {};
  for (const [key, problem] of Object.entries(own))
    if (submitted || touched.has(key)) problems[key] = problem;
  for (const [key, problem] of Object.entries(api.fields)) if (problem) problems[key] ??= problem;
  // Commitments are edited in the same grid as availability.
  problems.availability ??= problems.commitments;

  const set = <K extends keyof ParticipantFormValues>(
    key: K,
    value: ParticipantFormValues[K],
    apiField: string = key,
  ) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (api.fields[apiField]) setApi((a) => ({ ...a, fields: { ...a.fields, [apiField]: undefined } }));
  };
  const blur = (key: string) => () => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));

  async function save() {
    setSubmitted(true);
    setApi({ fields: {}, general: [] });
    if (Object.keys(checkParticipantForm(values, creating)).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const fields = toParticipantInput(values, {
        creating,
        labels: {
          LANGUAGE_CLASS: intl.formatMessage({ id: 'participantForm.cell.LANGUAGE_CLASS' }),
          OTHER: intl.formatMessage({ id: 'participantForm.cell.OTHER' }),
        },
      });
      const result = creating
        ? await create(
            {
              input: {
                ...fields,
                clientReference: values.clientReference.trim(),
                idempotencyKey,
              },
            },
            SAVED_CONTEXT,
          )
        : await update({ input: { ...fields, participantId } }, SAVED_CONTEXT);
      if (result.error || !result.data) {
        const s = summariseError(result.error!);
        setApi(formProblems(s, Object.keys(ANCHOR)));
        requestAnimationFrame(() => summary.current?.focus());
        return;
      }
      const id =
        'createParticipant' in result.data
          ? result.data.createParticipant.participant.id
          : result.data.updateParticipant.participant.id;
      await navigate(`/coach/clients/${id}`);
    } finally {
      setBusy(false);
    }
  }

  const listed = Object.keys(ANCHOR).flatMap((field) =>
    problems[field] && field !== 'commitments' ? [{ field, problem: problems[field] }] : [],
  );
  const text = (id: string, v?: Record<string, ReactNode>) => <FormattedMessage id={id} values={v} />;
  const textbox = (
    field: keyof ParticipantFormValues,
    id: string,
    opts: { hint?: boolean; inputMode?: 'numeric' | 'decimal'; type?: string; short?: boolean } = {},
  ) => (
    <Field
      id={id}
      label={text(`participantForm.field.${field}`)}
      hint={opts.hint ? text(`participantForm.hint.${field}`) : undefined}
      problem={problems[field]}
    >
      <Textbox
        id={id}
        type={opts.type}
        inputMode={opts.inputMode}
        className={opts.short ? 'pw-client-short' : undefined}
        value={values[field] as string}
        invalid={Boolean(problems[field])}
        aria-describedby={describedBy(id, Boolean(opts.hint), problems[field])}
        onChange={(e) => set(field, e.target.value as never)}
        onBlur={blur(field)}
      />
    </Field>
  );

  return (
    <>
      {creating && (
        <>
          <Paragraph className="pw-breadcrumb">
            <AppLink to="/coach/clients">
              <FormattedMessage id="client.backToCaseload" />
            </AppLink>
          </Paragraph>
          <Heading1>{text('participantForm.headingNew')}</Heading1>
        </>
      )}
      {!creating && <Heading2>{text('participantForm.headingEdit')}</Heading2>}
      <ErrorSummary
        ref={summary}
        shown={submitted || api.general.length > 0}
        heading={text(creating ? 'participantForm.fixFirstNew' : 'participantForm.fixFirst')}
        problems={listed}
        anchorOf={(field) => ANCHOR[field]}
        labelOf={(field) => text(`participantForm.field.${field}`)}
        general={api.general}
      />
      <form
        noValidate
        className="pw-client-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <section aria-labelledby="client-step-who" className="pw-client-step">
          <Heading2 id="client-step-who">{text('participantForm.step.who')}</Heading2>
          {creating && textbox('clientReference', 'client-reference', { hint: true })}
          {textbox('nickname', 'client-nickname', { hint: true })}
          <div className="pw-client-row">
            <Field id="client-route" label={text('participantForm.field.route')} problem={problems.route}>
              <Select
                id="client-route"
                value={values.route}
                aria-describedby={describedBy('client-route', false, problems.route)}
                onChange={(e) => set('route', e.target.value as ParticipantFormValues['route'])}
              >
                {LEARNING_ROUTES.map((r) => (
                  <SelectOption key={r} value={r}>
                    {intl.formatMessage({ id: `route.${r}` })}
                  </SelectOption>
                ))}
              </Select>
            </Field>
            <Field
              id="client-group"
              label={text('participantForm.field.targetGroup')}
              problem={problems.targetGroup}
            >
              <Select
                id="client-group"
                value={values.targetGroup}
                aria-describedby={describedBy('client-group', false, problems.targetGroup)}
                onChange={(e) => set('targetGroup', e.target.value as ParticipantFormValues['targetGroup'])}
              >
                {TARGET_GROUPS.map((g) => (
                  <SelectOption key={g} value={g}>
                    {intl.formatMessage({ id: `targetGroup.${g}` })}
                  </SelectOption>
                ))}
              </Select>
            </Field>
          </div>
          <div className="pw-client-row">
            {textbox('pipDate', 'client-pip', { type: 'date', hint: true })}
            {textbox('availableFrom', 'client-from', { type: 'date', hint: true })}
          </div>
          {termEnds && (
            <Paragraph className="pw-muted">
              {text('participantForm.termEnds', {
                date: intl.formatDate(termEnds, { dateStyle: 'long', timeZone: 'UTC' }),
              })}
            </Paragraph>
          )}
        </section>

        <section aria-labelledby="client-step-language" className="pw-client-step">
          <Heading2 id="client-step-language">{text('participantForm.step.language')}</Heading2>
          <Fieldset
            invalid={Boolean(problems.languageLevels)}
            aria-describedby={describedBy('client-levels', true, problems.languageLevels)}
          >
            <FieldsetLegend>{text('participantForm.field.languageLevels')}</FieldsetLegend>
            <FormFieldDescription id="client-levels-hint">
              {text('participantForm.hint.languageLevels')}
            </FormFieldDescription>
            {problems.languageLevels && (
              <FormFieldErrorMessage id="client-levels-error">
                <ProblemText problem={problems.languageLevels} />
              </FormFieldErrorMessage>
            )}
            <div className="pw-client-row">
              {SKILLS.map((skill) => (
                <FormField key={skill}>
                  <FormLabel htmlFor={`client-level-${skill}`}>
                    {text(`participantForm.skill.${skill}`)}
                  </FormLabel>
                  <Select
                    id={`client-level-${skill}`}
                    value={values.languageLevels[skill]}
                    onChange={(e) =>
                      set(
                        'languageLevels',
                        { ...values.languageLevels, [skill]: e.target.value },
                        'languageLevels',
                      )
                    }
                  >
                    {LEVELS.map((l) => (
                      <SelectOption key={l} value={l}>
                        {intl.formatMessage({ id: `languageLevel.${l}` })}
                      </SelectOption>
                    ))}
                  </Select>
                </FormField>
              ))}
            </div>
          </Fieldset>
          {textbox('otherLanguages', 'client-languages', { hint: true })}
        </section>

        <section aria-labelledby="client-step-week" className="pw-client-step">
          <Heading2 id="client-step-week">{text('participantForm.step.week')}</Heading2>
          <FormFieldDescription id="client-week-hint">
            {text('participantForm.hint.week')}
          </FormFieldDescription>
          {problems.availability && (
            <FormFieldErrorMessage id="client-week-error">
              <ProblemText problem={problems.availability} />
            </FormFieldErrorMessage>
          )}
          <div className="pw-week-grid__scroll">
            <WeekGrid
              value={values.week}
              describedBy={describedBy('client-week', true, problems.availability)}
              onChange={(week) => {
                setValues((v) => ({ ...v, week, weekChanged: true }));
                setTouched((t) => new Set(t).add('availability'));
                if (api.fields.availability || api.fields.commitments)
                  setApi((a) => ({
                    ...a,
                    fields: { ...a.fields, availability: undefined, commitments: undefined },
                  }));
              }}
            />
          </div>
          {!creating && !values.weekChanged && (
            <Paragraph small className="pw-muted">
              {text('participantForm.week.keptUntilChanged')}
            </Paragraph>
          )}
          {textbox('maxHoursPerWeek', 'client-hours', { inputMode: 'decimal', short: true, hint: true })}
        </section>

        <section aria-labelledby="client-step-care" className="pw-client-step">
          <Heading2 id="client-step-care">{text('participantForm.step.childcare')}</Heading2>
          <Fieldset
            id="client-childcare"
            invalid={Boolean(problems.childcare)}
            aria-describedby={describedBy('client-childcare', false, problems.childcare)}
          >
            <FieldsetLegend>{text('participantForm.field.childcare')}</FieldsetLegend>
            {problems.childcare && (
              <FormFieldErrorMessage id="client-childcare-error">
                <ProblemText problem={problems.childcare} />
              </FormFieldErrorMessage>
            )}
            <FormField type="checkbox">
              <Checkbox
                id="client-childcare-needed"
                checked={values.childcareNeeded}
                onChange={(e) => set('childcareNeeded', e.target.checked, 'childcare')}
              />
              <FormLabel htmlFor="client-childcare-needed" type="checkbox">
                {text('participantForm.childcareNeeded')}
              </FormLabel>
            </FormField>
            {values.childcareNeeded && (
              <>
                <Field
                  id="client-children"
                  label={text('participantForm.childrenAges')}
                  hint={text('participantForm.hint.childrenAges')}
                >
                  <Textbox
                    id="client-children"
                    className="pw-client-short"
                    value={values.childrenAges}
                    invalid={Boolean(problems.childcare)}
                    aria-describedby={describedBy('client-children', true, undefined)}
                    onChange={(e) => set('childrenAges', e.target.value, 'childcare')}
                    onBlur={blur('childcare')}
                  />
                </Field>
                <div className="pw-week-grid__scroll">
                  <CoverGrid
                    value={values.cover}
                    onChange={(cover) => {
                      set('cover', cover, 'childcare');
                      setValues((v) => ({ ...v, coverChanged: true }));
                    }}
                  />
                </div>
              </>
            )}
          </Fieldset>
        </section>

        <section aria-labelledby="client-step-travel" className="pw-client-step">
          <Heading2 id="client-step-travel">{text('participantForm.step.travel')}</Heading2>
          {textbox('homePostcode', 'client-postcode', { hint: true, short: true })}
          <Fieldset
            id="client-travel"
            invalid={Boolean(problems.travelModes)}
            aria-describedby={describedBy('client-travel', false, problems.travelModes)}
          >
            <FieldsetLegend>{text('participantForm.field.travelModes')}</FieldsetLegend>
            {problems.travelModes && (
              <FormFieldErrorMessage id="client-travel-error">
                <ProblemText problem={problems.travelModes} />
              </FormFieldErrorMessage>
            )}
            {TRAVEL_MODES.map((m) => (
              <FormField type="checkbox" key={m}>
                <Checkbox
                  id={`client-travel-${m}`}
                  checked={values.travelModes.includes(m)}
                  onChange={(e) =>
                    set(
                      'travelModes',
                      e.target.checked
                        ? [...values.travelModes, m]
                        : values.travelModes.filter((x) => x !== m),
                    )
                  }
                />
                <FormLabel htmlFor={`client-travel-${m}`} type="checkbox">
                  {text(`travelMode.${m}`)}
                </FormLabel>
              </FormField>
            ))}
          </Fieldset>
          {textbox('maxTravelMinutes', 'client-minutes', { inputMode: 'numeric', short: true, hint: true })}
        </section>

        <section aria-labelledby="client-step-work" className="pw-client-step">
          <Heading2 id="client-step-work">{text('participantForm.step.work')}</Heading2>
          <RadioGroup
            id="client-load"
            legend={text('participantForm.field.physicalCapacity')}
            options={PHYSICAL_LOADS.map((l) => ({ value: l, label: text(`physicalLoad.${l}`) }))}
            value={values.physicalCapacity}
            onChange={(v) => set('physicalCapacity', v as ParticipantFormValues['physicalCapacity'])}
            problem={problems.physicalCapacity}
          />
          <RadioGroup
            id="client-compensation"
            legend={text('participantForm.field.compensationPreference')}
            options={COMPENSATION.map((c) => ({
              value: c,
              label: text(`participantForm.compensation.${c}`),
            }))}
            value={values.compensationPreference}
            onChange={(v) =>
              set('compensationPreference', v as ParticipantFormValues['compensationPreference'])
            }
            problem={problems.compensationPreference}
          />
          {textbox('paidWorkHoursPerWeek', 'client-paid', { inputMode: 'decimal', short: true, hint: true })}
          <FormField type="checkbox" id="client-map">
            <Checkbox
              id="client-map-input"
              checked={values.mapExemptionRecorded}
              onChange={(e) => set('mapExemptionRecorded', e.target.checked)}
            />
            <FormLabel htmlFor="client-map-input" type="checkbox">
              {text('participantForm.field.mapExemptionRecorded')}
            </FormLabel>
          </FormField>
          <RadioGroup
            id="client-gender"
            legend={text('participantForm.field.gender')}
            hint={text('participantForm.hint.gender')}
            options={[
              { value: '', label: text('participantForm.gender.none') },
              ...GENDERS.map((g) => ({ value: g, label: text(`participantForm.gender.${g}`) })),
            ]}
            value={values.gender}
            onChange={(v) => set('gender', v as ParticipantFormValues['gender'])}
            problem={problems.gender}
          />
        </section>

        <section aria-labelledby="client-step-consent" className="pw-client-step">
          <Heading2 id="client-step-consent">{text('participantForm.step.consent')}</Heading2>
          {creating || !initial.consentToBeProposed ? (
            <FormField type="checkbox" id="client-consent">
              <Checkbox
                id="client-consent-input"
                checked={values.consentToBeProposed}
                aria-describedby="client-consent-hint"
                onChange={(e) => set('consentToBeProposed', e.target.checked)}
              />
              <FormLabel htmlFor="client-consent-input" type="checkbox">
                {text('participantForm.field.consentToBeProposed')}
              </FormLabel>
              <FormFieldDescription id="client-consent-hint">
                {text('participantForm.hint.consent')}
              </FormFieldDescription>
            </FormField>
          ) : (
            <Paragraph>{text('participantForm.consentGiven')}</Paragraph>
          )}
        </section>

        <ButtonGroup className="pw-client-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {text(creating ? 'participantForm.create' : 'participantForm.save')}
          </Button>
          <AppLink to={creating ? '/coach/clients' : `/coach/clients/${participantId}`}>
            {text('common.cancel')}
          </AppLink>
        </ButtonGroup>
      </form>
    </>
  );
}
