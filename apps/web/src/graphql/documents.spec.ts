import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  buildSchema,
  Kind,
  NoUnusedFragmentsRule,
  parse,
  specifiedRules,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';

/**
 * Every GraphQL operation of the web app must validate against the repository's schema.gql, and
 * the typed documents in src/gql must be what the code generator makes of them today — so a
 * change to the API's contract that breaks the web app fails `npm test`, not a user's screen.
 */
const root = process.cwd();
const src = join(root, 'apps/web/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** The text of every graphql(`…`) call, with the file it is in. */
const documents = sources(src).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`\s*\)/g)].map((m) => ({
    file: relative(root, file),
    text: m[1],
  })),
);
const schema = buildSchema(readFileSync(join(root, 'schema.gql'), 'utf8'));

/** Every fragment the app defines, by name: the code generator adds the ones an operation spreads. */
const fragments = new Map(
  documents
    .flatMap((d) => parse(d.text).definitions)
    .filter((def): def is FragmentDefinitionNode => def.kind === Kind.FRAGMENT_DEFINITION)
    .map((def) => [def.name.value, def]),
);

/** A document as it is sent: its own definitions and, transitively, the fragments they spread. */
function asSent(document: DocumentNode): DocumentNode {
  const definitions: DefinitionNode[] = [...document.definitions];
  const named = new Set(
    definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
  );
  for (let i = 0; i < definitions.length; i++)
    visit(definitions[i], {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment && !named.has(node.name.value)) {
          named.add(node.name.value);
          definitions.push(fragment);
        }
      },
    });
  return { ...document, definitions };
}

/** A fragment on its own is used by the operations that spread it, not by its own document. */
const rulesFor = (document: DocumentNode) =>
  document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)
    ? specifiedRules
    : specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

describe('the web app’s GraphQL operations', () => {
  it('are found', () => {
    expect(documents.length).toBeGreaterThan(1);
  });

  it.each(documents.map((d) => [d.file, d.text.trim().split('\n')[0], d.text] as const))(
    '%s: %s validates against schema.gql',
    (_file, _name, text) => {
      let document: DocumentNode;
      expect(() => (document = asSent(parse(text)))).not.toThrow();
      expect(validate(schema, document!, rulesFor(document!)).map((e) => e.message)).toEqual([]);
    },
  );

  it('have unique operation names', () => {
    const names = documents.flatMap((d) =>
      parse(d.text).definitions.flatMap((def) => ('name' in def && def.name ? [def.name.value] : [])),
    );
    expect(names.length).toBe(new Set(names).size);
  });

  it('match the committed typed documents in src/gql (run `npm run codegen:web` after a change)', () => {
    const out = mkdtempSync(join(tmpdir(), 'plekwijzer-codegen-'));
    try {
      // The generator's CLI in its own process: its presets load as ES modules, which Jest's
      // module loader cannot do.
      execFileSync(
        process.execPath,
        ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'apps/web/codegen.ts', '--silent'],
        { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '', CODEGEN_OUT: `${out}/` } },
      );
      const generated = readdirSync(out).sort();
      expect(generated).toEqual(readdirSync(join(src, 'gql')).sort());
      for (const name of generated) {
        const same = readFileSync(join(out, name), 'utf8') === readFileSync(join(src, 'gql', name), 'utf8');
        expect({ name, upToDate: same }).toEqual({ name, upToDate: true });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
