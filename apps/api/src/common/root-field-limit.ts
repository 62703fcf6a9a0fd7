import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fragmentMemo } from './depth-limit.js';

export interface RootFieldLimits {
  /** Top-level fields (aliases included) in one operation. */
  maxRootFields: number;
  /** Top-level fields that each run a whole computation (matching, search, progress). */
  maxCostly: number;
  costlyFields: ReadonlySet<string>;
}

interface RootCount {
  fields: number;
  costly: number;
}

/**
 * Refuses operations that ask for too many top-level fields, or too many costly ones. Aliases let
 * one request call `matchesForParticipant` hundreds of times (each one a match run and an audit
 * row); the depth limit does not see that. Fragments and inline fragments at the root are followed,
 * each counted once and multiplied by its spreads (linear in the document).
 */
export function rootFieldLimit(limits: RootFieldLimits): ValidationRule {
  return (context: ValidationContext) => {
    const count = (set: SelectionSetNode, ofFragment: (name: string) => RootCount): RootCount =>
      set.selections.reduce<RootCount>(
        (sum, s) => {
          const part =
            s.kind === Kind.FIELD
              ? { fields: 1, costly: limits.costlyFields.has(s.name.value) ? 1 : 0 }
              : s.kind === Kind.INLINE_FRAGMENT
                ? count(s.selectionSet, ofFragment)
                : ofFragment(s.name.value);
          return { fields: sum.fields + part.fields, costly: sum.costly + part.costly };
        },
        { fields: 0, costly: 0 },
      );
    const fragmentCount = fragmentMemo(context, count, { fields: 0, costly: 0 });
    return {
      OperationDefinition(operation) {
        const { fields, costly } = count(operation.selectionSet, fragmentCount);
        const problem =
          fields > limits.maxRootFields
            ? `This operation asks for ${fields} top-level fields; at most ${limits.maxRootFields} are allowed in one request.`
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
