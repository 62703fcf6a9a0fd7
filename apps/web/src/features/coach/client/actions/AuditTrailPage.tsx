import {
  Button,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ColumnHeaders } from '../../../../app/ColumnHeaders';
import { QueryState } from '../../../../app/QueryState';
import { graphql } from '../../../../gql';
import { messageOr } from '../../../../i18n/messageOr';

const AuditTrailQuery = graphql(`
  query ClientAuditTrail($participantId: ID!, $first: Int!) {
    auditTrail(participantId: $participantId, first: $first) {
      totalCount
      edges {
        node {
          id
          at
          action
          actorRole
          objectType
          result
        }
      }
    }
  }
`);

/** An action's words; an action the catalogue does not know yet is shown as the API names it. */
function useActionText() {
  const intl = useIntl();
  return (action: string) => messageOr(intl, `client.audit.action.${action}`, action);
}

/** Logboek: who did what with this client's data, newest first (reading it is logged too). */
export function AuditTrailPage() {
  const intl = useIntl();
  const { participantId = '' } = useParams();
  const [first, setFirst] = useState(50);
  const [{ data, fetching, error }] = useQuery({
    query: AuditTrailQuery,
    variables: { participantId, first },
    requestPolicy: 'network-only',
  });
  const actionText = useActionText();
  return (
    <section aria-labelledby="audit-heading">
      <Heading2 id="audit-heading">
        <FormattedMessage id="client.audit.heading" />
      </Heading2>
      <Paragraph className="pw-muted">
        <FormattedMessage id="client.audit.intro" />
      </Paragraph>
      <QueryState fetching={fetching && !data} error={error}>
        {data && (
          <>
            {/* Scrolls sideways on a phone: focusable and named, so a keyboard can scroll it too. */}
            <div className="pw-table-scroll" tabIndex={0} role="region" aria-labelledby="audit-heading">
              <Table>
                <ColumnHeaders
                  labels={[
                    'client.audit.when',
                    'client.audit.what',
                    'client.audit.who',
                    'client.audit.result',
                  ].map((id) => intl.formatMessage({ id }))}
                />
                <TableBody>
                  {data.auditTrail.edges.map(({ node }) => (
                    <TableRow key={node.id}>
                      <TableCell>
                        <FormattedDate
                          value={node.at}
                          dateStyle="short"
                          timeStyle="short"
                          timeZone="Europe/Amsterdam"
                        />
                      </TableCell>
                      <TableCell>{actionText(node.action)}</TableCell>
                      <TableCell>
                        {node.actorRole ? <FormattedMessage id={`role.${node.actorRole}`} /> : '—'}
                      </TableCell>
                      <TableCell>
                        <FormattedMessage
                          id={node.result === 'ALLOWED' ? 'client.audit.allowed' : 'client.audit.denied'}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {data.auditTrail.totalCount > data.auditTrail.edges.length && first < 100 && (
              <Button appearance="secondary-action-button" onClick={() => setFirst(100)}>
                <FormattedMessage id="client.audit.more" />
              </Button>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
