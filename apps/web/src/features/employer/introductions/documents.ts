import { graphql } from '../../../gql';

/**
 * Introductions for the organisation's places, with only the profile the participant consented
 * to share (never a name, reference or address: the API does not offer them to a place), a page at
 * a time. Without the places' schedules: with them a page of 100 costs more than the API allows.
 */
export const PlaceIntroductionsQuery = graphql(`
  query PlaceIntroductions($first: Int!, $after: String) {
    placeIntroductions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          createdAt
          startDate
          endDate
          declineReason
          endReason
          placement {
            id
            title
          }
          profile {
            nickname
            languageLevels {
              speaking
              listening
              reading
              writing
            }
            fittingAvailability {
              day
              start
              end
            }
            travelBand
            supportNeeded
            coachMessage
          }
        }
      }
    }
  }
`);

/**
 * The participants who started at the organisation's places, for logging hours: who (the nickname
 * they shared), where, since and until when, and the place's schedule, which fills in a day's
 * hours. Only those started are asked, not every proposal, a page at a time (a chain's many places
 * can have more than a page of them).
 */
export const PlaceStartedIntroductionsQuery = graphql(`
  query PlaceStartedIntroductions($first: Int!, $after: String) {
    placeIntroductions(first: $first, after: $after, filter: { status: [STARTED] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          startDate
          endDate
          placement {
            id
            title
            schedule {
              kind
              shifts {
                day
                start
                end
              }
              windows {
                day
                start
                end
              }
              minHoursPerWeek
              maxHoursPerWeek
            }
          }
          profile {
            nickname
          }
          recentHours(first: 7) {
            id
            workDate
            hours
            status
            rejectReason
          }
        }
      }
    }
  }
`);

export const AcceptIntroductionMutation = graphql(`
  mutation AcceptIntroduction($input: AcceptIntroductionInput!) {
    acceptIntroduction(input: $input) {
      introduction {
        id
        status
      }
    }
  }
`);

export const DeclineIntroductionMutation = graphql(`
  mutation DeclineIntroduction($input: DeclineIntroductionInput!) {
    declineIntroduction(input: $input) {
      introduction {
        id
        status
      }
    }
  }
`);

export const StartIntroductionMutation = graphql(`
  mutation StartIntroduction($input: StartIntroductionInput!) {
    startIntroduction(input: $input) {
      introduction {
        id
        status
        startDate
      }
    }
  }
`);

export const CompleteIntroductionMutation = graphql(`
  mutation CompleteIntroduction($input: CompleteIntroductionInput!) {
    completeIntroduction(input: $input) {
      introduction {
        id
        status
        endDate
      }
    }
  }
`);

export const EndIntroductionEarlyMutation = graphql(`
  mutation EndIntroductionEarly($input: EndIntroductionEarlyInput!) {
    endIntroductionEarly(input: $input) {
      introduction {
        id
        status
        endDate
      }
    }
  }
`);

export const LogHoursMutation = graphql(`
  mutation LogHours($input: LogHoursInput!) {
    logHours(input: $input) {
      hoursEntry {
        id
        introductionId
        workDate
        hours
        status
      }
    }
  }
`);
