import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Code,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ColumnHeaders } from '../../../app/ColumnHeaders';
import { LoadMore } from '../../../app/LoadMore';
import { QueryState } from '../../../app/QueryState';
import { messageOr } from '../../../i18n/messageOr';
import { usePageTitle } from '../../../app/usePageTitle';
import { summariseError } from '../../../graphql/errors';
import { errorText, type ErrorText } from '../../../graphql/errorText';
import { formProblems, type GeneralProblem } from '../../../graphql/fieldProblems';
import { useConnectionPages, type ConnectionPages } from '../../../graphql/useConnectionPages';
import { describedBy, Field, ProblemText, type Problem } from '../shared/Field';
import { GeneralProblems } from '../shared/GeneralProblems';
import {
  CreateWebhookMutation,
  DeactivateWebhookMutation,
  WebhookDeliveriesQuery,
  WebhooksQuery,
} from './documents';

const DELIVERY_BADGE = { DELIVERED: 'safe', PENDING: 'warning', FAILED: 'danger' } as const;
const DELIVERIES_CONTEXT = { additionalTypenames: ['WebhookDelivery'] };
/** An empty list names no type: urql is told which one a new subscription invalidates. */
const SUBSCRIPTIONS_CONTEXT = { additionalTypenames: ['WebhookSubscription'] };
/** The one limit a new webhook meets, said in this page's words. */
const OWN_WORDS = { LIMIT_REACHED: 'employer.webhooks.error.limit' };

/**
 * "Koppelingen": the organisation's own systems told about its introductions and hours (webhooks).
 * For whoever runs those systems, so the event names stay as the API spells them. Switched-off
 * webhooks stay listed, so the list can grow past a page: "Meer laden" adds the older ones.
 */
export function WebhooksPage() {
  const intl = useIntl();
  usePageTitle('employer.webhooks.title');
  const pages = useConnectionPages({
    query: WebhooksQuery,
    variables: {},
    connection: (d) => d.webhookSubscriptions,
    context: useMemo(() => SUBSCRIPTIONS_CONTEXT, []),
    name: 'webhooks',
  });
  const { data, fetching, error } = pages;
  const [creating, create] = useMutation(CreateWebhookMutation);
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const [problems, setProblems] = useState<{
    url?: Problem;
    eventTypes?: Problem;
    general?: GeneralProblem[];
  }>({});
  const [secret, setSecret] = useState<{ url: string; secret: string }>();

  async function submit() {
    setSecret(undefined);
    if (!url.trim()) {
      setProblems({ url: { id: 'employer.webhooks.error.url' } });
      return;
    }
    setProblems({});
    const result = await create({ input: { url: url.trim(), eventTypes: types } });
    if (result.error || !result.data) {
      const { fields, general } = formProblems(summariseError(result.error!), ['url', 'eventTypes'], {
        own: OWN_WORDS,
      });
      setProblems({ url: fields.url, eventTypes: fields.eventTypes, general });
      return;
    }
    const created = result.data.createWebhookSubscription;
    setSecret({ url: created.subscription.url, secret: created.secret });
    setUrl('');
    setTypes([]);
  }

  const subscriptions = pages.nodes;
  return (
    <>
      <Heading1>
        <FormattedMessage id="employer.webhooks.title" />
      </Heading1>
      <Paragraph>
        <FormattedMessage id="employer.webhooks.intro" />
      </Paragraph>
      <QueryState fetching={fetching && !data} error={error}>
        {secret && (
          <Alert type="ok" role="status" className="pw-spaced">
            <Paragraph>
              <FormattedMessage id="employer.webhooks.secret" values={{ url: secret.url }} />
            </Paragraph>
            <Paragraph>
              <Code className="pw-secret">{secret.secret}</Code>
            </Paragraph>
          </Alert>
        )}
        <section aria-labelledby="webhooks-new" className="pw-card">
          <Heading2 id="webhooks-new">
            <FormattedMessage id="employer.webhooks.new" />
          </Heading2>
          <form
            noValidate
            className="pw-inline-form pw-webhook-form"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Field
              id="webhook-url"
              label={<FormattedMessage id="employer.webhooks.url" />}
              hint={<FormattedMessage id="employer.webhooks.urlHint" />}
              problem={problems.url}
            >
              <Textbox
                id="webhook-url"
                type="url"
                value={url}
                invalid={Boolean(problems.url)}
                aria-describedby={describedBy('webhook-url', true, problems.url)}
                onChange={(e) => setUrl(e.target.value)}
              />
            </Field>
            <Fieldset
              invalid={Boolean(problems.eventTypes)}
              aria-describedby={describedBy('webhook-types', true, problems.eventTypes)}
            >
              <FieldsetLegend>
                <FormattedMessage id="employer.webhooks.eventTypes" />
              </FieldsetLegend>
              <FormFieldDescription id="webhook-types-hint">
                <FormattedMessage id="employer.webhooks.eventTypesHint" />
              </FormFieldDescription>
              {problems.eventTypes && (
                <FormFieldErrorMessage id="webhook-types-error">
                  <ProblemText problem={problems.eventTypes} />
                </FormFieldErrorMessage>
              )}
              {data?.webhookEventTypes.map((t) => (
                <FormField type="checkbox" key={t.type}>
                  <Checkbox
                    id={`webhook-type-${t.type}`}
                    checked={types.includes(t.type)}
                    onChange={(e) =>
                      setTypes(e.target.checked ? [...types, t.type] : types.filter((x) => x !== t.type))
                    }
                  />
                  <FormLabel htmlFor={`webhook-type-${t.type}`} type="checkbox">
                    <Code>{t.type}</Code>{' '}
                    <span className="pw-muted">
                      {messageOr(intl, `employer.webhooks.event.${t.type}`, t.description)}
                    </span>
                  </FormLabel>
                </FormField>
              ))}
            </Fieldset>
            <GeneralProblems lines={problems.general ?? []} />
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={creating.fetching}
              disabled={creating.fetching}
            >
              <FormattedMessage id="employer.webhooks.create" />
            </Button>
          </form>
        </section>
        <Heading2>
          <FormattedMessage id="employer.webhooks.list" values={{ count: data ? pages.totalCount : 0 }} />
        </Heading2>
        {subscriptions.length === 0 ? (
          <Paragraph>
            <FormattedMessage id="employer.webhooks.empty" />
          </Paragraph>
        ) : (
          <ul className="pw-plain-list">
            {subscriptions.map((s) => (
              <li key={s.id}>
                <SubscriptionCard subscription={s} focus={pages.rowProps(s.id)} />
              </li>
            ))}
          </ul>
        )}
        {subscriptions.length > 0 && <LoadMore pages={pages} />}
      </QueryState>
    </>
  );
}

