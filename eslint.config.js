import { readdirSync } from 'node:fs'

import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import checkFile from 'eslint-plugin-check-file'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** One door per heavy library: only the features named here may import it. */
const OWNERS = {
  leaflet: ['map'],
  'react-leaflet': ['map'],
  recharts: ['charts', 'timeline'],
}

const LIBRARIES = {
  react: 'src/features, src/shared/ui and src/app (src/domain stays pure)',
  zustand: 'src/store',
  leaflet: 'src/features/map',
  'react-leaflet': 'src/features/map',
  recharts: 'src/features/charts and src/features/timeline',
}

/** `libraries` are the heavy libraries the files of one layer must not import. */
function layer(files, { libraries, ignores = [] }) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: libraries.map((name) => ({
            name,
            message: `Import "${name}" only inside ${LIBRARIES[name]}.`,
          })),
        },
      ],
    },
  }
}

/**
 * The layer fence, checked on resolved paths (relative imports included):
 * shared ← domain ← store ← features ← app. `src/config` sits with `shared` at the bottom;
 * features never import each other; `src/testing` is for tests only.
 */
const LAYERS = [
  'src/shared',
  'src/config',
  'src/domain',
  'src/store',
  'src/features',
  'src/app',
]
const ABOVE = {
  'src/shared': ['src/domain', 'src/store', 'src/features', 'src/app'],
  'src/config': ['src/domain', 'src/store', 'src/features', 'src/app'],
  'src/domain': ['src/store', 'src/features', 'src/app'],
  'src/store': ['src/features', 'src/app'],
  'src/features': ['src/app'],
  'src/app': [],
}
const LAYER_MESSAGE = 'Layers import one way: shared ← domain ← store ← features ← app.'

function fenceZones({ tests }) {
  return [
    ...LAYERS.flatMap((target) =>
      ABOVE[target].length
        ? [
            {
              target: `./${target}`,
              from: ABOVE[target].map((f) => `./${f}`),
              message: LAYER_MESSAGE,
            },
          ]
        : [],
    ),
    {
      target: './src/domain',
      from: './src/shared/ui',
      message: 'The domain stays free of React: shared/ui is for features and app.',
    },
    ...FEATURES.map((feature) => ({
      target: `./src/features/${feature}`,
      from: './src/features',
      except: [`./${feature}`],
      message: 'Features never import each other: compose them in src/app.',
    })),
    ...(tests
      ? []
      : [
          {
            target: './src',
            from: './src/testing',
            message: 'src/testing is for tests only.',
          },
        ]),
  ]
}

const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'src/testing/**/*.{ts,tsx}']

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'data',
      'public',
      'bench-results',
      'bench/.out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'check-file': checkFile },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-duplicate-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data text is never rendered as HTML.',
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
      'jsx-a11y': jsxA11y,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-refresh/only-export-components': [
        'error',
        { allowConstantExport: true, extraHOCs: ['later'] },
      ],
    },
  },
  layer(['src/domain/**/*.ts'], {
    libraries: ['react', 'zustand', 'leaflet', 'react-leaflet', 'recharts'],
  }),
  layer(['src/shared/**/*.{ts,tsx}'], {
    libraries: ['zustand', 'leaflet', 'react-leaflet', 'recharts'],
  }),
  layer(['src/store/**/*.ts'], {
    libraries: ['leaflet', 'react-leaflet', 'recharts'],
  }),
  ...FEATURES.map((feature) =>
    layer([`src/features/${feature}/**/*.{ts,tsx}`], {
      libraries: ['zustand', 'leaflet', 'react-leaflet', 'recharts'].filter(
        (name) => !OWNERS[name]?.includes(feature),
      ),
    }),
  ),
  layer(['src/app/**/*.{ts,tsx}', 'src/testing/**/*.{ts,tsx}', 'src/*.{ts,tsx}'], {
    libraries: ['zustand', 'leaflet', 'react-leaflet', 'recharts'],
  }),
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions':
        importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: fenceZones({ tests: false }) },
      ],
      // Type-only imports are not cycles at run time (zustand's slices pattern needs them).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: TEST_FILES,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: fenceZones({ tests: true }) },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.ts',
      'tests/**/*.ts',
      'deploy/**/*.ts',
      '*.config.{ts,js}',
      'eslint.config.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
)
