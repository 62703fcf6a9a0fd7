import { graphql } from '../../../gql';

export const WebhooksQuery = graphql(`
  query Webhooks($first: Int!, $after: String) {
    webhookEventTypes {
      type
      description
    }
    webhookSubscriptions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          url
          active
          eventTypes
          createdAt
          deactivatedAt
        }
      }
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($subscriptionId: ID!) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: 50) {
      totalCount
      edges {
        node {
          id
          eventType
          status
          attempts
          createdAt
          lastAttemptAt
          lastStatusCode
          lastError
          nextAttemptAt
        }
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        id
        url
        active
        eventTypes
        createdAt
      }
    }
  }
`);

export const DeactivateWebhookMutation = graphql(`
  mutation DeactivateWebhook($input: DeactivateWebhookSubscriptionInput!) {
    deactivateWebhookSubscription(input: $input) {
      subscription {
        id
        active
        deactivatedAt
      }
    }
  }
`);
