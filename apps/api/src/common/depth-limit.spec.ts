import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  isObjectType,
  isInterfaceType,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { depthLimit } from './depth-limit.js';
import { rootFieldLimit } from './root-field-limit.js';

const schema = buildSchema(`
  type Node { name: String, child: Node }
  type Query { node: Node, costly: Node }
`);

const check = (query: string) =>
  validate(schema, parse(query), [
    ...specifiedRules,
    depthLimit(3),
    rootFieldLimit({ maxRootFields: 4, maxCostly: 1, costlyFields: new Set(['costly']) }),
  ]).map((e) => e.message);

describe('depthLimit and rootFieldLimit', () => {
  it('measure depth through fragments', () => {
    expect(check('{ node { child { child { name } } } }')).toEqual([]);
    expect(
      check(
        '{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { child { name } } }',
      ),
    ).toEqual(['This query is nested too deeply (more than 3 levels).']);
  });

  it('count root fields through every spread of a fragment', () => {
    expect(check('{ ...R ...R } fragment R on Query { a: node { name } b: node { name } }')).toEqual([]);
    expect(check('{ ...R ...R ...R } fragment R on Query { a: node { name } b: node { name } }')).toEqual([
      'This operation asks for 6 top-level fields; at most 4 are allowed in one request.',
    ]);
    expect(check('{ ...C ...C } fragment C on Query { costly { name } }')).toEqual([
      'This operation runs 2 matching, search or progress queries; at most 1 are allowed in one request.',
    ]);
  });

  it('do linear work on fragments that each spread the next twice', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Query { ${i < 39 ? `...F${i + 1} ...F${i + 1}` : 'node { name }'} }`,
    ).join('\n');
    const document = parse(`{ ...F0 }\n${fragments}`);
    const started = Date.now();
    const errors = validate(schema, document, [
      depthLimit(3),
      rootFieldLimit({ maxRootFields: 4, maxCostly: 1, costlyFields: new Set(['costly']) }),
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
    // 2^39 root fields through the spreads: counted, not walked.
    expect(errors.map((e) => e.message)).toEqual([
      `This operation asks for ${2 ** 39} top-level fields; at most 4 are allowed in one request.`,
    ]);
  });

  describe('on introspection', () => {
    const api = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));
    const apiRules = [
      depthLimit(12),
      rootFieldLimit({ maxRootFields: 20, maxCostly: 5, costlyFields: new Set<string>() }),
    ];

    it('let the standard introspection query (GraphiQL’s) through the limits the API uses', () => {
      const standard = parse(getIntrospectionQuery());
      expect(validate(api, standard, [...specifiedRules, ...apiRules])).toEqual([]);
    });

    it('still count the introspection fields that fan out', () => {
      const nested = `{ __schema { types { ${'fields { type { '.repeat(6)}name${' } }'.repeat(6)} } } }`;
      expect(validate(api, parse(nested), apiRules).map((e) => e.message)).toEqual([
        'This query is nested too deeply (more than 12 levels).',
      ]);
      expect(check('{ __type(name: "Node") { ofType { ofType { ofType { ofType { name } } } } } }')).toEqual(
        [],
      );
    });

    it('exempt `ofType` only because no type of the API has a field by that name', () => {
      const owners = Object.values(api.getTypeMap()).filter(
        (t) =>
          !t.name.startsWith('__') &&
          (isObjectType(t) || isInterfaceType(t)) &&
          Object.keys(t.getFields()).includes('ofType'),
      );
      expect(owners.map((t) => t.name)).toEqual([]);
    });
  });
});
