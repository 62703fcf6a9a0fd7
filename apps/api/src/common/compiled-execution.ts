import { Injectable } from '@nestjs/common';
import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLResponse } from '@apollo/server';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationTypeNode,
  typeFromAST,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Why: interpreting an operation costs graphql-js a walk over the document for every object it
 * returns — a match list has ~3,000 fields: about 1.8 ms of CPU per match request, and much of the
 * garbage collection after it (docs/PERFORMANCE.md, issue 13). graphql-jit compiles an operation once into a function that
 * builds the answer directly; this plugin keeps those functions (an LRU keyed by the document's hash
 * and the operation name) and answers through them in Apollo's `responseForOperation` hook.
 *
 * What stays the same: it runs after Apollo has parsed and validated the document (every
 * validation rule, the cost limit in didResolveOperation) and with the same context value, so the
 * resolvers, Nest's guards (auth, roles, rate limits) and pipes run exactly as on the normal path.
 * Errors go through the same `formatError` as Apollo's own (see formatErrorsAsApollo). What
 * graphql-jit cannot compile, and variables that do not fit the operation (nothing has run yet
 * then), are left to Apollo's normal execution, which answers them in its own words.
 *
 * Apollo plugins that hook into execution (executionDidStart, willResolveField) do not see the
 * operations answered here: this API has none (the cache-control plugin is off), and none may be
 * added without turning this path off (GRAPHQL_COMPILED_EXECUTION=false). No root value is used.
 */
export interface CompiledExecutionOptions {
  /** The same function Apollo formats errors with. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Compiled operations kept; the least recently used goes first. */
  maxOperations?: number;
  /** Where to count the requests each path answered. */
  stats?: CompiledExecutionStats;
}

/** Marks an operation graphql-jit cannot compile, so it is not tried again. */
const NOT_COMPILABLE = Symbol('not compilable');
interface Compiled {
  query: CompiledQuery['query'];
  /** Variables whose input types have required fields with a default (see withInputDefaults). */
  defaulted: Array<{ name: string; type: GraphQLInputType }>;
}
type Entry = Compiled | typeof NOT_COMPILABLE;

/**
 * graphql-jit (0.8.9) reports a required input field that has a default, e.g. `includeNearMisses:
 * Boolean! = true` of MatchOptionsInput, as missing when a variable leaves it out; graphql-js fills
 * in the default, as the spec says. So the defaults are filled in before the compiled query reads
 * the variables — only plain values (booleans, numbers, strings, enum values named as they are
 * stored), which read back as themselves. Anything else stays out, and graphql-jit's complaint
 * then sends the request to normal execution.
 */
function withInputDefaults(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return withInputDefaults(value, type.ofType);
  if (isListType(type))
    return Array.isArray(value) ? value.map((v) => withInputDefaults(v, type.ofType)) : value;
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  const filled: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(type.getFields())) {
    if (field.name in filled) filled[field.name] = withInputDefaults(filled[field.name], field.type);
    else if (isNonNullType(field.type) && readsBackAsItself(field.defaultValue, field.type))
      filled[field.name] = field.defaultValue;
  }
  return filled;
}

function readsBackAsItself(value: unknown, type: GraphQLInputType): boolean {
  if (typeof value !== 'boolean' && typeof value !== 'number' && typeof value !== 'string') return false;
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValue(String(value))?.value === value;
  return !isInputObjectType(named) && !isListType(isNonNullType(type) ? type.ofType : type);
}

/** Whether an input type can hold a required field with a default, anywhere inside it. */
function hasRequiredDefaults(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some(
    (f) => (isNonNullType(f.type) && f.defaultValue !== undefined) || hasRequiredDefaults(f.type, seen),
  );
}

function defaultedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  const defaulted: Compiled['defaulted'] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && hasRequiredDefaults(type)) defaulted.push({ name: definition.variable.name.value, type });
  }
  return defaulted;
}

/** A small LRU on Map's insertion order. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

/** How many requests each path answered, for tests and the bench. */
export interface CompiledExecutionStats {
  compiled: number;
  fallback: number;
}

/**
 * Holds the plugin's counters where the rest of the app (and tests) can read them: provided by
 * AppGraphqlModule and handed to the plugin when Apollo is configured.
 */
