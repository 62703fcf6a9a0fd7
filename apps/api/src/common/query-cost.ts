import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** What a connection returns when the request does not say: the `first` default. */
const DEFAULT_PAGE = 20;

/**
 * The cost of one field: 1, plus what it selects; a field asked for `first` items (or
 * `page: { first }`) multiplies what it selects by that number. Connections without `first`
 * count as their default page.
 */
export const listSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const page = args.page as { first?: unknown } | undefined;
  const size =
    typeof args.first === 'number'
      ? args.first
      : typeof page?.first === 'number'
        ? page.first
        : field.args.some((a) => a.name === 'page' || a.name === 'first')
          ? DEFAULT_PAGE
          : 1;
  return 1 + Math.max(1, size) * childComplexity;
};

/**
 * The variables an operation's cost can depend on: those used in a `first` or `page` argument
 * (listSizeEstimator) or in a directive (@skip, @include). Any other variable (an id, a filter)
 * leaves the cost as it is.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inside = 0;
  const enter = () => void inside++;
  const leave = () => void inside--;
  visit(document, {
    Argument: {
      enter: (node) =>
        void (node.name.value === 'first' || node.name.value === 'page' ? inside++ : undefined),
      leave: (node) =>
        void (node.name.value === 'first' || node.name.value === 'page' ? inside-- : undefined),
    },
    Directive: { enter, leave },
    Variable: (node) => {
      if (inside > 0) names.add(node.name.value);
    },
  });
  return [...names].sort();
}

/** Costs already computed per document (Apollo keeps one parsed document per query text). */
const known = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
const KNOWN_PER_DOCUMENT = 100;

/**
 * Refuses an operation whose estimated cost is over `maxCost` once its variables are known, before
 * anything runs (so nothing is read or audited). graphql-query-complexity walks the operation with
 * its variables; its node cap bounds the walk, so a fragment fan-out cannot make this slow.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let memo = known.get(document);
          if (!memo) known.set(document, (memo = { variables: costVariables(document), costs: new Map() }));
          const vars: Record<string, unknown> = request.variables ?? {};
          const key = JSON.stringify([
            request.operationName ?? null,
            ...memo.variables.map((v) => vars[v] ?? null),
          ]);
          let cost = memo.costs.get(key);
          if (cost === undefined) {
            cost = computeCost();
            if (cost === undefined) return;
            if (memo.costs.size < KNOWN_PER_DOCUMENT) memo.costs.set(key, cost);
          }
          if (cost > maxCost) {
            throw refusal(
              `This operation would cost ${cost} (at most ${maxCost} is allowed): ask for fewer items per page, fewer fields or fewer aliases.`,
            );
          }

          function computeCost(): number | undefined {
            try {
              return getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: request.operationName ?? undefined,
                estimators: [listSizeEstimator],
                maxQueryNodes: 10_000,
              });
            } catch (error) {
              // Variables that do not fit the operation are answered by execution, as BAD_USER_INPUT;
              // only a walk over the node cap is refused here.
              if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
                throw refusal(
                  'This operation is too large: it selects too many fields through its fragments.',
                );
              }
              return undefined;
            }
          }
        },
      };
    },
  };
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}
