import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fragmentsOf } from './depth-limit.js';

export interface RootFieldLimits {
  /** Top-level fields (aliases included) in one operation. */
  maxRootFields: number;
  /** Top-level fields that each run a whole computation (matching, search, progress). */
  maxCostly: number;
  costlyFields: ReadonlySet<string>;
}

/**
 * Refuses operations that ask for too many top-level fields, or too many costly ones. Aliases let
 * one request call `matchesForParticipant` hundreds of times (each one a match run and an audit
 * row); the depth limit does not see that. Fragments and inline fragments at the root are followed.
 */
export function rootFieldLimit(limits: RootFieldLimits): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = fragmentsOf(context);
    const rootFields = (set: SelectionSetNode, seen: Set<string>): string[] =>
      set.selections.flatMap((s) => {
        if (s.kind === Kind.FIELD) return [s.name.value];
        if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, seen);
        const fragment = fragments.get(s.name.value);
        if (!fragment || seen.has(s.name.value)) return [];
        return rootFields(fragment.selectionSet, new Set([...seen, s.name.value]));
      });
    return {
      OperationDefinition(operation) {
        const fields = rootFields(operation.selectionSet, new Set());
        const costly = fields.filter((f) => limits.costlyFields.has(f)).length;
        const problem =
          fields.length > limits.maxRootFields
            ? `This operation asks for ${fields.length} top-level fields; at most ${limits.maxRootFields} are allowed in one request.`
            : costly > limits.maxCostly
              ? `This operation runs ${costly} matching, search or progress queries; at most ${limits.maxCostly} are allowed in one request.`
              : undefined;
        if (problem) {
          context.reportError(
            new GraphQLError(problem, {
              nodes: [operation],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
          );
        }
      },
    };
  };
}
