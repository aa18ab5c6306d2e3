import { readdirSync } from 'node:fs'

import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import checkFile from 'eslint-plugin-check-file'
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

/**
 * Layers import one way: domain ← shared ← store ← features ← app, and features never import
 * each other. `libraries` are the heavy libraries this layer must not import.
 */
function layer(files, { libraries, layers, ignores = [] }) {
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
          patterns: layers.length
            ? [
                {
                  group: layers,
                  message: 'Imports flow domain ← shared ← store ← features ← app.',
                },
              ]
            : [],
        },
      ],
    },
  }
}

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
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
    },
  },
  layer(['src/domain/**/*.ts'], {
    libraries: ['react', 'zustand', 'leaflet', 'react-leaflet', 'recharts'],
    layers: ['@/shared/*', '@/store/*', '@/features/*', '@/app/*'],
  }),
  layer(['src/shared/**/*.{ts,tsx}'], {
    libraries: ['zustand', 'leaflet', 'react-leaflet', 'recharts'],
    layers: ['@/store/*', '@/features/*', '@/app/*'],
  }),
  layer(['src/store/**/*.ts'], {
    libraries: ['leaflet', 'react-leaflet', 'recharts'],
    layers: ['@/features/*', '@/app/*'],
  }),
  ...FEATURES.map((feature) =>
    layer([`src/features/${feature}/**/*.{ts,tsx}`], {
      libraries: ['zustand', 'leaflet', 'react-leaflet', 'recharts'].filter(
        (name) => !OWNERS[name]?.includes(feature),
      ),
      layers: ['@/app/*', '@/features/*', `!@/features/${feature}/*`],
    }),
  ),
  layer(['src/app/**/*.{ts,tsx}', 'src/testing/**/*.{ts,tsx}', 'src/*.{ts,tsx}'], {
    libraries: ['zustand', 'leaflet', 'react-leaflet', 'recharts'],
    layers: [],
  }),
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', '*.config.{ts,js}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
)
