import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { QueryState } from '../../../app/QueryState';
import { graphql } from '../../../gql';
import { Checks } from './Checks';

const WhyNotSearchQuery = graphql(`
  query WhyNotSearch($text: String!) {
    searchPlacements(text: $text, first: 8, facets: []) {
      edges {
        node {
          placement {
            id
            title
            type
          }
        }
      }
    }
  }
`);

const WhyNotQuery = graphql(`
  query WhyNot($participantId: ID!, $placementId: ID!, $options: PairOptionsInput) {
    whyNot(participantId: $participantId, placementId: $placementId, options: $options) {
      criterion
      passed
      flagged
      detailNl
      detailEn
    }
  }
`);

/** "Waarom niet?": shows or hides every check of a place. */
export function WhyNotButton({
  open,
  controls,
  onToggle,
}: {
  open: boolean;
  controls: string;
  onToggle: () => void;
}) {
  return (
    <Button
      appearance="subtle-button"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
    >
      <FormattedMessage id={open ? 'whyNot.hide' : 'whyNot.show'} />
    </Button>
  );
}

/** The checks of one place against the client, asked of the API when opened. */
export function WhyNotChecks({
  participantId,
  placementId,
  stretchLanguage,
}: {
  participantId: string;
  placementId: string;
  stretchLanguage: boolean;
}) {
  const [{ data, fetching, error }] = useQuery({
    query: WhyNotQuery,
    variables: { participantId, placementId, options: { stretchLanguage } },
  });
  return (
    <QueryState fetching={fetching && !data} error={error}>
      {data && (
        <>
          <Paragraph>
            <FormattedMessage
              id={data.whyNot.every((c) => c.passed) ? 'whyNot.fits' : 'whyNot.doesNotFit'}
              values={{ failed: data.whyNot.filter((c) => !c.passed).length }}
            />
          </Paragraph>
          <Checks checks={data.whyNot} failedFirst />
        </>
      )}
    </QueryState>
  );
}

/** "Waarom niet deze plek?" for any published place: find it by words, then see every check. */
export function WhyNotAnyPlace({
  participantId,
  stretchLanguage,
}: {
  participantId: string;
  stretchLanguage: boolean;
}) {
  const intl = useIntl();
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');
  const [open, setOpen] = useState<string>();
  const [{ data, fetching, error }] = useQuery({
    query: WhyNotSearchQuery,
    variables: { text: searched },
    pause: searched === '',
  });
  const hits = data?.searchPlacements.edges.map((e) => e.node.placement) ?? [];
  return (
    <section className="pw-card pw-why-not" aria-labelledby="why-not-any">
      <Heading2 id="why-not-any">
        <FormattedMessage id="whyNot.anyTitle" />
      </Heading2>
      <form
        className="pw-filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setOpen(undefined);
          setSearched(text.trim());
        }}
      >
        <FormField className="pw-filters__field">
          <FormLabel htmlFor="why-not-text">
            <FormattedMessage id="whyNot.search" />
          </FormLabel>
          <Textbox id="why-not-text" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          {intl.formatMessage({ id: 'whyNot.find' })}
        </Button>
      </form>
      {searched !== '' && (
        <QueryState fetching={fetching && !data} error={error}>
          {hits.length === 0 ? (
            <Alert type="info" role="status">
              <Paragraph>
                <FormattedMessage id="whyNot.noPlaces" />
              </Paragraph>
            </Alert>
          ) : (
            <UnorderedList className="pw-plain-list">
              {hits.map((p) => (
                <UnorderedListItem key={p.id} className="pw-why-not__hit">
                  <Heading3 className="pw-why-not__title">
                    {p.title}{' '}
                    <span className="pw-muted">
                      (<FormattedMessage id={`placementType.${p.type}`} />)
                    </span>
                  </Heading3>
                  <WhyNotButton
                    open={open === p.id}
                    controls={`why-${p.id}`}
                    onToggle={() => setOpen(open === p.id ? undefined : p.id)}
                  />
                  {open === p.id && (
                    <div id={`why-${p.id}`}>
                      <WhyNotChecks
                        participantId={participantId}
                        placementId={p.id}
                        stretchLanguage={stretchLanguage}
                      />
                    </div>
                  )}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </QueryState>
      )}
    </section>
  );
}
