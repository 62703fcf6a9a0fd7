import { Heading1, NavBar, NavList, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageSuspense } from '../../../app/lazy';
import { AppLink, AppNavLink } from '../../../app/links';
import { QueryState } from '../../../app/QueryState';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import type { ClientHeaderQuery } from '../../../gql/graphql';
import { RiskBadge } from '../shared/RiskBadge';

const ClientHeaderQueryDocument = graphql(`
  query ClientHeader($id: ID!) {
    participant(id: $id) {
      id
      nickname
      clientReference
      route
      consentToBeProposed
      languageLevels {
        speaking
        listening
        reading
        writing
      }
    }
    participantProgress(participantId: $id) {
      risk
    }
  }
`);

export type ClientSummary = ClientHeaderQuery['participant'];

/** What the client's tabs share: the participant's summary (for the propose dialog, among others). */
export function useClient(): ClientSummary {
  return useOutletContext<ClientSummary>();
}

/** One client: name, route and progress above the tabs Overzicht · Passende plekken · Voorstellen. */
export function ClientPage() {
  // The page title names no one (UX.md: no personal data in the title).
  usePageTitle('client.title');
  const intl = useIntl();
  const { participantId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: ClientHeaderQueryDocument,
    variables: { id: participantId },
  });
  const base = `/coach/clients/${participantId}`;
  return (
    <>
      <Paragraph className="pw-breadcrumb">
        <AppLink to="/coach/clients">
          <FormattedMessage id="client.backToCaseload" />
        </AppLink>
      </Paragraph>
      <QueryState fetching={fetching && !data} error={error}>
        {data && (
          <>
            <div className="pw-client-header">
              <Heading1>{data.participant.nickname ?? data.participant.clientReference}</Heading1>
              <Paragraph className="pw-client-header__meta">
                <span>{data.participant.clientReference}</span>
                <span>
                  <FormattedMessage id={`route.${data.participant.route}`} />
                </span>
                <RiskBadge risk={data.participantProgress.risk} />
              </Paragraph>
            </div>
            <NavBar className="pw-tabs" aria-label={intl.formatMessage({ id: 'client.tabs' })}>
              <NavList>
                <AppNavLink to={base} end>
                  <FormattedMessage id="client.tab.overview" />
                </AppNavLink>
                <AppNavLink to={`${base}/matches`}>
                  <FormattedMessage id="client.tab.matches" />
                </AppNavLink>
                <AppNavLink to={`${base}/introductions`}>
                  <FormattedMessage id="client.tab.introductions" />
                </AppNavLink>
                <AppNavLink to={`${base}/progress`}>
                  <FormattedMessage id="client.tab.progress" />
                </AppNavLink>
                <AppNavLink to={`${base}/edit`}>
                  <FormattedMessage id="client.tab.edit" />
                </AppNavLink>
                <AppNavLink to={`${base}/audit`}>
                  <FormattedMessage id="client.tab.audit" />
                </AppNavLink>
              </NavList>
            </NavBar>
            <PageSuspense>
              <Outlet context={data.participant} />
            </PageSuspense>
          </>
        )}
      </QueryState>
    </>
  );
}
