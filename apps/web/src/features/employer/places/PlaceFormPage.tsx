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
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useUser } from '../../../auth/session';
import { AppLink } from '../../../app/links';
import { QueryState } from '../../../app/QueryState';
import { usePageTitle } from '../../../app/usePageTitle';
import type { PlacementStatus } from '../../../gql/graphql';
import { summariseError } from '../../../graphql/errors';
import type { GeneralProblem } from '../../../graphql/fieldProblems';
import { describedBy, Field, ProblemText, RadioGroup, type Problem } from '../shared/Field';
import { ErrorSummary } from '../shared/GeneralProblems';
import { offerKindOf, type OfferKind } from '../shared/organisationWords';
import {
  CreatePlaceMutation,
  PlaceForFormQuery,
  PublishPlaceMutation,
  UpdatePlaceMutation,
} from './documents';
import {
  apiPlaceProblems,
  apiScheduleProblems,
  checkPlaceForm,
  PLACE_FIELDS,
  AUDIENCES,
  CHILDCARE_KINDS,
  COMPENSATIONS,
  GROUP_LANGUAGES,
  copyOf,
  emptyPlaceForm,
  fromPlacement,
  LANGUAGE_LEVELS,
  LANGUAGE_SKILLS,
  LEARNING_ROUTES,
  PHYSICAL_LOADS,
  PLACEMENT_TYPES,
  SECTORS,
  TARGET_GROUPS,
  toPlacementFields,
  type PlaceFormValues,
} from './placeForm';
import { ScheduleEditor } from './ScheduleEditor';

/**
 * New place (blank, or a copy of one with `?from=`), or an existing place to change
 * (`/employer/places/:placementId/edit`). Loads what it needs, then hands over to the form.
 */
export function PlaceFormPage() {
  const { placementId } = useParams();
  const [search] = useSearchParams();
  const from = search.get('from') ?? undefined;
  const user = useUser();
  const kind = offerKindOf(user.role);
  const intl = useIntl();
  usePageTitle(placementId ? 'employer.form.titleEdit' : 'employer.form.titleNew');
  const sourceId = placementId ?? from;
  const [{ data, fetching, error }] = useQuery({
    query: PlaceForFormQuery,
    variables: { id: sourceId ?? '' },
    pause: !sourceId,
  });

  if (!sourceId) {
    return (
      <PlaceForm
        kind={kind}
        initial={emptyPlaceForm(kind === 'activity' ? 'ACTIVITEIT' : 'PARTICIPATIEPLEK')}
      />
    );
  }
  return (
    <QueryState fetching={fetching || !data} error={error}>
      {data &&
        (placementId ? (
          <PlaceForm
            key={placementId}
            kind={kind}
            placementId={placementId}
            status={data.placement.status}
            initial={fromPlacement(data.placement)}
          />
        ) : (
          <PlaceForm
            key={`copy-${from}`}
            kind={kind}
            initial={copyOf(fromPlacement(data.placement), (title) =>
              intl.formatMessage({ id: 'employer.form.copyTitle' }, { title }),
            )}
          />
        ))}
    </QueryState>
  );
}

type Problems = Record<string, Problem | undefined>;

/** The element an error summary link jumps to for a field. */
const ANCHOR: Record<string, string> = {
  type: 'place-type',
  title: 'place-title',
  sector: 'place-sector',
  description: 'place-description',
  schedule: 'place-schedule',
  languageRequirements: 'place-language',
  openToRoutes: 'place-routes',
  openToTargetGroups: 'place-groups',
  audience: 'place-audience',
  physicalLoad: 'place-load',
  compensation: 'place-compensation',
  childcare: 'place-childcare',
  groupLanguage: 'place-group-language',
  dutchSpeakingEnvironment: 'place-dutch',
  location: 'place-postcode',
  capacity: 'place-capacity',
  startDate: 'place-start',
  endDate: 'place-end',
};

