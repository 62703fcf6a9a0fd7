import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ColumnHeaders } from '../../app/ColumnHeaders';
import { useDebounced } from '../../app/FindField';
import { OrganisationFind } from './OrganisationFind';
import { LoadMore } from '../../app/LoadMore';
import { QueryState } from '../../app/QueryState';
import { usePageTitle } from '../../app/usePageTitle';
import { useUser } from '../../auth/session';
import type { OrganisationKind } from '../../gql/graphql';
import { summariseError } from '../../graphql/errors';
import { errorText, type ErrorText } from '../../graphql/errorText';
import { formProblems, type GeneralProblem } from '../../graphql/fieldProblems';
import { useConnectionPages, type ConnectionPages } from '../../graphql/useConnectionPages';
import { describedBy, Field, type Problem } from '../employer/shared/Field';
import { ScreenReaderOnly } from '../employer/shared/ScreenReaderOnly';
import { FormEnd, TextField } from './AdminForm';
import {
  AdminOrganisationChoicesQuery,
  AdminOrganisationQuery,
  AdminUsersQuery,
  CreateUserMutation,
  DeactivateUserMutation,
} from './documents';
import {
  checkUser,
  EMPTY_USER,
  firstProblem,
  ROLES_FOR_KIND,
  userInput,
  USER_WORDS,
  type UserField,
  type UserValues,
} from './forms';

const FIELDS: readonly UserField[] = ['organisationId', 'role', 'displayName', 'email', 'externalSubject'];
const USERS_CONTEXT = { additionalTypenames: ['User'] };

/**
 * "Gebruikers": the users of one organisation (chosen here, or from the organisations page), a form
 * to add one with a role that fits the organisation, and deactivating one.
 */
