import { graphql } from '../../gql';

/** Published places by words and facets, with the counts to narrow further. */
export const SearchPlacesQuery = graphql(`
  query SearchPlaces(
    $text: String
    $filter: SearchFilterInput
    $near: NearInput
    $first: Int!
    $after: String
  ) {
    searchPlacements(text: $text, filter: $filter, near: $near, first: $first, after: $after) {
      totalCount
      totalIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        facet
        values {
          value
          count
        }
      }
      edges {
        cursor
        node {
          titleHighlighted
          snippet
          placement {
            id
            title
            type
            sector
            compensation
            mapPractice
            openToRoutes
            childcare {
              kind
            }
            languageRequirements {
              skill
              level
              required
            }
            location {
              city
              postcode
            }
          }
        }
      }
    }
  }
`);

/**
 * A coach's clients, found by part of the nickname or client reference, a page at a time, to ask
 * "why not this place?" for one of them.
 */
export const SearchCaseloadQuery = graphql(`
  query SearchCaseload($search: String, $first: Int!, $after: String) {
    caseload(filter: { search: $search }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          nickname
          clientReference
        }
      }
    }
  }
`);
