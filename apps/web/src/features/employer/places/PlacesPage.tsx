import {
  Alert,
  Button,
  ButtonGroup,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { useUser } from '../../../auth/session';
import { AppButtonLink, AppLink } from '../../../app/links';
import { LoadMore } from '../../../app/LoadMore';
import { QueryState } from '../../../app/QueryState';
import { usePageTitle } from '../../../app/usePageTitle';
import type { MyPlacesInsightsQuery, PlacementStatus } from '../../../gql/graphql';
import { summariseError } from '../../../graphql/errors';
import type { GeneralProblem } from '../../../graphql/fieldProblems';
import { useConnectionPages, type ConnectionPages } from '../../../graphql/useConnectionPages';
import { GeneralLines } from '../shared/GeneralProblems';
import { ScreenReaderOnly } from '../shared/ScreenReaderOnly';
import { offerKindOf } from '../shared/organisationWords';
import {
  ClosePlaceMutation,
  OwnPlacesInsightsQuery,
  MyPlacesQuery,
  PausePlaceMutation,
  PublishPlaceMutation,
} from './documents';
import { apiPlaceProblems, PLACE_FIELDS } from './placeForm';

/** The order of the status groups: what still needs work first, what is finished last. */
const STATUSES = ['DRAFT', 'PUBLISHED', 'PAUSED', 'CLOSED'] as const satisfies readonly PlacementStatus[];
const BADGE = { DRAFT: 'neutral', PUBLISHED: 'safe', PAUSED: 'warning', CLOSED: 'inactive' } as const;

type Action = 'publish' | 'pause' | 'close';
const PLACES_CONTEXT = { additionalTypenames: ['Placement'] };

/** "Mijn plekken" (a partner: "Mijn activiteiten"): the organisation's offers by status, with their actions. */
export function PlacesPage() {
  usePageTitle('employer.places.title');
  const user = useUser();
  const kind = offerKindOf(user.role);
  const pages = useConnectionPages({
    query: MyPlacesQuery,
    variables: { organisationId: user.organisationId },
    connection: (d) => d.placements,
    // An empty list names no type: a first new place must still refresh it.
    context: useMemo(() => PLACES_CONTEXT, []),
    name: 'places',
  });
  const { data, fetching, error } = pages;
  const places = pages.nodes;
  // The figures come from the nightly insights snapshot; without them the page works as before.
  const [{ data: insights }] = useQuery({ query: OwnPlacesInsightsQuery });
  const insightsOf = new Map(insights?.insightsForMyPlaces.map((i) => [i.placementId, i]) ?? []);

  return (
    <>
      <Heading1>
        <FormattedMessage id="employer.places.heading" values={{ kind }} />
      </Heading1>
      <Paragraph className="pw-page-actions">
        <AppButtonLink to="/employer/places/new" appearance="primary-action-button">
          <FormattedMessage id="employer.places.new" values={{ kind }} />
        </AppButtonLink>
      </Paragraph>
      <QueryState fetching={fetching && !data} error={error}>
        {places.length === 0 ? (
          <Paragraph>
            <FormattedMessage id="employer.places.empty" values={{ kind }} />
          </Paragraph>
        ) : (
          STATUSES.map((status) => {
            const inStatus = places.filter((p) => p.status === status);
            if (inStatus.length === 0) return null;
            return (
              <section key={status} aria-labelledby={`places-${status}`}>
                <Heading2 id={`places-${status}`}>
                  <FormattedMessage id="employer.places.group" values={{ status, count: inStatus.length }} />
                </Heading2>
                <ul className="pw-plain-list pw-cards">
                  {inStatus.map((place) => (
                    <li key={place.id}>
                      <PlaceCard
                        place={place}
                        insights={insightsOf.get(place.id)}
                        focus={pages.rowProps(place.id)}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
        {places.length > 0 && <LoadMore pages={pages} />}
      </QueryState>
    </>
  );
}

interface PlaceSummary {
  id: string;
  title: string;
  type: string;
  status: PlacementStatus;
  startDate?: string | null;
  endDate?: string | null;
  capacity?: number | null;
}

type PlaceInsights = MyPlacesInsightsQuery['insightsForMyPlaces'][number];

function PlaceCard({
  place,
  insights,
  focus,
}: {
  place: PlaceSummary;
  insights?: PlaceInsights;
  /** Where the focus goes when this place has just been loaded (graphql/useConnectionPages.ts). */
  focus: ReturnType<ConnectionPages<unknown, unknown>['rowProps']>;
}) {
  const intl = useIntl();
  const [publishState, publish] = useMutation(PublishPlaceMutation);
  const [pauseState, pause] = useMutation(PausePlaceMutation);
  const [closeState, close] = useMutation(ClosePlaceMutation);
  const [confirmClose, setConfirmClose] = useState(false);
  const [failed, setFailed] = useState<{ action: Action; fields: string[]; general: GeneralProblem[] }>();
  const busy = publishState.fetching || pauseState.fetching || closeState.fetching;

  async function run(action: Action) {
    setFailed(undefined);
    const input = { input: { placementId: place.id } };
    const result =
      action === 'publish'
        ? await publish(input)
        : action === 'pause'
          ? await pause(input)
          : await close(input);
    if (result.error) {
      // A place that is not complete enough names its fields; an error on another (placementId) is said by its code.
      const { fields, general } = apiPlaceProblems(summariseError(result.error), PLACE_FIELDS);
      setFailed({ action, fields: Object.keys(fields), general });
    }
    setConfirmClose(false);
  }

  const headingId = `place-${place.id}`;
  return (
    <article className="pw-card" aria-labelledby={headingId}>
      <div className="pw-card__top">
        <Heading3 id={headingId} {...focus}>
          {place.title}
        </Heading3>
        <StatusBadge status={BADGE[place.status]}>
          <FormattedMessage id={`employer.status.${place.status}`} />
        </StatusBadge>
      </div>
      <Paragraph className="pw-muted">
        <FormattedMessage id={`employer.type.${place.type}`} />
        {' · '}
        {place.startDate ? (
          <FormattedMessage
            id="employer.places.dates"
            values={{
              start: <FormattedDate value={`${place.startDate}T12:00:00Z`} dateStyle="medium" />,
              end: place.endDate ? (
                <FormattedDate value={`${place.endDate}T12:00:00Z`} dateStyle="medium" />
              ) : (
                ''
              ),
              hasEnd: Boolean(place.endDate),
            }}
          />
        ) : (
          <FormattedMessage id="employer.places.noDates" />
        )}
        {place.capacity ? (
          <>
            {' · '}
            <FormattedMessage id="employer.places.capacity" values={{ count: place.capacity }} />
          </>
        ) : null}
      </Paragraph>
      {insights && <PlaceInsightsFigures insights={insights} />}
      {failed && (
        <Alert type="error" role="alert">
          {failed.fields.length > 0 && (
            <Paragraph>
              <FormattedMessage
                id="employer.places.incomplete"
                values={{
                  fields: intl.formatList(
                    failed.fields.map((f) => intl.formatMessage({ id: `employer.field.${f}` })),
                  ),
                }}
              />
            </Paragraph>
          )}
          <GeneralLines lines={failed.general} />
        </Alert>
      )}
      <ButtonGroup className="pw-card__actions">
        {place.status !== 'CLOSED' && (
          <AppButtonLink to={`/employer/places/${place.id}/edit`} appearance="secondary-action-button">
            <FormattedMessage
              id="employer.places.edit"
              values={{ title: <ScreenReaderOnly>{place.title}</ScreenReaderOnly> }}
            />
          </AppButtonLink>
        )}
        <AppButtonLink to={`/employer/places/new?from=${place.id}`} appearance="subtle-button">
          <FormattedMessage
            id="employer.places.copy"
            values={{ title: <ScreenReaderOnly>{place.title}</ScreenReaderOnly> }}
          />
        </AppButtonLink>
        {(place.status === 'DRAFT' || place.status === 'PAUSED') && (
          <Button appearance="primary-action-button" disabled={busy} onClick={() => void run('publish')}>
            <FormattedMessage
              id={place.status === 'DRAFT' ? 'employer.places.publish' : 'employer.places.republish'}
              values={{ title: <ScreenReaderOnly>{place.title}</ScreenReaderOnly> }}
            />
          </Button>
        )}
        {place.status === 'PUBLISHED' && (
          <Button appearance="secondary-action-button" disabled={busy} onClick={() => void run('pause')}>
            <FormattedMessage
              id="employer.places.pause"
              values={{ title: <ScreenReaderOnly>{place.title}</ScreenReaderOnly> }}
            />
          </Button>
        )}
        {place.status !== 'CLOSED' && !confirmClose && (
          <Button appearance="subtle-button" disabled={busy} onClick={() => setConfirmClose(true)}>
            <FormattedMessage
              id="employer.places.close"
              values={{ title: <ScreenReaderOnly>{place.title}</ScreenReaderOnly> }}
            />
          </Button>
        )}
      </ButtonGroup>
      {failed?.action === 'publish' && failed.fields.length > 0 && (
        <Paragraph>
          <AppLink to={`/employer/places/${place.id}/edit`}>
            <FormattedMessage id="employer.places.complete" />
          </AppLink>
        </Paragraph>
      )}
      {confirmClose && (
        <div role="group" aria-label={intl.formatMessage({ id: 'employer.places.closeConfirm' })}>
          <Paragraph>
            <FormattedMessage id="employer.places.closeConfirm" />
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={busy} onClick={() => void run('close')}>
              <FormattedMessage id="employer.places.closeYes" />
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirmClose(false)}>
              <FormattedMessage id="employer.places.closeNo" />
            </Button>
          </ButtonGroup>
        </div>
      )}
    </article>
  );
}

/** Who fits the place now, and how many more would after one change (counts only, "< 5" when small). */
function PlaceInsightsFigures({ insights }: { insights: PlaceInsights }) {
  const items = [
    ['employer.insights.fitting', insights.fittingParticipants.display],
    ['employer.insights.language', insights.moreIfLanguageLowered.display],
    ['employer.insights.hours', insights.moreIfHoursWidened.display],
    ['employer.insights.childcare', insights.moreIfChildcareOffered.display],
  ] as const;
  return (
    <div className="pw-place-insights">
      <Paragraph className="pw-muted">
        <FormattedMessage
          id="employer.insights.intro"
          values={{ date: <FormattedDate value={insights.computedAt} dateStyle="medium" /> }}
        />
      </Paragraph>
      <dl className="pw-place-insights__list">
        {items.map(([id, display]) => (
          <div key={id}>
            <dt>
              <FormattedMessage id={id} />
            </dt>
            <dd>{display}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
