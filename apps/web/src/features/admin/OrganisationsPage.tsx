import {
  Alert,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { ColumnHeaders } from '../../app/ColumnHeaders';
import { useDebounced } from '../../app/FindField';
import { OrganisationFind } from './OrganisationFind';
import { AppLink } from '../../app/links';
import { LoadMore } from '../../app/LoadMore';
import { QueryState } from '../../app/QueryState';
import { usePageTitle } from '../../app/usePageTitle';
import { summariseError } from '../../graphql/errors';
import { formProblems, type GeneralProblem } from '../../graphql/fieldProblems';
import { useConnectionPages } from '../../graphql/useConnectionPages';
import { describedBy, Field, type Problem } from '../employer/shared/Field';
import { FormEnd, TextField } from './AdminForm';
import { AdminOrganisationsQuery, CreateOrganisationMutation } from './documents';
import {
  checkOrganisation,
  EMPTY_ORGANISATION,
  firstProblem,
  organisationInput,
  ORGANISATION_WORDS,
  type OrganisationField,
  type OrganisationValues,
} from './forms';

const KINDS = ['EMPLOYER', 'PARTNER', 'COACHING'] as const;
const FIELDS: readonly OrganisationField[] = [
  'kind',
  'name',
  'kvkNumber',
  'street',
  'postcode',
  'city',
  'contactName',
  'contactEmail',
];
/** An empty list names no type: urql is told which one a new organisation invalidates. */
const ORGANISATIONS_CONTEXT = { additionalTypenames: ['Organisation'] };

/**
 * "Organisaties": the organisations, a page at a time, found by part of the name (asked of the API:
 * a municipality has thousands), and a form to register a new one.
 */
export function OrganisationsPage() {
  usePageTitle('admin.organisations.title');
  const intl = useIntl();
  // The text found by is kept in the address (`?q=`), so reload and Back (from an organisation's
  // users) show the same list; organisation names are not personal data.
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? '');
  const search = useDebounced(text.trim());
  useEffect(() => {
    if ((params.get('q') ?? '') === search) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (search) next.set('q', search);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [search, params, setParams]);
  const pages = useConnectionPages({
    query: AdminOrganisationsQuery,
    variables: { search: search || null },
    connection: (d) => d.organisations,
    context: useMemo(() => ORGANISATIONS_CONTEXT, []),
    name: 'organisations',
  });
  const { data, fetching, error } = pages;
  const organisations = pages.nodes;
  // While the answer for a new text is on its way the rows of the text before stay on screen: the
  // heading names the text those rows were found by, so its count is the count of what is shown.
  const [settled, setSettled] = useState(search);
  if (!fetching && settled !== search) setSettled(search);
  const listSearch = fetching ? settled : search;
  const answered = search !== '' && search === text.trim() && !fetching && data !== undefined;
  const col = (id: string) => intl.formatMessage({ id: `admin.organisations.col.${id}` });
  return (
    <>
      <Heading1>
        <FormattedMessage id="admin.organisations.title" />
      </Heading1>
      <NewOrganisation />
      <section aria-labelledby="org-list">
        <Heading2 id="org-list">
          <FormattedMessage
            id={listSearch ? 'admin.organisations.listFound' : 'admin.organisations.list'}
            values={{ count: data ? pages.totalCount : 0, search: listSearch }}
          />
        </Heading2>
        <OrganisationFind
          id="organisations-find"
          value={text}
          onChange={setText}
          found={answered ? pages.totalCount : null}
        />
        <QueryState fetching={fetching && !data} error={error}>
          {organisations.length > 0 && (
            <>
              <div className="pw-table-scroll">
                <Table className="pw-table pw-table--stack" aria-busy={fetching || undefined}>
                  <ColumnHeaders labels={['name', 'kind', 'address', 'kvk', 'contact'].map(col)} />
                  <TableBody>
                    {organisations.map((o) => (
                      <TableRow key={o.id}>
                        <TableHeaderCell scope="row" {...pages.rowProps(o.id)}>
                          <AppLink to={`/admin/users?organisation=${o.id}`}>{o.name}</AppLink>
                        </TableHeaderCell>
                        <TableCell data-label={col('kind')}>
                          <FormattedMessage id={`admin.kind.${o.kind}`} />
                        </TableCell>
                        <TableCell data-label={col('address')}>
                          {o.street}, {o.postcode} {o.city}
                        </TableCell>
                        <TableCell data-label={col('kvk')}>{o.kvkNumber ?? '—'}</TableCell>
                        <TableCell data-label={col('contact')}>
                          {o.contactName}
                          <span className="pw-block pw-muted pw-break">{o.contactEmail}</span>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              <LoadMore pages={pages} />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}

function NewOrganisation() {
  const intl = useIntl();
  const [values, setValues] = useState<OrganisationValues>(EMPTY_ORGANISATION);
  const [problems, setProblems] = useState<Partial<Record<OrganisationField, Problem>>>({});
  const [other, setOther] = useState<GeneralProblem[]>([]);
  const [created, setCreated] = useState<{ id: string; name: string }>();
  // One key per organisation being entered: a retry after a lost answer creates nothing twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [creating, create] = useMutation(CreateOrganisationMutation);

  const set = (field: OrganisationField) => (value: string) => setValues({ ...values, [field]: value });

  function focusFirst(found: Partial<Record<OrganisationField, unknown>>) {
    const first = firstProblem(FIELDS, found);
    if (first) document.getElementById(`org-${first}`)?.focus();
  }

  async function submit() {
    setCreated(undefined);
    setOther([]);
    const own = checkOrganisation(values);
    const ownProblems = Object.fromEntries(Object.entries(own).map(([f, id]) => [f, { id }]));
    setProblems(ownProblems);
    if (Object.keys(own).length > 0) {
      focusFirst(own);
      return;
    }
    const result = await create({ input: organisationInput(values, idempotencyKey) });
    if (result.error || !result.data) {
      const s = summariseError(result.error!);
      const { fields, general } = formProblems(s, FIELDS, { words: ORGANISATION_WORDS });
      setProblems(fields);
      setOther(general);
      focusFirst(fields);
      return;
    }
    setCreated(result.data.createOrganisation.organisation);
    setValues(EMPTY_ORGANISATION);
    setIdempotencyKey(crypto.randomUUID());
  }

  const text = (
    field: OrganisationField,
    options: { hint?: boolean; type?: string; autoComplete?: string } = {},
  ) => (
    <TextField
      id={`org-${field}`}
      label={<FormattedMessage id={`admin.organisation.${field}`} />}
      hint={options.hint ? <FormattedMessage id={`admin.organisation.${field}Hint`} /> : undefined}
      problem={problems[field]}
      value={values[field]}
      onChange={set(field)}
      type={options.type}
      autoComplete={options.autoComplete}
    />
  );

  return (
    <section aria-labelledby="org-new" className="pw-card">
      <Heading2 id="org-new">
        <FormattedMessage id="admin.organisations.new" />
      </Heading2>
      {created && (
        <Alert type="ok" role="status">
          <Paragraph>
            <FormattedMessage id="admin.organisations.created" values={{ name: created.name }} />{' '}
            <AppLink to={`/admin/users?organisation=${created.id}`}>
              <FormattedMessage id="admin.organisations.addUsers" />
            </AppLink>
          </Paragraph>
        </Alert>
      )}
      <form
        noValidate
        className="pw-admin-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field
          id="org-kind"
          label={<FormattedMessage id="admin.organisation.kind" />}
          hint={<FormattedMessage id="admin.organisation.kindHint" />}
          problem={problems.kind}
        >
          <Select
            id="org-kind"
            value={values.kind}
            invalid={Boolean(problems.kind)}
            aria-describedby={describedBy('org-kind', true, problems.kind)}
            onChange={(e) => set('kind')(e.target.value)}
          >
            <SelectOption value="">{intl.formatMessage({ id: 'admin.choose' })}</SelectOption>
            {KINDS.map((k) => (
              <SelectOption key={k} value={k}>
                {intl.formatMessage({ id: `admin.kind.${k}` })}
              </SelectOption>
            ))}
          </Select>
        </Field>
        {text('name', { autoComplete: 'organization' })}
        {text('kvkNumber', { hint: true })}
        {text('street', { autoComplete: 'street-address' })}
        {text('postcode', { autoComplete: 'postal-code' })}
        {text('city', { autoComplete: 'address-level2' })}
        {text('contactName', { autoComplete: 'name' })}
        {text('contactEmail', { type: 'email', autoComplete: 'email' })}
        <FormEnd
          other={other}
          problemCount={Object.keys(problems).length}
          busy={creating.fetching}
          submitLabel="admin.organisations.create"
        />
      </form>
    </section>
  );
}
