// The development GraphiQL page (browser code), bundled by tools/build-graphiql.mjs into dist/graphiql/ and served
// by the API at GET /graphql (outside production). Everything comes from this origin: no CDN.
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './page.css';

// Monaco's editor workers are bundled beside this file (classic workers, same origin).
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const file =
      label === 'json' ? 'json.worker.js' : label === 'graphql' ? 'graphql.worker.js' : 'editor.worker.js';
    return new Worker(new URL(file, import.meta.url));
  },
};

const DEFAULT_QUERY = `# Plekwijzer GraphQL API (development).
# Paste a token (start-up output, or npm run token)
# into Headers below:
#   { "Authorization": "Bearer <token>" }
# Docs (top left) shows the schema.

query Caseload {
  caseload {
    totalCount
  }
}
`;

// Headers (with the token), tabs, queries and history live in sessionStorage: they go when the
// browser tab closes, and nothing is written to localStorage.
const storage = window.sessionStorage;

createRoot(document.getElementById('graphiql')).render(
  createElement(
    StrictMode,
    null,
    createElement(GraphiQL, {
      // The page is served at the GraphQL endpoint itself.
      fetcher: createGraphiQLFetcher({ url: window.location.pathname }),
      storage,
      shouldPersistHeaders: true,
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: 'headers',
    }),
  ),
);
