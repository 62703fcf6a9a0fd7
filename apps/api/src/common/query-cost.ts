import type { ApolloServerPlugin } from '@apollo/server';
import {
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  typeFromAST,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** What a connection returns when the request does not say: the `first` default. */
const DEFAULT_PAGE = 20;

/** The most selections one operation's cost walk visits (a fragment spread in many places repeats). */
const MAX_NODES = 10_000;

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

/** Thrown when the walk visits more than MAX_NODES selections. */
export class OperationTooLarge extends Error {
  constructor() {
    super('This operation is too large: it selects too many fields through its fragments.');
  }
}

/**
 * The estimated cost of one operation of a valid document, with its variables: listSizeEstimator
 * over the fields as GraphQL executes them (mergedOperation), so a field selected twice under one
 * response key costs once. undefined when the variables do not fit the operation (execution answers
 * that); throws OperationTooLarge when the walk is over MAX_NODES selections.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number | undefined {
  const merged = mergedOperation(schema, document, variables, operationName);
  if (!merged) return undefined;
  try {
    return getComplexity({
      schema,
      query: merged,
      variables,
      // A field with its own cost (Nest's `complexity` option) says it; every other: listSizeEstimator.
      estimators: [fieldExtensionsEstimator(), listSizeEstimator],
      maxQueryNodes: MAX_NODES,
    });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
      throw new OperationTooLarge();
    }
    return undefined;
  }
}

/**
 * The operation as GraphQL executes it (CollectFields and its field merging, in the spec's
 * "Executing Selection Sets"): in each selection set, fragments and inline fragments whose type
 * applies are expanded (a fragment once per selection set), @skip and @include are applied, and the
 * fields with the same response key are one field whose selection is all of theirs. A field asked
 * for directly and again through a fragment, or urql's added `__typename`, runs once and so appears
 * once; aliases are different response keys and stay apart. Below an interface or union there is
 * one inline fragment per possible type (graphql-query-complexity then takes the dearest).
 * The result has no fragments and no directives; undefined when the variables do not fit.
 */
export function mergedOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  inputs: Record<string, unknown>,
  operationName?: string | null,
): DocumentNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return undefined;
  const { coerced: variables } = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  if (!variables) return undefined;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  let visited = 0;

  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

  const applies = (condition: NamedTypeNode | undefined, type: GraphQLObjectType) => {
    if (!condition) return true;
    const conditionType = typeFromAST(schema, condition);
    return conditionType === type || (isAbstractType(conditionType) && schema.isSubType(conditionType, type));
  };

  /** The fields by response key, as execution collects them for an object of `type`. */
  const collect = (
    type: GraphQLObjectType,
    sets: readonly SelectionSetNode[],
    fields = new Map<string, FieldNode[]>(),
    spread = new Set<string>(),
  ): Map<string, FieldNode[]> => {
    for (const set of sets) {
      for (const selection of set.selections) {
        if (++visited >= MAX_NODES) throw new OperationTooLarge();
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const same = fields.get(key);
          if (same) same.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (applies(selection.typeCondition, type)) collect(type, [selection.selectionSet], fields, spread);
        } else if (!spread.has(selection.name.value)) {
          spread.add(selection.name.value);
          const fragment = fragments.get(selection.name.value);
          if (fragment && applies(fragment.typeCondition, type)) {
            collect(type, [fragment.selectionSet], fields, spread);
          }
        }
      }
    }
    return fields;
  };

  const merge = (type: GraphQLObjectType, sets: readonly SelectionSetNode[]): SelectionSetNode => ({
    kind: Kind.SELECTION_SET,
    selections: [...collect(type, sets).values()].map((same): FieldNode => {
      const [first] = same;
      const returns = fieldType(schema, type, first.name.value);
      const below = same.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
      return {
        ...first,
        directives: [],
        selectionSet: returns && below.length > 0 ? mergeBelow(returns, below) : undefined,
      };
    }),
  });

  const mergeBelow = (type: GraphQLCompositeType, sets: readonly SelectionSetNode[]): SelectionSetNode =>
    isObjectType(type)
      ? merge(type, sets)
      : {
          kind: Kind.SELECTION_SET,
          selections: schema.getPossibleTypes(type).map((possible) => ({
            kind: Kind.INLINE_FRAGMENT,
            typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: possible.name } },
            directives: [],
            selectionSet: merge(possible, sets),
          })),
        };

  return {
    kind: Kind.DOCUMENT,
    definitions: [{ ...operation, directives: [], selectionSet: merge(root, [operation.selectionSet]) }],
  };
}

/** The named type a field returns if it has a selection (object, interface or union). */
function fieldType(
  schema: GraphQLSchema,
  parent: GraphQLObjectType,
  name: string,
): GraphQLCompositeType | undefined {
  const field =
    name === TypeNameMetaFieldDef.name
      ? TypeNameMetaFieldDef
      : parent === schema.getQueryType() && name === SchemaMetaFieldDef.name
        ? SchemaMetaFieldDef
        : parent === schema.getQueryType() && name === TypeMetaFieldDef.name
          ? TypeMetaFieldDef
          : parent.getFields()[name];
  const named = field && getNamedType(field.type);
  return named && isCompositeType(named) ? named : undefined;
}

/** Costs already computed per document (Apollo keeps one parsed document per query text). */
const known = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
const KNOWN_PER_DOCUMENT = 100;

/**
 * Refuses an operation whose estimated cost is over `maxCost` once its variables are known, before
 * anything runs (so nothing is read or audited). The cost is counted over the operation as it
 * executes (operationCost), with its variables; the node cap bounds the walk, so a fragment fan-out
 * cannot make this slow.
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
              return operationCost(schema, document, vars, request.operationName);
            } catch (error) {
              // Variables that do not fit the operation are answered by execution, as BAD_USER_INPUT
              // (operationCost gives undefined); only a walk over the node cap is refused here.
              if (error instanceof OperationTooLarge) throw refusal(error.message);
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