export function UsersPage() {
  usePageTitle('admin.users.title');
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const organisationId = params.get('organisation') ?? '';
  const [text, setText] = useState('');
  const search = useDebounced(text.trim());
  // Thousands of organisations: the admin narrows the picker by part of the name (asked of the
  // API), and what remains comes a page at a time.
  const pages = useConnectionPages({
    query: AdminOrganisationChoicesQuery,
    variables: { search: search || null },
    connection: (d) => d.organisations,
    name: 'users-organisation',
  });
  const { data, fetching, error } = pages;
  // The organisation in the address can lie beyond the list's first page or outside what was
  // found (a link from the organisations page after "Meer laden", or a narrower search): it is
  // asked by its id and stays one of the choices.
  const [{ data: chosen }] = useQuery({
    query: AdminOrganisationQuery,
    variables: { id: organisationId },
    pause: !organisationId,
  });
  const listed: Array<{ id: string; name: string; kind: OrganisationKind }> = pages.nodes;
  const organisation =
    listed.find((o) => o.id === organisationId) ??
    (chosen?.organisation.id === organisationId ? chosen.organisation : undefined);
  const organisations = organisation && !listed.includes(organisation) ? [...listed, organisation] : listed;
  const answered = search !== '' && search === text.trim() && !fetching && data !== undefined;
  // Just loaded organisations are options of the picker: the focus goes to the picker itself.
  const justLoaded = listed.some((o) => pages.rowProps(o.id)['data-new-row'] !== undefined);
  const shownId = pages.hasNextPage ? 'users-organisation-shown' : undefined;
  return (
    <>
      <Heading1>
        <FormattedMessage id="admin.users.title" />
      </Heading1>
      <OrganisationFind
        id="users-organisation-find"
        value={text}
        onChange={setText}
        found={answered ? pages.totalCount : null}
      />
      <QueryState fetching={fetching && !data} error={error}>
        <FormField>
          <FormLabel htmlFor="users-organisation">
            <FormattedMessage id="admin.users.organisation" />
          </FormLabel>
          {shownId && (
            <FormFieldDescription id={shownId}>
              <FormattedMessage
                id={search ? 'admin.users.organisationsShownFound' : 'admin.users.organisationsShown'}
                values={{ shown: listed.length, count: pages.totalCount }}
              />
            </FormFieldDescription>
          )}
          <Select
            id="users-organisation"
            value={organisation ? organisationId : ''}
            aria-describedby={shownId}
            data-new-row={justLoaded ? pages.name : undefined}
            onChange={(e) => setParams(e.target.value ? { organisation: e.target.value } : {})}
          >
            <SelectOption value="">{intl.formatMessage({ id: 'admin.choose' })}</SelectOption>
            {organisations.map((o) => (
              <SelectOption key={o.id} value={o.id}>
                {`${o.name} (${intl.formatMessage({ id: `admin.kind.${o.kind}` })})`}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {pages.paged && (
          <LoadMore pages={pages} what={intl.formatMessage({ id: 'admin.users.loadMoreWhat' })} />
        )}
        {organisation ? (
          <>
            <UsersOf key={organisation.id} organisationId={organisation.id} name={organisation.name} />
            <NewUser
              key={`new-${organisation.id}`}
              organisationId={organisation.id}
              kind={organisation.kind}
            />
          </>
        ) : (
          <Paragraph>
            <FormattedMessage id="admin.users.chooseFirst" />
          </Paragraph>
        )}
      </QueryState>
    </>
  );
}

function UsersOf({ organisationId, name }: { organisationId: string; name: string }) {
  const intl = useIntl();
  const pages = useConnectionPages({
    query: AdminUsersQuery,
    variables: { organisationId },
    connection: (d) => d.users,
    context: useMemo(() => USERS_CONTEXT, []),
    name: 'users',
  });
  const { data, fetching, error } = pages;
  const users = pages.nodes;
  const col = (id: string) => intl.formatMessage({ id: `admin.users.col.${id}` });
  return (
    <section aria-labelledby="users-list">
      <Heading2 id="users-list">
        <FormattedMessage id="admin.users.list" values={{ name, count: data ? pages.totalCount : 0 }} />
      </Heading2>
      <QueryState fetching={fetching && !data} error={error}>
        {users.length === 0 ? (
          <Paragraph>
            <FormattedMessage id="admin.users.empty" />
          </Paragraph>
        ) : (
          <>
            <div className="pw-table-scroll">
              <Table className="pw-table pw-table--stack">
                <ColumnHeaders labels={['name', 'email', 'role', 'status', 'actions'].map(col)} />
                <TableBody>
                  {users.map((u) => (
                    <UserRow key={u.id} user={u} focus={pages.rowProps(u.id)} />
                  ))}
                </TableBody>
              </Table>
            </div>
            <LoadMore pages={pages} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function UserRow({
  user,
  focus,
}: {
  user: { id: string; displayName: string; email: string; role: string; active: boolean };
  /** Where the focus goes when this row has just been loaded (graphql/useConnectionPages.ts). */
  focus: ReturnType<ConnectionPages<unknown, unknown>['rowProps']>;
}) {
  const intl = useIntl();
  const me = useUser();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<ErrorText>();
  const [deactivating, deactivate] = useMutation(DeactivateUserMutation);
  const col = (id: string) => intl.formatMessage({ id: `admin.users.col.${id}` });
  return (
    <TableRow>
      <TableHeaderCell scope="row" {...focus}>
        {user.displayName}
      </TableHeaderCell>
      <TableCell data-label={col('email')} className="pw-admin-email">
        {user.email}
      </TableCell>
      <TableCell data-label={col('role')}>
        <FormattedMessage id={`role.${user.role}`} />
      </TableCell>
      <TableCell data-label={col('status')}>
        <StatusBadge status={user.active ? 'safe' : 'neutral'}>
          <FormattedMessage id={user.active ? 'admin.users.active' : 'admin.users.inactive'} />
        </StatusBadge>
      </TableCell>
      <TableCell data-label={col('actions')}>
        {problem && (
          <Alert type="error" role="alert">
            <Paragraph>
              <FormattedMessage id={problem.id} />
            </Paragraph>
          </Alert>
        )}
        {user.active && user.id !== me.id && !confirming && (
          <Button appearance="subtle-button" onClick={() => setConfirming(true)}>
            <FormattedMessage id="admin.users.deactivate" />
            <ScreenReaderOnly>{` ${user.displayName}`}</ScreenReaderOnly>
          </Button>
        )}
        {user.active && user.id === me.id && (
          <span className="pw-muted">
            <FormattedMessage id="admin.users.you" />
          </span>
        )}
        {confirming && (
          <div
            role="group"
            aria-label={intl.formatMessage({ id: 'admin.users.confirm' }, { name: user.displayName })}
          >
            <Paragraph>
              <FormattedMessage id="admin.users.confirm" values={{ name: user.displayName }} />
            </Paragraph>
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                busy={deactivating.fetching}
                disabled={deactivating.fetching}
                onClick={() =>
                  void deactivate({ input: { userId: user.id } }).then((result) => {
                    setProblem(result.error ? errorText(summariseError(result.error)) : undefined);
                    setConfirming(false);
                  })
                }
              >
                <FormattedMessage id="admin.users.confirmYes" />
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
                <FormattedMessage id="common.cancel" />
              </Button>
            </ButtonGroup>
          </div>
        )}
      </TableCell>
    </TableRow>
  );
}

function NewUser({ organisationId, kind }: { organisationId: string; kind: OrganisationKind }) {
  const intl = useIntl();
  const roles = ROLES_FOR_KIND[kind];
  const initial: UserValues = { ...EMPTY_USER, role: roles.length === 1 ? roles[0] : '' };
  const [values, setValues] = useState<UserValues>(initial);
  const [problems, setProblems] = useState<Partial<Record<UserField, Problem>>>({});
  const [other, setOther] = useState<GeneralProblem[]>([]);
  const [created, setCreated] = useState<string>();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [creating, create] = useMutation(CreateUserMutation);

  function focusFirst(found: Partial<Record<UserField, unknown>>) {
    const first = firstProblem(FIELDS, found);
    if (first) document.getElementById(`user-${first === 'organisationId' ? 'role' : first}`)?.focus();
  }

  async function submit() {
    setCreated(undefined);
    setOther([]);
    const own = checkUser(values, kind);
    setProblems(Object.fromEntries(Object.entries(own).map(([f, id]) => [f, { id }])));
    if (Object.keys(own).length > 0) {
      focusFirst(own);
      return;
    }
    const result = await create({ input: userInput(values, organisationId, idempotencyKey) });
    if (result.error || !result.data) {
      const s = summariseError(result.error!);
      const found = formProblems(s, FIELDS, { words: USER_WORDS });
      const fields: Partial<Record<UserField, Problem>> = found.fields;
      // The organisation is chosen above the form; its problem is shown with the role.
      if (fields.organisationId && !fields.role) fields.role = fields.organisationId;
      delete fields.organisationId;
      if (s.code === 'CONFLICT' && s.reason === 'ALREADY_EXISTS') {
        // The address or the sign-in ID is another user's: said beside the address, in the user's language.
        const taken = { email: { id: 'admin.error.userExists' } };
        setProblems(taken);
        focusFirst(taken);
        return;
      }
      setProblems(fields);
      setOther(found.general);
      focusFirst(fields);
      return;
    }
    setCreated(result.data.createUser.user.displayName);
    setValues(initial);
    setIdempotencyKey(crypto.randomUUID());
  }

  const text = (
    field: 'displayName' | 'email' | 'externalSubject',
    options: { hint?: boolean; type?: string; autoComplete?: string } = {},
  ) => (
    <TextField
      id={`user-${field}`}
      label={<FormattedMessage id={`admin.user.${field}`} />}
      hint={options.hint ? <FormattedMessage id={`admin.user.${field}Hint`} /> : undefined}
      problem={problems[field]}
      value={values[field]}
      onChange={(value) => setValues({ ...values, [field]: value })}
      type={options.type}
      autoComplete={options.autoComplete}
    />
  );

  return (
    <section aria-labelledby="user-new" className="pw-card">
      <Heading2 id="user-new">
        <FormattedMessage id="admin.users.new" />
      </Heading2>
      {created && (
        <Alert type="ok" role="status">
          <Paragraph>
            <FormattedMessage id="admin.users.created" values={{ name: created }} />
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
          id="user-role"
          label={<FormattedMessage id="admin.user.role" />}
          hint={<FormattedMessage id={`admin.user.roleHint.${kind}`} />}
          problem={problems.role}
        >
          <Select
            id="user-role"
            value={values.role}
            invalid={Boolean(problems.role)}
            aria-describedby={describedBy('user-role', true, problems.role)}
            onChange={(e) => setValues({ ...values, role: e.target.value as UserValues['role'] })}
          >
            {roles.length > 1 && (
              <SelectOption value="">{intl.formatMessage({ id: 'admin.choose' })}</SelectOption>
            )}
            {roles.map((r) => (
              <SelectOption key={r} value={r}>
                {intl.formatMessage({ id: `role.${r}` })}
              </SelectOption>
            ))}
          </Select>
        </Field>
        {text('displayName', { autoComplete: 'name' })}
        {text('email', { type: 'email', autoComplete: 'email' })}
        {text('externalSubject', { hint: true })}
        <FormEnd
          other={other}
          problemCount={Object.keys(problems).length}
          busy={creating.fetching}
          submitLabel="admin.users.create"
        />
      </form>
    </section>
  );
}
