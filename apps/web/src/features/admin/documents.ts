import { graphql } from '../../gql';

/** Every organisation (admins see them all), by name. */
export const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations {
    organisations(first: 100) {
      totalCount
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

/** One organisation's users, active and deactivated, by name. */
export const AdminUsersQuery = graphql(`
  query AdminUsers($organisationId: ID!) {
    users(organisationId: $organisationId, first: 100) {
      totalCount
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
