import { graphql } from '../../gql';

/** Every organisation (admins see them all), or those found by part of the name; by name, a page at a time. */
export const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations($search: String, $first: Int!, $after: String) {
    organisations(filter: { search: $search }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          kvkNumber
          street
          postcode
          city
          contactName
          contactEmail
        }
      }
    }
  }
`);

/** The users page's organisation picker: found by part of the name, by name, a page at a time. */
export const AdminOrganisationChoicesQuery = graphql(`
  query AdminOrganisationChoices($search: String, $first: Int!, $after: String) {
    organisations(filter: { search: $search }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

/** One organisation by its id, for the users page when it is not on the list's first page. */
export const AdminOrganisationQuery = graphql(`
  query AdminOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        name
        kind
      }
    }
  }
`);

/** One organisation's users, active and deactivated, by name, a page at a time. */
export const AdminUsersQuery = graphql(`
  query AdminUsers($organisationId: ID!, $first: Int!, $after: String) {
    users(organisationId: $organisationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          email
          role
          active
          organisationId
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        displayName
        role
        active
        organisationId
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation AdminDeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      user {
        id
        active
      }
    }
  }
`);
