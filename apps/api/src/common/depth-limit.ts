import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** The operation document's fragments by name, for rules that follow fragment spreads. */
export function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  return new Map(
    context
      .getDocument()
      .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
}

/**
 * Computes one value per fragment at most once, however often it is spread: a rule that walked a
 * fragment again at every spread would do exponential work on fragments that each spread the next
 * twice. A fragment that spreads itself (invalid, reported by NoFragmentCyclesRule) counts as `empty`.
 */
export function fragmentMemo<T>(
  context: ValidationContext,
  compute: (selectionSet: SelectionSetNode, ofFragment: (name: string) => T) => T,
  empty: T,
): (name: string) => T {
  const fragments = fragmentsOf(context);
  const done = new Map<string, T>();
  const busy = new Set<string>();
  const ofFragment = (name: string): T => {
    const known = done.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || busy.has(name)) return empty;
    busy.add(name);
    const value = compute(fragment.selectionSet, ofFragment);
    busy.delete(name);
    done.set(name, value);
    return value;
  };
  return ofFragment;
}

/**
 * Refuses operations nested deeper than `max` selection levels, so that one request cannot ask
 * for an unbounded tree. Fragments are followed; each is measured once (linear in the document).
 *
 * Introspection's `ofType` adds no level: it is one type (or null) below another, never a list,
 * so a chain of them cannot fan out, and the standard introspection query (graphql-js
 * `getIntrospectionQuery()`, the one GraphiQL sends) nests it nine deep to unwrap `[[T!]!]!`.
 * Every other introspection field (`types`, `fields`, `args`, …) counts like any field. The rule
 * sees names, not types: the API's own schema has no field called `ofType` (depth-limit.spec.ts).
 */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    /** Nested selection-set levels below a selection set. */
    const depthBelow = (set: SelectionSetNode, ofFragment: (name: string) => number): number =>
      Math.max(
        0,
        ...set.selections.map((s) => {
          if (s.kind === Kind.FRAGMENT_SPREAD) return ofFragment(s.name.value);
          if (s.kind === Kind.INLINE_FRAGMENT) return depthBelow(s.selectionSet, ofFragment);
          // A level is a field with a selection set of its own; leaf fields add none.
          if (!s.selectionSet) return 0;
          return (s.name.value === 'ofType' ? 0 : 1) + depthBelow(s.selectionSet, ofFragment);
        }),
      );
    const fragmentDepth = fragmentMemo(context, depthBelow, 0);
    return {
      OperationDefinition(operation) {
        const depth = depthBelow(operation.selectionSet, fragmentDepth);
        if (depth > max) {
          context.reportError(
            new GraphQLError(`This query is nested too deeply (more than ${max} levels).`, {
              nodes: [operation],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          );
        }
      },
    };
  };
}
