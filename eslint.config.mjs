import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import nx from '@nx/eslint-plugin';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      '**/node_modules/**',
      '**/coverage/**',
      'apps/web/src/lib/graphql/generated/**',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser },
    },
  },
  {
    // Layers of the API: the database and the file system are reached only through repositories,
    // persistence schemas and clearly named adapters, so services and resolvers stay testable and
    // a change of storage touches one kind of file.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/**/*.repository.ts',
      'apps/api/src/**/*.schema.ts',
      'apps/api/src/**/*.module.ts',
      'apps/api/src/**/*.adapter.ts',
      'apps/api/src/**/*.spec.ts',
      'apps/api/src/database/**',
      'apps/api/src/config/**',
      'apps/api/src/cli/**',
      'apps/api/src/emit-schema.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'mongoose',
            'mongodb',
            '@nestjs/mongoose',
            'fs',
            'fs/promises',
            'node:fs',
            'node:fs/promises',
          ].map((name) => ({
            name,
            message:
              'I/O belongs in a *.repository.ts, *.schema.ts or *.adapter.ts file (see docs/ARCHITECTURE.md).',
          })),
        },
      ],
    },
  },
  {
    // The engine runs in the browser and on the server: pure TypeScript plus xstate, nothing else.
    files: ['libs/course-engine/src/**/*.ts'],
    ignores: ['libs/course-engine/src/**/*.spec.ts', 'libs/course-engine/src/__fixtures__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!xstate$|\\.{1,2}/)',
              message:
                'The engine may import only xstate and its own modules (it runs in browser and server).',
            },
          ],
        },
      ],
    },
  },
  {
    // Decorated Nest classes need their constructor-injected types at runtime.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
