import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { isUnauthenticated } from './errors';

/**
 * One urql client per signed-in session (a new sign-in is a new client, so one user's cached answers
 * never show to the next). Each request sends the session's current token (`token()`), so a renewed
 * token keeps the cache. The document cache keeps each query's answer and refetches the queries
 * whose types a mutation touched; `cache-and-network` shows the cached list at once and refreshes it.
 */
export function createApiClient(token: () => string, onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token()}` } }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
