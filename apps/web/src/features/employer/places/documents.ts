import { graphql } from '../../../gql';

/** The organisation's own places, every status (drafts, paused and closed are only visible to it). */
export const MyPlacesQuery = graphql(`
  query MyPlaces($organisationId: ID!, $first: Int!, $after: String) {
    placements(first: $first, after: $after, filter: { organisationId: $organisationId }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          type
          status
          sector
          startDate
          endDate
          capacity
          publishedAt
        }
      }
    }
  }
`);

/** Everything the place form edits. */
export const PlaceForFormQuery = graphql(`
  query PlaceForForm($id: ID!) {
    placement(id: $id) {
      id
      status
      type
      title
      sector
      description
      location {
        street
        postcode
        city
      }
      startDate
      endDate
      capacity
      physicalLoad
      childcare {
        kind
        minAgeYears
        maxAgeYears
      }
      languageRequirements {
        skill
        level
        required
      }
      dutchSpeakingEnvironment
      openToRoutes
      openToTargetGroups
      audience
      compensation
      groupLanguage
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
  }
`);

export const CreatePlaceMutation = graphql(`
  mutation CreatePlace($input: CreatePlacementInput!) {
    createPlacement(input: $input) {
      placement {
        id
        status
      }
    }
  }
`);

export const UpdatePlaceMutation = graphql(`
  mutation UpdatePlace($input: UpdatePlacementInput!) {
    updatePlacement(input: $input) {
      placement {
        id
        status
      }
    }
  }
`);

export const PublishPlaceMutation = graphql(`
  mutation PublishPlace($input: PublishPlacementInput!) {
    publishPlacement(input: $input) {
      placement {
        id
        status
        publishedAt
      }
    }
  }
`);

export const PausePlaceMutation = graphql(`
  mutation PausePlace($input: PausePlacementInput!) {
    pausePlacement(input: $input) {
      placement {
        id
        status
      }
    }
  }
`);

export const ClosePlaceMutation = graphql(`
  mutation ClosePlace($input: ClosePlacementInput!) {
    closePlacement(input: $input) {
      placement {
        id
        status
      }
    }
  }
`);

export const OwnPlacesInsightsQuery = graphql(`
  query MyPlacesInsights {
    insightsForMyPlaces {
      placementId
      computedAt
      fittingParticipants {
        display
      }
      moreIfLanguageLowered {
        display
      }
      moreIfHoursWidened {
        display
      }
      moreIfChildcareOffered {
        display
      }
    }
  }
`);