function SubscriptionCard({
  subscription,
  focus,
}: {
  subscription: { id: string; url: string; active: boolean; eventTypes: string[]; createdAt: string };
  /** Where the focus goes when this card has just been loaded (graphql/useConnectionPages.ts). */
  focus: ReturnType<ConnectionPages<unknown, unknown>['rowProps']>;
}) {
  const intl = useIntl();
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [deactivating, deactivate] = useMutation(DeactivateWebhookMutation);
  const [problem, setProblem] = useState<ErrorText>();
  const headingId = `webhook-${subscription.id}`;
  return (
    <article className="pw-card" aria-labelledby={headingId}>
      <div className="pw-card__top">
        <Heading3 id={headingId} className="pw-break" {...focus}>
          {subscription.url}
        </Heading3>
        <StatusBadge status={subscription.active ? 'safe' : 'neutral'}>
          <FormattedMessage
            id={subscription.active ? 'employer.webhooks.active' : 'employer.webhooks.inactive'}
          />
        </StatusBadge>
      </div>
      <Paragraph className="pw-muted">
        <FormattedMessage
          id="employer.webhooks.summary"
          values={{
            types:
              subscription.eventTypes.length === 0
                ? intl.formatMessage({ id: 'employer.webhooks.allTypes' })
                : intl.formatList(subscription.eventTypes),
            created: <FormattedDate value={subscription.createdAt} dateStyle="medium" />,
          }}
        />
      </Paragraph>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>
            <FormattedMessage id={problem.id} />
          </Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          aria-expanded={showDeliveries}
          onClick={() => setShowDeliveries(!showDeliveries)}
        >
          <FormattedMessage
            id={showDeliveries ? 'employer.webhooks.hideDeliveries' : 'employer.webhooks.showDeliveries'}
          />
        </Button>
        {subscription.active && (
          <Button
            appearance="subtle-button"
            disabled={deactivating.fetching}
            onClick={() =>
              void deactivate({ input: { subscriptionId: subscription.id } }).then((result) =>
                setProblem(result.error ? errorText(summariseError(result.error)) : undefined),
              )
            }
          >
            <FormattedMessage id="employer.webhooks.deactivate" />
          </Button>
        )}
      </ButtonGroup>
      {showDeliveries && <Deliveries subscriptionId={subscription.id} />}
    </article>
  );
}

function Deliveries({ subscriptionId }: { subscriptionId: string }) {
  const intl = useIntl();
  const [{ data, fetching, error }] = useQuery({
    query: WebhookDeliveriesQuery,
    variables: { subscriptionId },
    context: useMemo(() => DELIVERIES_CONTEXT, []),
  });
  const deliveries = data?.webhookDeliveries.edges.map((e) => e.node) ?? [];
  const col = (id: string) => intl.formatMessage({ id: `employer.webhooks.col.${id}` });
  return (
    <QueryState fetching={fetching && !data} error={error}>
      {deliveries.length === 0 ? (
        <Paragraph role="status">
          <FormattedMessage id="employer.webhooks.noDeliveries" />
        </Paragraph>
      ) : (
        <div className="pw-table-scroll">
          <Table className="pw-table pw-table--stack">
            <ColumnHeaders labels={['event', 'status', 'attempts', 'last'].map(col)} />
            <TableBody>
              {deliveries.map((d) => (
                <TableRow key={d.id}>
                  <TableHeaderCell scope="row">
                    <Code>{d.eventType}</Code>
                    <span className="pw-block pw-muted">
                      <FormattedDate value={d.createdAt} dateStyle="short" timeStyle="short" />
                    </span>
                  </TableHeaderCell>
                  <TableCell data-label={col('status')}>
                    <StatusBadge status={DELIVERY_BADGE[d.status]}>
                      <FormattedMessage id={`employer.webhooks.delivery.${d.status}`} />
                    </StatusBadge>
                  </TableCell>
                  <TableCell data-label={col('attempts')}>{d.attempts}</TableCell>
                  <TableCell data-label={col('last')}>
                    {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : ''}
                    {d.lastError ? ` ${d.lastError}` : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </QueryState>
  );
}
