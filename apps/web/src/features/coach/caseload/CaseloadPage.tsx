import {
  Alert,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { AppButtonLink, AppLink } from '../../../app/links';
import { LoadMore } from '../../../app/LoadMore';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import type { LearningRoute, RiskLevel } from '../../../gql/graphql';
import { useConnectionPages } from '../../../graphql/useConnectionPages';
import { RiskBadge } from '../shared/RiskBadge';
import { QueryState } from '../../../app/QueryState';
import { filterCaseload, type CaseloadFilter } from './caseload';

const CaseloadQuery = graphql(`
  query Caseload($first: Int!, $after: String) {
    caseloadProgress(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          risk
          pendingHours
          openIntroductionCount
          participation {
            done
            target
          }
          map {
            done
            target
          }
          participant {
            id
            nickname
            clientReference
            route
          }
        }
      }
    }
  }
`);

const ROUTES = [
  'Z_ROUTE',
  'B1_ROUTE',
  'ONDERWIJSROUTE',
  'JONGERENROUTE',
] as const satisfies readonly LearningRoute[];
const RISKS = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK'] as const satisfies readonly RiskLevel[];

/** "Mijn cliënten": who needs attention now — the clients most behind first, searchable. */
export function CaseloadPage() {
  usePageTitle('caseload.title');
  const intl = useIntl();
  const pages = useConnectionPages({
    query: CaseloadQuery,
    variables: {},
    // A progress line has no id of its own: it is its participant's.
    connection: (d) => ({
      ...d.caseloadProgress,
      edges: d.caseloadProgress.edges.map(({ node }) => ({ node: { ...node, id: node.participant.id } })),
    }),
    name: 'caseload',
  });
  const { data, fetching, error } = pages;
  const [filter, setFilter] = useState<CaseloadFilter>({ text: '', route: '', risk: '' });

  const rows = useMemo(
    () =>
      pages.nodes.map((node) => ({
        ...node.participant,
        risk: node.risk,
        progress: node,
        openIntroductions: node.openIntroductionCount,
      })),
    [pages.nodes],
  );
  const shown = filterCaseload(rows, filter);
  const filtering = Boolean(filter.text.trim() || filter.route || filter.risk);

  return (
    <>
      <Heading1>
        <FormattedMessage
          id="caseload.heading"
          values={{ count: data ? pages.totalCount : 0, loaded: Boolean(data) }}
        />
      </Heading1>
      <Paragraph>
        <AppButtonLink to="/coach/clients/new" appearance="primary-action-button">
          <FormattedMessage id="client.new" />
        </AppButtonLink>
      </Paragraph>
      <form
        role="search"
        className="pw-filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={intl.formatMessage({ id: 'caseload.filters' })}
      >
        <FormField className="pw-filters__field">
          <FormLabel htmlFor="caseload-search">
            <FormattedMessage id="caseload.search" />
          </FormLabel>
          <Textbox
            id="caseload-search"
            type="search"
            value={filter.text}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
        </FormField>
        <FormField className="pw-filters__field">
          <FormLabel htmlFor="caseload-route">
            <FormattedMessage id="caseload.route" />
          </FormLabel>
          <Select
            id="caseload-route"
            value={filter.route}
            onChange={(e) => setFilter({ ...filter, route: e.target.value })}
          >
            <SelectOption value="">{intl.formatMessage({ id: 'caseload.allRoutes' })}</SelectOption>
            {ROUTES.map((r) => (
              <SelectOption key={r} value={r}>
                {intl.formatMessage({ id: `route.${r}` })}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField className="pw-filters__field">
          <FormLabel htmlFor="caseload-risk">
            <FormattedMessage id="caseload.risk" />
          </FormLabel>
          <Select
            id="caseload-risk"
            value={filter.risk}
            onChange={(e) => setFilter({ ...filter, risk: e.target.value })}
          >
            <SelectOption value="">{intl.formatMessage({ id: 'caseload.allRisks' })}</SelectOption>
            {RISKS.map((r) => (
              <SelectOption key={r} value={r}>
                {intl.formatMessage({ id: `risk.${r}` })}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </form>
      <QueryState fetching={fetching && !data} error={error}>
        {filtering && pages.hasNextPage && (
          <Paragraph className="pw-muted">
            <FormattedMessage id="caseload.searchLoadedOnly" />
          </Paragraph>
        )}
        {rows.length === 0 ? (
          <Paragraph>
            <FormattedMessage id="caseload.empty" />
          </Paragraph>
        ) : shown.length === 0 ? (
          <Alert type="info" role="status">
            <Paragraph>
              <FormattedMessage id="caseload.noneFound" />
            </Paragraph>
          </Alert>
        ) : (
          <div className="pw-table-scroll">
            <Table className="pw-table pw-table--stack">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">
                    <FormattedMessage id="caseload.col.client" />
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <FormattedMessage id="caseload.col.route" />
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <FormattedMessage id="caseload.col.hours" />
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <FormattedMessage id="caseload.col.risk" />
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <FormattedMessage id="caseload.col.open" />
                  </TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <FormattedMessage id="caseload.col.next" />
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((row) => (
                  <TableRow key={row.id}>
                    <TableHeaderCell scope="row" {...pages.rowProps(row.id)}>
                      <AppLink to={`/coach/clients/${row.id}`}>{row.nickname ?? row.clientReference}</AppLink>
                      <span className="pw-muted pw-block">{row.clientReference}</span>
                    </TableHeaderCell>
                    <TableCell data-label={intl.formatMessage({ id: 'caseload.col.route' })}>
                      <FormattedMessage id={`route.${row.route}`} />
                    </TableCell>
                    <TableCell data-label={intl.formatMessage({ id: 'caseload.col.hours' })}>
                      {row.progress.participation ? (
                        <FormattedMessage
                          id="caseload.hoursParticipation"
                          values={{
                            done: (
                              <FormattedNumber
                                value={row.progress.participation.done}
                                maximumFractionDigits={0}
                              />
                            ),
                            target: row.progress.participation.target,
                          }}
                        />
                      ) : (
                        <FormattedMessage
                          id="caseload.hoursMap"
                          values={{
                            done: <FormattedNumber value={row.progress.map.done} maximumFractionDigits={0} />,
                            target: row.progress.map.target,
                          }}
                        />
                      )}
                    </TableCell>
                    <TableCell data-label={intl.formatMessage({ id: 'caseload.col.risk' })}>
                      <RiskBadge risk={row.risk} />
                    </TableCell>
                    <TableCell data-label={intl.formatMessage({ id: 'caseload.col.open' })}>
                      <FormattedMessage id="caseload.openCount" values={{ count: row.openIntroductions }} />
                    </TableCell>
                    <TableCell data-label={intl.formatMessage({ id: 'caseload.col.next' })}>
                      <AppLink to={`/coach/clients/${row.id}/matches`}>
                        <FormattedMessage id="caseload.toMatches" />
                      </AppLink>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        {rows.length > 0 && <LoadMore pages={pages} />}
      </QueryState>
    </>
  );
}
