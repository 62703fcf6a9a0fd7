import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldCheckbox,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../app/QueryState';
import { graphql } from '../../../gql';
import type { MatchOptionsInput, MatchesQuery, PlacementType } from '../../../gql/graphql';
import { useBilingual } from '../../../i18n/locale';
import { useClient } from '../client/ClientPage';
import { ProposeDialog, type ProposedPlace } from '../introductions/ProposeDialog';
import { Checks } from './Checks';
import { WhyNotAnyPlace, WhyNotButton } from './WhyNot';

const MatchesQueryDocument = graphql(`
  query Matches($participantId: ID!, $options: MatchOptionsInput) {
    matchesForParticipant(participantId: $participantId, options: $options) {
      totalCandidates
      matches {
        score
        stretched
        countsTowardsZRouteHours
        weeklyOverlapHours
        travel {
          minutes
          mode
        }
        placement {
          id
          title
          type
        }
        checks {
          criterion
          passed
          flagged
          detailNl
          detailEn
        }
        scoreBreakdown {
          criterion
          points
          detailNl
          detailEn
        }
      }
      nearMisses {
        failedCriterion
        fixHintNl
        fixHintEn
        placement {
          id
          title
          type
        }
        checks {
          criterion
          passed
          flagged
          detailNl
          detailEn
        }
      }
    }
  }
`);

type Match = MatchesQuery['matchesForParticipant']['matches'][number];
type NearMiss = MatchesQuery['matchesForParticipant']['nearMisses'][number];

export const PLACEMENT_TYPES = [
  'PARTICIPATIEPLEK',
  'VRIJWILLIGERSWERK',
  'WERKERVARINGSPLEK',
  'STAGE',
  'TAALSTAGE',
  'PROEFPLAATSING',
  'ACTIVITEIT',
] as const satisfies readonly PlacementType[];

interface OptionsForm {
  stretchLanguage: boolean;
  excludeNonCounting: boolean;
  text: string;
  type: string;
}

function toOptions(form: OptionsForm): MatchOptionsInput {
  return {
    stretchLanguage: form.stretchLanguage,
    excludeNonCountingForZRoute: form.excludeNonCounting,
    text: form.text.trim() || undefined,
    types: form.type ? [form.type as PlacementType] : undefined,
    maxResults: 25,
    includeNearMisses: true,
  };
}

