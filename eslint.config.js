// Type-aware linting for the whole monorepo (apps, libs, tests, scripts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Libs are reused by apps and never the other way round. */
const LIBS_NEVER_IMPORT_APPS = {
  regex: String.raw`^(@plekwijzer/api(/|$)|(\.\./)+apps/)`,
  message: 'A lib never imports an app: move the shared code into a lib, or the app-only code into the app.',
};
/** The engine, geography, insights suppression and search core are plain TypeScript: no framework, no ORM, no driver. */
const PURE_LIBS_NEVER_IMPORT_FRAMEWORKS = {
  regex: String.raw`^(@nestjs/|typeorm($|/)|pg($|/)|@electric-sql/)`,
  message:
    'A pure lib imports no Nest, TypeORM or database driver: pass plain data in, or put the adapter in an app.',
};
const PURE_LIBS = [
  'libs/matching/**/*.ts',
  'libs/geo/**/*.ts',
  'libs/insights/**/*.ts',
  'libs/domain/**/*.ts',
  'libs/search/src/types.ts',
  'libs/search/src/text.ts',
  'libs/search/src/meilisearch-filter.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', '.build-test/**', 'node_modules/**', 'coverage/**', '.data/**', '*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Nest resolvers return promises from thin methods; decorators need classes with only static members sometimes.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  // The GraphiQL page's entry runs in the browser (bundled by tools/build-graphiql.mjs).
  {
    files: ['apps/graphiql/**/*.mjs'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', Worker: 'readonly', URL: 'readonly' },
    },
  },
  // Boundaries (docs: DESIGN.md §2). Cycles are checked by `npm run lint:cycles`.
  {
    files: ['libs/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [LIBS_NEVER_IMPORT_APPS] }],
    },
  },
  {
    files: PURE_LIBS,
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [LIBS_NEVER_IMPORT_APPS, PURE_LIBS_NEVER_IMPORT_FRAMEWORKS] },
      ],
    },
  },
  {
    files: ['apps/api/src/modules/**/*.ts'],
    // The demo seeder writes every feature's rows, like the scripts; its rewrite as data is apart.
    ignores: ['apps/api/src/modules/demo/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A feature's entities are private: another feature calls its service. Types may
              // travel (a service returns its rows), queries may not.
              regex: String.raw`^@plekwijzer/api/modules/[^/]+/.*\.entity\.js$`,
              allowTypeImports: true,
              message:
                "Another feature's entity is private to it: call that feature's exported service (pass the EntityManager inside a transaction).",
            },
            {
              regex: String.raw`^\.\./\.\./`,
              message: 'Use the @plekwijzer/api/... alias across folders, never ../',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'libs/testing/**', 'test/support/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // expect(obj.method) and jest mocks pass methods around on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
