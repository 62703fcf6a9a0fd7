import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { OperationTooLarge, operationCost } from './query-cost.js';

const schema = buildSchema(`
  type Item { id: ID, name: String, child: Item }
  type ItemEdge { node: Item }
  type ItemConnection { totalCount: Int, edges: [ItemEdge] }
  type Other { id: ID, label: String }
  union Thing = Item | Other
  type Query { items(first: Int): ItemConnection, thing: Thing, item: Item }
`);

/** The cost of a query that graphql-js finds valid (the plugin only sees validated documents). */
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  expect(validate(schema, document, specifiedRules)).toEqual([]);
  return operationCost(schema, document, variables);
};

describe('operationCost', () => {
  // items(first: 10) { edges { node { id name } } }: node 1 + 2 = 3, edges 1 + 3 = 4,
  // items 1 + 10 × 4 = 41.
  const plain = '{ items(first: 10) { edges { node { id name } } } }';

  it('counts each field once, and a list’s fields once per item', () => {
    expect(cost(plain)).toBe(41);
  });

  it('counts a field selected again through a fragment or an inline fragment once, as it runs once', () => {
    expect(
      cost(`{
        items(first: 10) { edges { node { id ...N } } ...C ... on ItemConnection { edges { node { name } } } }
      }
      fragment N on Item { id name }
      fragment C on ItemConnection { edges { node { id } } }`),
    ).toBe(41);
    // The same fragment spread twice in one selection set is collected once.
    expect(
      cost(`{ items(first: 10) { ...C ...C } } fragment C on ItemConnection { edges { node { id name } } }`),
    ).toBe(41);
    // The same field twice at the top: `items` is one field whose selection is both.
    expect(
      cost('{ items(first: 10) { edges { node { id } } } items(first: 10) { edges { node { name } } } }'),
    ).toBe(41);
  });

  it('counts aliases apart: they run apart', () => {
    // node 1 + 3 = 4, edges 1 + 4 = 5, items 1 + 10 × 5 = 51.
    expect(cost('{ items(first: 10) { edges { node { id name again: name } } } }')).toBe(51);
    // Two aliased lists: 2 × 41.
    expect(
      cost(
        `{ a: items(first: 10) { edges { node { id name } } } b: items(first: 10) { edges { node { id name } } } }`,
      ),
    ).toBe(82);
  });

  it('counts a field left out by @skip or @include only where another copy stays', () => {
    // name only through N: still 41; without it: node 1 + 1 = 2, edges 3, items 1 + 10 × 3 = 31.
    expect(
      cost(
        '{ items(first: 10) { edges { node { id name @skip(if: true) ...N } } } } fragment N on Item { name }',
      ),
    ).toBe(41);
    expect(
      cost('query($s: Boolean!) { items(first: 10) { edges { node { id name @include(if: $s) } } } }', {
        s: false,
      }),
    ).toBe(31);
  });

  it('takes the dearest type below a union, fragments on each type merged', () => {
    // Item: __typename id name = 3; Other: __typename id = 2; thing 1 + 3 = 4.
    expect(
      cost(`{ thing { __typename ... on Item { id name } ... on Item { name } ...T } }
      fragment T on Thing { __typename ... on Other { id } ... on Item { id } }`),
    ).toBe(4);
  });

  it('stops a walk that fragments spread in many places make too large', () => {
    const fragments = Array.from(
      { length: 20 },
      (_, i) =>
        `fragment F${i} on Item { ${i < 19 ? `a: child { ...F${i + 1} } b: child { ...F${i + 1} }` : 'id'} }`,
    ).join('\n');
    expect(() => cost(`{ item { ...F0 } }\n${fragments}`)).toThrow(OperationTooLarge);
  });
});
