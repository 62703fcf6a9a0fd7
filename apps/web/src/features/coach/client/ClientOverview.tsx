import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedDate, FormattedList, FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../app/QueryState';
import { graphql } from '../../../gql';
import { AppLink } from '../../../app/links';
import { LanguageLevels } from '../shared/LanguageLevels';
import { ConsentAction } from './actions/ConsentAction';
import { RiskBadge } from '../shared/RiskBadge';

const ClientOverviewQuery = graphql(`
  query ClientOverview($id: ID!) {
    participant(id: $id) {
      id
      targetGroup
      homePostcode
      languageLevels {
        speaking
        listening
        reading
        writing
      }
      otherLanguages
      maxHoursPerWeek
      maxTravelMinutes
      travelModes
      physicalCapacity
      interests
      childcare {
        needed
        childrenAges
      }
      availableFrom
      pipDate
      integrationTermLastDay
      consentToBeProposed
    }
    participantProgress(participantId: $id) {
      risk
      weeksLeft
      pendingHours
      recentWeeklyAverage
      participation {
        done
        target
        neededPerWeek
      }
      map {
        done
        target
      }
    }
  }
`);

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>
        <FormattedMessage id={label} />
      </DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** Overzicht: progress towards the hours and the profile the matching uses, read-only. */
export function ClientOverview() {
  const intl = useIntl();
  const { participantId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: ClientOverviewQuery,
    variables: { id: participantId },
  });
  return (
    <QueryState fetching={fetching && !data} error={error}>
      {data && (
        <div className="pw-columns">
          <section className="pw-card" aria-labelledby="progress-heading">
            <Heading2 id="progress-heading">
              <FormattedMessage id="client.progress" />
            </Heading2>
            <DataList>
              {data.participantProgress.participation && (
                <Item label="client.progress.participation">
                  <FormattedMessage
                    id="client.progress.hours"
                    values={{
                      done: (
                        <FormattedNumber
                          value={data.participantProgress.participation.done}
                          maximumFractionDigits={1}
                        />
                      ),
                      target: data.participantProgress.participation.target,
                    }}
                  />
                </Item>
              )}
              <Item label="client.progress.map">
                <FormattedMessage
                  id="client.progress.hours"
                  values={{
                    done: (
                      <FormattedNumber value={data.participantProgress.map.done} maximumFractionDigits={1} />
                    ),
                    target: data.participantProgress.map.target,
                  }}
                />
              </Item>
              <Item label="client.progress.risk">
                <RiskBadge risk={data.participantProgress.risk} />
              </Item>
              {data.participantProgress.participation && (
                <Item label="client.progress.neededPerWeek">
                  <FormattedMessage
                    id="client.progress.perWeek"
                    values={{
                      hours: (
                        <FormattedNumber
                          value={data.participantProgress.participation.neededPerWeek}
                          maximumFractionDigits={1}
                        />
                      ),
                    }}
                  />
                </Item>
              )}
              <Item label="client.progress.pending">
                <FormattedNumber value={data.participantProgress.pendingHours} maximumFractionDigits={1} />
              </Item>
              <Item label="client.termEnds">
                <FormattedDate
                  value={data.participant.integrationTermLastDay}
                  dateStyle="long"
                  timeZone="UTC"
                />{' '}
                <span className="pw-muted">
                  <FormattedMessage
                    id="client.weeksLeft"
                    values={{ weeks: Math.max(0, Math.floor(data.participantProgress.weeksLeft)) }}
                  />
                </span>
              </Item>
            </DataList>
          </section>
          <section className="pw-card" aria-labelledby="profile-heading">
            <Heading2 id="profile-heading">
              <FormattedMessage id="client.profile" />
            </Heading2>
            <DataList>
              <Item label="client.targetGroup">
                <FormattedMessage id={`targetGroup.${data.participant.targetGroup}`} />
              </Item>
              <Item label="client.languageLevels">
                <LanguageLevels levels={data.participant.languageLevels} />
              </Item>
              {data.participant.otherLanguages.length > 0 && (
                <Item label="client.otherLanguages">
                  {/* ISO 639 codes, named in the interface language ("ti" → Tigrinya / Tigrinya). */}
                  <FormattedList
                    type="unit"
                    value={data.participant.otherLanguages.map(
                      (code) => intl.formatDisplayName(code, { type: 'language', fallback: 'code' }) ?? code,
                    )}
                  />
                </Item>
              )}
              <Item label="client.hoursPerWeek">
                <FormattedMessage
                  id="client.hoursPerWeek.value"
                  values={{ hours: data.participant.maxHoursPerWeek }}
                />
              </Item>
              <Item label="client.travel">
                <FormattedMessage
                  id="client.travel.value"
                  values={{
                    minutes: data.participant.maxTravelMinutes,
                    modes: (
                      <FormattedList
                        type="disjunction"
                        value={data.participant.travelModes.map((m) => (
                          <FormattedMessage key={m} id={`travelMode.${m}`} />
                        ))}
                      />
                    ),
                  }}
                />
              </Item>
              <Item label="client.physicalCapacity">
                <FormattedMessage id={`physicalLoad.${data.participant.physicalCapacity}`} />
              </Item>
              <Item label="client.childcare">
                {data.participant.childcare.needed ? (
                  <FormattedMessage
                    id="client.childcare.needed"
                    values={{
                      ages: (
                        <FormattedList
                          type="conjunction"
                          value={data.participant.childcare.childrenAges.map(String)}
                        />
                      ),
                    }}
                  />
                ) : (
                  <FormattedMessage id="client.childcare.notNeeded" />
                )}
              </Item>
              {data.participant.interests.length > 0 && (
                <Item label="client.interests">
                  <FormattedList
                    type="unit"
                    value={data.participant.interests.map((s) => (
                      <FormattedMessage key={s} id={`sector.${s}`} />
                    ))}
                  />
                </Item>
              )}
              <Item label="client.postcode">{data.participant.homePostcode}</Item>
              <Item label="client.consent">
                <FormattedMessage
                  id={data.participant.consentToBeProposed ? 'client.consent.yes' : 'client.consent.no'}
                />
              </Item>
            </DataList>
            <Paragraph>
              <AppLink to={`/coach/clients/${participantId}/edit`}>
                <FormattedMessage id="client.editProfile" />
              </AppLink>
            </Paragraph>
          </section>
          <ConsentAction participantId={participantId} consent={data.participant.consentToBeProposed} />
        </div>
      )}
    </QueryState>
  );
}
