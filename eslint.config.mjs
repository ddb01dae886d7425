import nx from '@nx/eslint-plugin';

/** Rules for libs only: spread into each lib's eslint.config.mjs. */
export const libRules = [
  {
    // Configuration is parsed once, in the apps' main.ts, and passed down (STYLE.md).
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Only apps read process.env: take the value as a parameter.',
        },
      ],
    },
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          // Who may import whom (ARCHITECTURE.md §2): the schema depends on nothing of ours,
          // webhook-api never imports the graph, libs never import apps.
          depConstraints: [
            { sourceTag: 'type:schema', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:config', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'type:data',
              onlyDependOnLibsWithTags: ['type:schema'],
            },
            {
              sourceTag: 'type:client',
              onlyDependOnLibsWithTags: ['type:schema'],
            },
            {
              sourceTag: 'type:queue',
              onlyDependOnLibsWithTags: ['type:schema'],
            },
            // The salon's vocabulary (services, stylists, Spanish names, wall clock): no storage.
            { sourceTag: 'type:salon', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: [
                'type:schema',
                'type:data',
                'type:salon',
              ],
            },
            // Understanding a message reads the salon's vocabulary, never its storage.
            {
              sourceTag: 'type:nlu',
              onlyDependOnLibsWithTags: [
                'type:schema',
                'type:util',
                'type:salon',
              ],
            },
            {
              sourceTag: 'type:graph',
              onlyDependOnLibsWithTags: [
                'type:schema',
                'type:util',
                'type:salon',
                'type:domain',
                'type:nlu',
              ],
            },
            {
              sourceTag: 'app:webhook-api',
              onlyDependOnLibsWithTags: [
                'type:schema',
                'type:config',
                'type:util',
                'type:data',
                'type:client',
                'type:queue',
              ],
            },
            {
              sourceTag: 'app:agent-worker',
              onlyDependOnLibsWithTags: [
                'type:schema',
                'type:config',
                'type:util',
                'type:data',
                'type:client',
                'type:queue',
                'type:graph',
                'type:salon',
                'type:domain',
                'type:nlu',
              ],
            },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'app:console',
              onlyDependOnLibsWithTags: [
                'type:schema',
                'type:config',
                'type:util',
                'type:data',
                'type:queue',
                'type:salon',
                'type:domain',
                'type:contract',
              ],
            },
            {
              sourceTag: 'app:console-web',
              onlyDependOnLibsWithTags: ['type:contract'],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: [
                'type:schema',
                'type:config',
                'type:util',
                'type:data',
                'type:client',
                'type:queue',
                'type:domain',
                'type:nlu',
              ],
            },
            // Benchmarks, `npm run chat` and the database scripts: every lib, and the e2e harness.
            {
              sourceTag: 'type:tools',
              onlyDependOnLibsWithTags: [
                'type:schema',
                'type:config',
                'type:util',
                'type:data',
                'type:client',
                'type:queue',
                'type:domain',
                'type:nlu',
                'type:graph',
                'type:contract',
                'type:e2e',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // Test doubles live in `@atrevete/<lib>/testing` entries: specs, testing code, e2e and tools may import them,
    // production code may not (the apps' CommonJS bundles would carry them, and `@atrevete/db/testing` needs
    // import.meta). Patterns are relative to the workspace root, whichever project's config spreads this one.
    basePath: import.meta.dirname,
    files: ['**/*.ts', '**/*.tsx'],
    ignores: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/testing/**',
      '**/testing.ts',
      'apps/e2e/**',
      'tools/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@atrevete/*/testing'],
              message:
                'Testing entries are for specs, e2e and tools only: production code imports the main entry.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/*.ts',
      '**/*.tsx',
      '**/*.cts',
      '**/*.mts',
      '**/*.js',
      '**/*.jsx',
      '**/*.cjs',
      '**/*.mjs',
    ],
    // Override or add rules here
    rules: {},
  },
];
