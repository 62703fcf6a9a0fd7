import { graphql } from '../../../../gql';

/** Everything the client form edits. */
export const ParticipantForFormQuery = graphql(`
  query ParticipantForForm($id: ID!) {
    participant(id: $id) {
      id
      clientReference
      nickname
      route
      targetGroup
      pipDate
      availableFrom
      integrationTermLastDay
      languageLevels {
        speaking
        listening
        reading
        writing
      }
      otherLanguages
      availability {
        day
        start
        end
      }
      commitments {
        kind
        label
        range {
          day
          start
          end
        }
      }
      childcare {
        needed
        childrenAges
        covered {
          day
          start
          end
        }
      }
      travelModes
      maxTravelMinutes
      maxHoursPerWeek
      homePostcode
      physicalCapacity
      gender
      compensationPreference
      paidWorkHoursPerWeek
      mapExemptionRecorded
      consentToBeProposed
    }
  }
`);

export const CreateParticipantMutation = graphql(`
  mutation CreateParticipant($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      participant {
        id
      }
    }
  }
`);

export const UpdateParticipantMutation = graphql(`
  mutation UpdateParticipant($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) {
      participant {
        id
        nickname
        route
        consentToBeProposed
        languageLevels {
          speaking
          listening
          reading
          writing
        }
      }
    }
  }
`);