@Injectable()
export class CompiledExecutionStatsHolder {
  readonly stats: CompiledExecutionStats = { compiled: 0, fallback: 0 };
}

export function compiledExecutionPlugin(options: CompiledExecutionOptions): ApolloServerPlugin<BaseContext> {
  const cache = new Lru<Entry>(options.maxOperations ?? 500);
  let cachedFor: GraphQLSchema | undefined;
  const stats = options.stats ?? { compiled: 0, fallback: 0 };

  const compiledFor = (schema: GraphQLSchema, key: string, compile: () => Entry): Entry => {
    if (cachedFor !== schema) {
      cache.clear();
      cachedFor = schema;
    }
    let entry = cache.get(key);
    if (entry === undefined) {
      try {
        entry = compile();
      } catch {
        entry = NOT_COMPILABLE;
      }
      cache.set(key, entry);
    }
    return entry;
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx): Promise<GraphQLResponse | null> {
          const { operation, document, schema, queryHash } = ctx;
          if (!operation || operation.operation === OperationTypeNode.SUBSCRIPTION) {
            stats.fallback++;
            return null;
          }
          const operationName = ctx.operationName ?? undefined;
          const entry = compiledFor(schema, `${queryHash}\u0000${operationName ?? ''}`, () => {
            const compiled = compileQuery(schema, document, operationName, {
              // Errors keep the stack of what was thrown; none is captured for the wrapper.
              disablingCapturingStackErrors: true,
            });
            if (!isCompiledQuery(compiled)) return NOT_COMPILABLE;
            return { query: compiled.query, defaulted: defaultedVariables(schema, operation) };
          });
          if (entry === NOT_COMPILABLE) {
            stats.fallback++;
            return null;
          }
          let variables = ctx.request.variables ?? {};
          if (entry.defaulted.length > 0) {
            variables = { ...variables };
            for (const { name, type } of entry.defaulted)
              if (name in variables) variables[name] = withInputDefaults(variables[name], type);
          }
          const result: ExecutionResult = await entry.query(undefined, ctx.contextValue, variables);
          if (result.data === undefined) {
            // Only variables that do not fit the operation end here, before any resolver ran:
            // Apollo's normal execution answers them as BAD_USER_INPUT in graphql-js's words.
            stats.fallback++;
            return null;
          }
          stats.compiled++;
          if (!result.errors?.length) {
            return { http: emptyHead(), body: { kind: 'single', singleResult: { data: result.data } } };
          }
          const { formatted, status } = formatErrorsAsApollo(result.errors, options.formatError);
          (ctx as { errors?: readonly GraphQLError[] }).errors = result.errors;
          return {
            http: { ...emptyHead(), status },
            body: { kind: 'single', singleResult: { data: result.data, errors: formatted } },
          };
        },
      };
    },
  };
}

const emptyHead = () => ({ status: undefined, headers: new HeaderMap() });

/**
 * Apollo's own error normalisation (errorNormalize.ts in @apollo/server, not exported), for errors
 * of a compiled operation: a default code of INTERNAL_SERVER_ERROR, `extensions.http` taken out
 * into the response status, then `formatError(formatted, original)`; a formatter that throws gives
 * the generic internal error. Stack traces are never added (this API does not include them).
 */
export function formatErrorsAsApollo(
  errors: readonly GraphQLError[],
  formatError: CompiledExecutionOptions['formatError'],
): { formatted: GraphQLFormattedError[]; status: number | undefined } {
  let status: number | undefined;
  const formatted = errors.map((error) => {
    try {
      const extensions: Record<string, unknown> = {
        ...error.extensions,
        code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      };
      const http = extensions.http as { status?: unknown } | undefined;
      if (http && typeof http === 'object') {
        if (typeof http.status === 'number') status = http.status;
        delete extensions.http;
      }
      const shaped: GraphQLFormattedError = {
        message: error.message,
        ...(error.locations?.length ? { locations: error.locations } : {}),
        ...(error.path ? { path: error.path } : {}),
        extensions,
      };
      return formatError(shaped, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  });
  return { formatted, status };
}
