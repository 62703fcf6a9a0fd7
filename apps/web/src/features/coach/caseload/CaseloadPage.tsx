import {
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useLocation, useSearchParams } from 'react-router';
import { ColumnHeaders } from '../../../app/ColumnHeaders';
import { MAX_FIND_LENGTH, useDebounced } from '../../../app/FindField';
import { useUser } from '../../../auth/session';
import { AppButtonLink, AppLink } from '../../../app/links';
import { LoadMore } from '../../../app/LoadMore';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import { useConnectionPages } from '../../../graphql/useConnectionPages';
import { RiskBadge } from '../shared/RiskBadge';
import { QueryState } from '../../../app/QueryState';
import {
  filterInput,
  isFiltering,
  readCaseloadFilter,
  RISKS,
  ROUTES,
  writeCaseloadFilter,
  type CaseloadFilter,
} from './caseload';

const CaseloadQuery = graphql(`
  query Caseload($first: Int!, $after: String, $filter: CaseloadProgressFilterInput) {
    caseloadProgress(first: $first, after: $after, filter: $filter) {
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

/**
 * "Mijn cliënten": who needs attention now — the clients most behind first. The search (part of a
 * name or number), the route and the progress are asked of the API, so a client beyond the first
 * page is found and the count is of what was found. The route and the progress are kept in the
 * address, the search text in the history entry (./caseload.ts says why).
 */
export function CaseloadPage() {
  usePageTitle('caseload.title');
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const state: unknown = useLocation().state;
  const userId = useUser().id;
  const filter = useMemo(() => readCaseloadFilter(params, state, userId), [params, state, userId]);
  /** This history entry shows `next`: replaced, so Back leaves the page instead of stepping through filters. */
  const show = useCallback(
    (next: CaseloadFilter) => {
      const written = writeCaseloadFilter(next, userId);
      setParams(written.params, { replace: true, state: written.state });
    },
    [setParams, userId],
  );

  // The box runs ahead of the entry: once typing pauses, the text goes into the entry's state and
  // from there to the API.
  const [text, setText] = useState(filter.search);
  const typed = useDebounced(text.trim());
  /** The search this page last put in the entry; any other came from elsewhere (a link, Back). */
  const written = useRef(filter.search);
  /** The typed text last handled, so that only a new pause in typing writes the entry. */
  const handled = useRef(typed);
  const update = (next: CaseloadFilter) => {
    written.current = next.search;
    show(next);
  };
  useEffect(() => {
    if (typed === handled.current) return;
    handled.current = typed;
    if (typed === filter.search) return;
    written.current = typed;
    show({ ...filter, search: typed });
  }, [typed, filter, show]);
  useEffect(() => {
    if (filter.search === written.current) return;
    written.current = filter.search;
    setText(filter.search);
  }, [filter.search]);

  const pages = useConnectionPages({
    query: CaseloadQuery,
    variables: { filter: filterInput(filter) },
    // A progress line has no id of its own: it is its participant's.
    connection: (d) => ({
      ...d.caseloadProgress,
      edges: d.caseloadProgress.edges.map(({ node }) => ({ node: { ...node, id: node.participant.id } })),
    }),
    name: 'caseload',
  });
  const { data, fetching, error } = pages;
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
  // While the answer for a new filter is on its way the rows of the filter before stay on screen:
  // the heading counts what is shown, found by that filter.
  const [settled, setSettled] = useState(filter);
  if (!fetching && settled !== filter) setSettled(filter);
  const listFiltered = isFiltering(fetching ? settled : filter);
  // The status speaks once the answer for what is in the box and the menus is there.
  const answered = isFiltering(filter) && text.trim() === filter.search && !fetching && data !== undefined;

  return (
    <>
      <Heading1>
        <FormattedMessage
          id={listFiltered && data ? 'caseload.headingFound' : 'caseload.heading'}
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
            value={text}
            maxLength={MAX_FIND_LENGTH}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </FormField>
        <FormField className="pw-filters__field">
          <FormLabel htmlFor="caseload-route">
            <FormattedMessage id="caseload.route" />
          </FormLabel>
          <Select
            id="caseload-route"
            value={filter.route}
            onChange={(e) =>
              update({ ...filter, search: text.trim(), route: e.target.value as CaseloadFilter['route'] })
            }
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
            onChange={(e) =>
              update({ ...filter, search: text.trim(), risk: e.target.value as CaseloadFilter['risk'] })
            }
          >
            <SelectOption value="">{intl.formatMessage({ id: 'caseload.allRisks' })}</SelectOption>
            {RISKS.map((r) => (
              <SelectOption key={r} value={r}>
                {intl.formatMessage({ id: `risk.${r}` })}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <Paragraph role="status" className="pw-filters__found">
          {answered && <FormattedMessage id="caseload.found" values={{ count: pages.totalCount }} />}
        </Paragraph>
      </form>
      <QueryState fetching={fetching && !data} error={error}>
        {rows.length === 0 ? (
          !listFiltered && (
            <Paragraph>
              <FormattedMessage id="caseload.empty" />
            </Paragraph>
          )
        ) : (
          <div className="pw-table-scroll">
            <Table className="pw-table pw-table--stack" aria-busy={fetching || undefined}>
              <ColumnHeaders
                labels={[
                  'caseload.col.client',
                  'caseload.col.route',
                  'caseload.col.hours',
                  'caseload.col.risk',
                  'caseload.col.open',
                  'caseload.col.next',
                ].map((id) => intl.formatMessage({ id }))}
              />
              <TableBody>
                {rows.map((row) => (
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
