import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { selectedFieldPaths } from './selection.js';

/** The info a resolver of the operation's first root field would get. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments };
}

describe('selectedFieldPaths', () => {
  it('lists every selected path by field name, not by alias', () => {
    const paths = selectedFieldPaths(
      infoOf(
        `{ m: matchesForParticipant(participantId: "x") { total: totalCandidates matches { checks { passed nl: detailNl } } } }`,
      ),
    );
    expect([...paths].sort()).toEqual([
      'matches',
      'matches.checks',
      'matches.checks.detailNl',
      'matches.checks.passed',
      'totalCandidates',
    ]);
  });

  it('follows named and inline fragments, also nested ones', () => {
    const paths = selectedFieldPaths(
      infoOf(`query { matchesForParticipant(participantId: "x") { ...Result } }
        fragment Result on MatchResult { nearMisses { ... on NearMiss { checks { ...Detail } } } }
        fragment Detail on MatchCheck { detailEn }`),
    );
    expect(paths.has('nearMisses.checks.detailEn')).toBe(true);
    expect(paths.has('nearMisses.checks.detailNl')).toBe(false);
  });

  it('counts a field under @include or @skip as selected, whatever the variables', () => {
    const paths = selectedFieldPaths(
      infoOf(
        `query($t: Boolean!) { matchesForParticipant(participantId: "x") { matches { scoreBreakdown { detailNl @include(if: $t) points @skip(if: true) } } } }`,
      ),
    );
    expect(paths.has('matches.scoreBreakdown.detailNl')).toBe(true);
    expect(paths.has('matches.scoreBreakdown.points')).toBe(true);
  });

  it('gives the same answer from its cache for the same field node', () => {
    const info = infoOf(`{ matchesForParticipant(participantId: "x") { matches { score } } }`);
    expect(selectedFieldPaths(info)).toBe(selectedFieldPaths(info));
    expect([...selectedFieldPaths(info)]).toEqual(['matches', 'matches.score']);
  });
});