/** Passende plekken: the ranked places with their checks and score, options, and the near misses. */
export function MatchesPanel() {
  const intl = useIntl();
  const client = useClient();
  const { participantId = '' } = useParams();
  const [form, setForm] = useState<OptionsForm>({
    stretchLanguage: false,
    excludeNonCounting: false,
    text: '',
    type: '',
  });
  const [applied, setApplied] = useState<OptionsForm>(form);
  const [proposing, setProposing] = useState<ProposedPlace>();
  const [{ data, fetching, error }] = useQuery({
    query: MatchesQueryDocument,
    variables: { participantId, options: toOptions(applied) },
  });
  const result = data?.matchesForParticipant;
  const isZRoute = client.route === 'Z_ROUTE';

  return (
    <>
      <Heading2>
        <FormattedMessage id="matches.title" />
      </Heading2>
      <form
        className="pw-filters pw-card"
        aria-label={intl.formatMessage({ id: 'matches.options' })}
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(form);
        }}
      >
        <FormFieldCheckbox
          className="pw-filters__check"
          label={intl.formatMessage({ id: 'matches.stretchLanguage' })}
          checked={form.stretchLanguage}
          onChange={(e) => {
            const next = { ...form, stretchLanguage: e.target.checked };
            setForm(next);
            setApplied(next);
          }}
        />
        {isZRoute && (
          <FormFieldCheckbox
            className="pw-filters__check"
            label={intl.formatMessage({ id: 'matches.onlyCounting' })}
            checked={form.excludeNonCounting}
            onChange={(e) => {
              const next = { ...form, excludeNonCounting: e.target.checked };
              setForm(next);
              setApplied(next);
            }}
          />
        )}
        <FormField className="pw-filters__field">
          <FormLabel htmlFor="matches-type">
            <FormattedMessage id="matches.type" />
          </FormLabel>
          <Select
            id="matches-type"
            value={form.type}
            onChange={(e) => {
              const next = { ...form, type: e.target.value };
              setForm(next);
              setApplied(next);
            }}
          >
            <SelectOption value="">{intl.formatMessage({ id: 'matches.allTypes' })}</SelectOption>
            {PLACEMENT_TYPES.map((t) => (
              <SelectOption key={t} value={t}>
                {intl.formatMessage({ id: `placementType.${t}` })}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField className="pw-filters__field">
          <FormLabel htmlFor="matches-text">
            <FormattedMessage id="matches.text" />
          </FormLabel>
          <Textbox
            id="matches-text"
            type="search"
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.target.value })}
          />
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          <FormattedMessage id="matches.apply" />
        </Button>
      </form>

      {!client.consentToBeProposed && (
        <Alert type="warning">
          <Paragraph>
            <FormattedMessage id="matches.noConsent" />
          </Paragraph>
        </Alert>
      )}

      <QueryState fetching={fetching && !data} error={error}>
        {result && (
          <>
            <Paragraph role="status" className="pw-result-count">
              <FormattedMessage
                id="matches.count"
                values={{ matches: result.matches.length, nearMisses: result.nearMisses.length }}
              />
            </Paragraph>
            {result.matches.length === 0 ? (
              <Paragraph>
                <FormattedMessage id="matches.none" />
              </Paragraph>
            ) : (
              <ol className="pw-match-list">
                {result.matches.map((m) => (
                  <li key={m.placement.id}>
                    <MatchCard
                      match={m}
                      isZRoute={isZRoute}
                      canPropose={client.consentToBeProposed}
                      onPropose={() => setProposing({ ...m.placement, travel: m.travel })}
                    />
                  </li>
                ))}
              </ol>
            )}
            {result.nearMisses.length > 0 && (
              <section aria-labelledby="near-misses">
                <Heading2 id="near-misses">
                  <FormattedMessage id="matches.nearMisses" />
                </Heading2>
                <UnorderedList className="pw-plain-list">
                  {result.nearMisses.map((n) => (
                    <UnorderedListItem key={n.placement.id}>
                      <NearMissCard nearMiss={n} />
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </section>
            )}
          </>
        )}
      </QueryState>
      <WhyNotAnyPlace participantId={participantId} stretchLanguage={applied.stretchLanguage} />
      {proposing && (
        <ProposeDialog client={client} place={proposing} onClose={() => setProposing(undefined)} />
      )}
    </>
  );
}

function MatchCard({
  match,
  isZRoute,
  canPropose,
  onPropose,
}: {
  match: Match;
  isZRoute: boolean;
  canPropose: boolean;
  onPropose: () => void;
}) {
  const [why, setWhy] = useState(false);
  const text = useBilingual();
  const breakdownId = `score-${match.placement.id}`;
  const headingId = `match-${match.placement.id}`;
  return (
    <article className="pw-card pw-match" aria-labelledby={headingId}>
      <div className="pw-match__head">
        <Heading3 id={headingId}>{match.placement.title}</Heading3>
        <Paragraph className="pw-score">
          <span className="pw-score__label">
            <FormattedMessage id="matches.score" />
          </span>{' '}
          <span className="pw-score__value">
            <FormattedNumber value={match.score} maximumFractionDigits={0} />
          </span>
        </Paragraph>
      </div>
      <Paragraph className="pw-match__meta">
        <span>
          <FormattedMessage id={`placementType.${match.placement.type}`} />
        </span>
        <span>
          <FormattedMessage
            id="matches.travel"
            values={{
              minutes: match.travel.minutes,
              mode: <FormattedMessage id={`travelMode.${match.travel.mode}`} />,
            }}
          />
        </span>
        {isZRoute &&
          match.countsTowardsZRouteHours !== null &&
          match.countsTowardsZRouteHours !== undefined && (
            <span className={match.countsTowardsZRouteHours ? 'pw-counts' : 'pw-counts pw-counts--not'}>
              <FormattedMessage
                id={match.countsTowardsZRouteHours ? 'matches.counts' : 'matches.notCounts'}
              />
            </span>
          )}
        {match.stretched && (
          <span className="pw-counts pw-counts--not">
            <FormattedMessage id="matches.stretched" />
          </span>
        )}
      </Paragraph>
      <Checks checks={match.checks} />
      {why && (
        <div id={breakdownId} className="pw-breakdown">
          <Heading3 className="pw-breakdown__title">
            <FormattedMessage id="matches.breakdown" />
          </Heading3>
          <UnorderedList>
            {match.scoreBreakdown.map((s) => (
              <UnorderedListItem key={s.criterion}>
                <strong>
                  <FormattedMessage id={`scoreComponent.${s.criterion}`} />
                </strong>{' '}
                <FormattedMessage
                  id="matches.points"
                  values={{
                    points: s.points,
                    shown: (
                      <FormattedNumber value={s.points} maximumFractionDigits={1} signDisplay="always" />
                    ),
                  }}
                />{' '}
                — {text({ nl: s.detailNl, en: s.detailEn })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
      <ButtonGroup className="pw-match__actions">
        <Button
          appearance="subtle-button"
          aria-expanded={why}
          aria-controls={why ? breakdownId : undefined}
          onClick={() => setWhy(!why)}
        >
          <FormattedMessage id={why ? 'matches.hideBreakdown' : 'matches.whyScore'} />
        </Button>
        {canPropose && (
          <Button appearance="primary-action-button" onClick={onPropose}>
            <FormattedMessage id="matches.propose" />
          </Button>
        )}
      </ButtonGroup>
    </article>
  );
}

function NearMissCard({ nearMiss }: { nearMiss: NearMiss }) {
  const text = useBilingual();
  const [open, setOpen] = useState(false);
  const failing = nearMiss.checks.filter((c) => !c.passed);
  const id = `near-${nearMiss.placement.id}`;
  return (
    <article className="pw-card pw-near-miss" aria-labelledby={`${id}-title`}>
      <Heading3 id={`${id}-title`}>{nearMiss.placement.title}</Heading3>
      <Paragraph className="pw-match__meta">
        <FormattedMessage id={`placementType.${nearMiss.placement.type}`} />
      </Paragraph>
      {/* The failing criterion first, with its fix hint as a sentence (UX.md). */}
      <Checks
        checks={
          failing.length > 0
            ? failing
            : nearMiss.checks.filter((c) => c.criterion === nearMiss.failedCriterion)
        }
      />
      <Paragraph className="pw-fix-hint">
        <strong>
          <FormattedMessage id="matches.fixHint" />
        </strong>{' '}
        {text({ nl: nearMiss.fixHintNl, en: nearMiss.fixHintEn })}
      </Paragraph>
      <WhyNotButton open={open} controls={`${id}-all`} onToggle={() => setOpen(!open)} />
      {open && (
        <div id={`${id}-all`}>
          <Checks checks={nearMiss.checks} failedFirst />
        </div>
      )}
    </article>
  );
}
