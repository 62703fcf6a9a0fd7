import { graphql } from '../../../gql';

/**
 * Introductions for the organisation's places, with only the profile the participant consented
 * to share (never a name, reference or address: the API does not offer them to a place).
 */
export const PlaceIntroductionsQuery = graphql(`
  query PlaceIntroductions {
    placeIntroductions(first: 100) {
      totalCount
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

export const PlaceIntroductionHoursQuery = graphql(`
  query PlaceIntroductionHours($introductionId: ID!) {
    hoursForIntroduction(introductionId: $introductionId, first: 7) {
      totalCount
      edges {
        node {
          id
          workDate
          hours
          status
          rejectReason
          supersededAt
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