function PlaceForm({
  kind,
  initial,
  placementId: existingId,
  status: initialStatus,
}: {
  kind: OfferKind;
  initial: PlaceFormValues;
  placementId?: string;
  status?: PlacementStatus;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [api, setApi] = useState<{ fields: Problems; schedule: Problems; general: GeneralProblem[] }>({
    fields: {},
    schedule: {},
    general: [],
  });
  // A new place that was saved but could not be published yet is changed from then on.
  const [placementId, setPlacementId] = useState(existingId);
  const [status, setStatus] = useState(initialStatus);
  const [, create] = useMutation(CreatePlaceMutation);
  const [, update] = useMutation(UpdatePlaceMutation);
  const [, publish] = useMutation(PublishPlaceMutation);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const own = useMemo(() => checkPlaceForm(values), [values]);
  const visible = (key: string) => submitted || touched.has(key.split('.')[0]);
  const problems: Problems = {};
  for (const [key, problem] of Object.entries(own)) if (visible(key)) problems[key] = problem;
  for (const [key, message] of Object.entries(api.fields)) problems[key] ??= message;
  // An error of the schedule as a whole; one about a shift or the hours is shown beside that part.
  const scheduleProblems: Problems = {
    '': Object.keys(api.schedule).length ? undefined : api.fields.schedule,
  };
  for (const [key, problem] of Object.entries(problems))
    if (key.startsWith('schedule.')) scheduleProblems[key.slice('schedule.'.length)] = problem;
  for (const [key, message] of Object.entries(api.schedule)) scheduleProblems[key] ??= message;

  const set = <K extends keyof PlaceFormValues>(
    key: K,
    value: PlaceFormValues[K],
    apiField: string = key,
  ) => {
    setValues((v) => ({ ...v, [key]: value }));
    // The API's message was about the value before; the field's own check takes over again.
    if (api.fields[apiField] || (apiField === 'schedule' && Object.keys(api.schedule).length))
      setApi((a) => ({
        ...a,
        fields: { ...a.fields, [apiField]: undefined },
        schedule: apiField === 'schedule' ? {} : a.schedule,
      }));
  };
  const blur = (key: string) => () => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));

  function showSummary() {
    requestAnimationFrame(() => summary.current?.focus());
  }

  function failed(error: CombinedError) {
    const s = summariseError(error);
    const schedule = apiScheduleProblems(error);
    // An error on a field the form does not show (placementId) goes to the summary's general lines.
    const { fields, general }: { fields: Problems; general: GeneralProblem[] } = apiPlaceProblems(
      s,
      PLACE_FIELDS,
    );
    // The summary names the schedule's first problem in the words it has beside its part.
    if (fields.schedule) fields.schedule = firstOf(schedule) ?? fields.schedule;
    setApi({ fields, schedule, general });
    showSummary();
  }

  async function save(andPublish: boolean) {
    setSubmitted(true);
    setApi({ fields: {}, schedule: {}, general: [] });
    if (Object.keys(checkPlaceForm(values)).length > 0) {
      showSummary();
      return;
    }
    setBusy(true);
    try {
      const fields = toPlacementFields(values);
      let id = placementId;
      if (!id) {
        const result = await create({ input: fields });
        if (result.error || !result.data) return failed(result.error!);
        id = result.data.createPlacement.placement.id;
        setPlacementId(id);
        setStatus(result.data.createPlacement.placement.status);
      } else {
        const result = await update({ input: { ...fields, placementId: id } });
        if (result.error || !result.data) return failed(result.error!);
      }
      if (andPublish && status !== 'PUBLISHED') {
        const result = await publish({ input: { placementId: id } });
        if (result.error || !result.data) return failed(result.error!);
        setStatus(result.data.publishPlacement.placement.status);
      }
      await navigate('/employer/places');
    } finally {
      setBusy(false);
    }
  }

  const listed = PLACE_FIELDS.flatMap((field) => {
    const key = Object.keys(problems).find((k) => k === field || k.startsWith(`${field}.`));
    const problem = key ? problems[key] : field === 'schedule' ? firstOf(api.schedule) : undefined;
    return problem ? [{ field, problem }] : [];
  });
  const text = (id: string, values?: Record<string, ReactNode>) => (
    <FormattedMessage id={id} values={values} />
  );
  const k = { kind };
  const languageNames = new Intl.DisplayNames([intl.locale], { type: 'language' });
  const languageName = (code: string) => languageNames.of(code) ?? code;

  return (
    <>
      <Heading1>
        <FormattedMessage
          id={placementId ? 'employer.form.headingEdit' : 'employer.form.headingNew'}
          values={k}
        />
      </Heading1>
      <Paragraph>
        <AppLink to="/employer/places">
          <FormattedMessage id="employer.form.back" values={k} />
        </AppLink>
      </Paragraph>
      {status && status !== 'DRAFT' && (
        <Paragraph className="pw-muted">
          <FormattedMessage id="employer.form.statusNow" values={{ status }} />
        </Paragraph>
      )}
      <ErrorSummary
        ref={summary}
        shown={submitted || api.general.length > 0}
        heading={
          placementId && !existingId
            ? text('employer.form.savedNotPublished')
            : text('employer.form.fixFirst')
        }
        problems={listed}
        anchorOf={(field) => ANCHOR[field]}
        labelOf={(field) => text(`employer.field.${field}`)}
        general={api.general}
      />
      <form
        noValidate
        className="pw-place-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
      >
        <section aria-labelledby="step-what" className="pw-form-step">
          <Heading2 id="step-what">{text('employer.form.step.what', k)}</Heading2>
          <Field id="place-type" label={text('employer.field.type')} problem={problems.type}>
            <Select
              id="place-type"
              value={values.type}
              onChange={(e) => set('type', e.target.value as PlaceFormValues['type'])}
            >
              {PLACEMENT_TYPES.map((t) => (
                <SelectOption key={t} value={t}>
                  {intl.formatMessage({ id: `employer.type.${t}` })}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Field
            id="place-title"
            label={text('employer.field.title')}
            hint={text('employer.form.titleHint', k)}
            problem={problems.title}
          >
            <Textbox
              id="place-title"
              value={values.title}
              required
              invalid={Boolean(problems.title)}
              aria-describedby={describedBy('place-title', true, problems.title)}
              onChange={(e) => set('title', e.target.value)}
              onBlur={blur('title')}
            />
          </Field>
          <Field id="place-sector" label={text('employer.field.sector')} problem={problems.sector}>
            <Select
              id="place-sector"
              value={values.sector}
              invalid={Boolean(problems.sector)}
              aria-describedby={describedBy('place-sector', false, problems.sector)}
              onChange={(e) => set('sector', e.target.value as PlaceFormValues['sector'])}
            >
              <SelectOption value="">{intl.formatMessage({ id: 'employer.form.choose' })}</SelectOption>
              {SECTORS.map((s) => (
                <SelectOption key={s} value={s}>
                  {intl.formatMessage({ id: `employer.sector.${s}` })}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <Field
            id="place-description"
            label={text('employer.field.description')}
            hint={text('employer.form.descriptionHint')}
            problem={problems.description}
          >
            <Textarea
              id="place-description"
              rows={5}
              value={values.description}
              invalid={Boolean(problems.description)}
              aria-describedby={describedBy('place-description', true, problems.description)}
              onChange={(e) => set('description', e.target.value)}
              onBlur={blur('description')}
            />
          </Field>
        </section>

        <section aria-labelledby="step-when" className="pw-form-step" id="place-schedule" tabIndex={-1}>
          <Heading2 id="step-when">{text('employer.form.step.when')}</Heading2>
          <ScheduleEditor
            value={values.schedule}
            onChange={(schedule) => set('schedule', schedule)}
            onBlur={blur('schedule')}
            problems={scheduleProblems}
          />
        </section>

        <section aria-labelledby="step-who" className="pw-form-step">
          <Heading2 id="step-who">{text('employer.form.step.who')}</Heading2>
          <Fieldset
            id="place-language"
            invalid={Boolean(problems.languageRequirements)}
            aria-describedby="place-language-hint"
          >
            <FieldsetLegend>{text('employer.field.languageRequirements')}</FieldsetLegend>
            <FormFieldDescription id="place-language-hint">
              {text('employer.form.languageHint')}
            </FormFieldDescription>
            {problems.languageRequirements && (
              <FormFieldErrorMessage>
                <ProblemText problem={problems.languageRequirements} />
              </FormFieldErrorMessage>
            )}
            {LANGUAGE_SKILLS.map((skill) => {
              const r = values.language[skill];
              const change = (next: Partial<typeof r>) =>
                set('language', { ...values.language, [skill]: { ...r, ...next } }, 'languageRequirements');
              return (
                <div key={skill} className="pw-form-row pw-skill">
                  <FormField className="pw-skill__level">
                    <FormLabel htmlFor={`place-language-${skill}`}>
                      {text(`employer.skill.${skill}`)}
                    </FormLabel>
                    <Select
                      id={`place-language-${skill}`}
                      value={r.level}
                      onChange={(e) => change({ level: e.target.value as typeof r.level })}
                    >
                      <SelectOption value="">
                        {intl.formatMessage({ id: 'employer.level.none' })}
                      </SelectOption>
                      {LANGUAGE_LEVELS.map((level) => (
                        <SelectOption key={level} value={level}>
                          {intl.formatMessage({ id: `employer.level.${level}` })}
                        </SelectOption>
                      ))}
                    </Select>
                  </FormField>
                  {r.level && (
                    <FormField className="pw-skill__required">
                      <FormLabel htmlFor={`place-language-${skill}-required`}>
                        {text('employer.form.languageHow', { skill: text(`employer.skill.${skill}`) })}
                      </FormLabel>
                      <Select
                        id={`place-language-${skill}-required`}
                        value={r.required ? 'required' : 'preferred'}
                        onChange={(e) => change({ required: e.target.value === 'required' })}
                      >
                        <SelectOption value="required">
                          {intl.formatMessage({ id: 'employer.form.languageRequired' })}
                        </SelectOption>
                        <SelectOption value="preferred">
                          {intl.formatMessage({ id: 'employer.form.languagePreferred' })}
                        </SelectOption>
                      </Select>
                    </FormField>
                  )}
                </div>
              );
            })}
          </Fieldset>
          <CheckboxGroup
            id="place-routes"
            legend={text('employer.field.openToRoutes')}
            hint={text('employer.form.routesHint', k)}
            options={LEARNING_ROUTES.map((r) => ({ value: r, label: text(`route.${r}`) }))}
            selected={values.openToRoutes}
            onChange={(next) => set('openToRoutes', next as PlaceFormValues['openToRoutes'])}
            problem={problems.openToRoutes}
          />
          <CheckboxGroup
            id="place-groups"
            legend={text('employer.field.openToTargetGroups')}
            options={TARGET_GROUPS.map((g) => ({ value: g, label: text(`employer.targetGroup.${g}`) }))}
            selected={values.openToTargetGroups}
            onChange={(next) => set('openToTargetGroups', next as PlaceFormValues['openToTargetGroups'])}
            problem={problems.openToTargetGroups}
          />
          <RadioGroup
            id="place-audience"
            legend={text('employer.field.audience')}
            hint={text('employer.form.audienceHint')}
            options={AUDIENCES.map((a) => ({ value: a, label: text(`employer.audience.${a}`) }))}
            value={values.audience}
            onChange={(v) => set('audience', v as PlaceFormValues['audience'])}
            problem={problems.audience}
          />
          <RadioGroup
            id="place-load"
            legend={text('employer.field.physicalLoad')}
            options={PHYSICAL_LOADS.map((l) => ({ value: l, label: text(`employer.load.${l}`) }))}
            value={values.physicalLoad}
            onChange={(v) => set('physicalLoad', v as PlaceFormValues['physicalLoad'])}
            problem={problems.physicalLoad}
          />
          <RadioGroup
            id="place-compensation"
            legend={text('employer.field.compensation')}
            options={COMPENSATIONS.map((c) => ({ value: c, label: text(`employer.compensation.${c}`) }))}
            value={values.compensation}
            onChange={(v) => set('compensation', v as PlaceFormValues['compensation'])}
            problem={problems.compensation}
          />
          <RadioGroup
            id="place-childcare"
            legend={text('employer.field.childcare')}
            options={CHILDCARE_KINDS.map((c) => ({ value: c, label: text(`employer.childcare.${c}`) }))}
            value={values.childcare}
            onChange={(v) => set('childcare', v as PlaceFormValues['childcare'])}
            problem={problems.childcare}
          >
            {values.childcare === 'ON_SITE' && (
              <div className="pw-form-row">
                <Field id="place-child-min" label={text('employer.form.childMinAge')}>
                  <Textbox
                    id="place-child-min"
                    inputMode="numeric"
                    value={values.childMinAge}
                    onChange={(e) => set('childMinAge', e.target.value, 'childcare')}
                    onBlur={blur('childcare')}
                  />
                </Field>
                <Field id="place-child-max" label={text('employer.form.childMaxAge')}>
                  <Textbox
                    id="place-child-max"
                    inputMode="numeric"
                    value={values.childMaxAge}
                    onChange={(e) => set('childMaxAge', e.target.value, 'childcare')}
                    onBlur={blur('childcare')}
                  />
                </Field>
              </div>
            )}
          </RadioGroup>
          <Field
            id="place-group-language"
            label={text('employer.field.groupLanguage')}
            hint={text('employer.form.groupLanguageHint')}
            problem={problems.groupLanguage}
          >
            <Select
              id="place-group-language"
              value={values.groupLanguage}
              invalid={Boolean(problems.groupLanguage)}
              aria-describedby={describedBy('place-group-language', true, problems.groupLanguage)}
              onChange={(e) => set('groupLanguage', e.target.value, 'dutchSpeakingEnvironment')}
            >
              <SelectOption value="">
                {intl.formatMessage({ id: 'employer.form.groupLanguageDutch' })}
              </SelectOption>
              {GROUP_LANGUAGES.map((code) => (
                <SelectOption key={code} value={code}>
                  {languageName(code)}
                </SelectOption>
              ))}
            </Select>
          </Field>
          <RadioGroup
            id="place-dutch"
            legend={text('employer.field.dutchSpeakingEnvironment')}
            hint={text('employer.form.dutchHint')}
            options={[
              { value: 'yes', label: text('employer.form.yes') },
              { value: 'no', label: text('employer.form.no') },
            ]}
            value={values.dutchSpeakingEnvironment}
            onChange={(v) =>
              set('dutchSpeakingEnvironment', v as PlaceFormValues['dutchSpeakingEnvironment'])
            }
            problem={problems.dutchSpeakingEnvironment}
          />
        </section>

        <section aria-labelledby="step-where" className="pw-form-step">
          <Heading2 id="step-where">{text('employer.form.step.where')}</Heading2>
          <Paragraph className="pw-muted">{text('employer.form.addressHint')}</Paragraph>
          <div className="pw-form-row">
            <Field id="place-street" label={text('employer.form.street')}>
              <Textbox
                id="place-street"
                autoComplete="street-address"
                value={values.street}
                invalid={Boolean(problems.location)}
                aria-describedby={describedBy('place-postcode', false, problems.location)}
                onChange={(e) => set('street', e.target.value, 'location')}
                onBlur={blur('location')}
              />
            </Field>
            <Field id="place-postcode" label={text('employer.form.postcode')} problem={problems.location}>
              <Textbox
                id="place-postcode"
                autoComplete="postal-code"
                value={values.postcode}
                invalid={Boolean(problems.location)}
                aria-describedby={describedBy('place-postcode', false, problems.location)}
                onChange={(e) => set('postcode', e.target.value, 'location')}
                onBlur={blur('location')}
              />
            </Field>
            <Field id="place-city" label={text('employer.form.city')}>
              <Textbox
                id="place-city"
                autoComplete="address-level2"
                value={values.city}
                invalid={Boolean(problems.location)}
                aria-describedby={describedBy('place-postcode', false, problems.location)}
                onChange={(e) => set('city', e.target.value, 'location')}
                onBlur={blur('location')}
              />
            </Field>
          </div>
          <Field
            id="place-capacity"
            label={text('employer.field.capacity')}
            hint={text('employer.form.capacityHint')}
            problem={problems.capacity}
          >
            <Textbox
              id="place-capacity"
              inputMode="numeric"
              className="pw-short"
              value={values.capacity}
              invalid={Boolean(problems.capacity)}
              aria-describedby={describedBy('place-capacity', true, problems.capacity)}
              onChange={(e) => set('capacity', e.target.value)}
              onBlur={blur('capacity')}
            />
          </Field>
          <div className="pw-form-row">
            <Field id="place-start" label={text('employer.field.startDate')} problem={problems.startDate}>
              <Textbox
                id="place-start"
                type="date"
                value={values.startDate}
                invalid={Boolean(problems.startDate)}
                aria-describedby={describedBy('place-start', false, problems.startDate)}
                onChange={(e) => set('startDate', e.target.value)}
                onBlur={blur('startDate')}
              />
            </Field>
            <Field
              id="place-end"
              label={text('employer.field.endDate')}
              hint={text('employer.form.endHint')}
              problem={problems.endDate}
            >
              <Textbox
                id="place-end"
                type="date"
                value={values.endDate}
                invalid={Boolean(problems.endDate)}
                aria-describedby={describedBy('place-end', true, problems.endDate)}
                onChange={(e) => set('endDate', e.target.value)}
                onBlur={blur('endDate')}
              />
            </Field>
          </div>
        </section>

        <ButtonGroup className="pw-form-actions">
          {status !== 'PUBLISHED' && (
            <Button
              type="button"
              appearance="primary-action-button"
              busy={busy}
              disabled={busy}
              onClick={() => void save(true)}
            >
              {text('employer.form.saveAndPublish')}
            </Button>
          )}
          <Button
            type="submit"
            appearance={status === 'PUBLISHED' ? 'primary-action-button' : 'secondary-action-button'}
            busy={busy}
            disabled={busy}
          >
            {text(status && status !== 'DRAFT' ? 'employer.form.save' : 'employer.form.saveDraft')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function firstOf(problems: Problems): Problem | undefined {
  return Object.values(problems).find(Boolean);
}

function CheckboxGroup({
  id,
  legend,
  hint,
  options,
  selected,
  onChange,
  problem,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Array<{ value: string; label: ReactNode }>;
  selected: readonly string[];
  onChange: (next: string[]) => void;
  problem?: Problem;
}) {
  return (
    <Fieldset id={id} invalid={Boolean(problem)} aria-describedby={describedBy(id, Boolean(hint), problem)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {problem && (
        <FormFieldErrorMessage id={`${id}-error`}>
          <ProblemText problem={problem} />
        </FormFieldErrorMessage>
      )}
      {options.map((o) => (
        <FormField type="checkbox" key={o.value}>
          <Checkbox
            id={`${id}-${o.value}`}
            checked={selected.includes(o.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...selected, o.value] : selected.filter((s) => s !== o.value))
            }
          />
          <FormLabel htmlFor={`${id}-${o.value}`} type="checkbox">
            {o.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
