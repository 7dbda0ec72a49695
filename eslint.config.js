// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-test-hooks',
      'coverage',
      'test-results',
      'playwright-report',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text: no dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    // Tests index into lists they have just asserted the length of.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The layers described in the README's "Layout" section, enforced rather than remembered.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'boot', pattern: 'src/boot.ts', mode: 'file' },
        { type: 'head-script', pattern: 'src/horizon-mark.ts', mode: 'file' },
        { type: 'main', pattern: 'src/main.tsx', mode: 'file' },
        { type: 'server-entry', pattern: 'src/entry-server.tsx', mode: 'file' },
        { type: 'app', pattern: 'src/app' },
        { type: 'api', pattern: 'src/api' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'components', pattern: 'src/components' },
        { type: 'lib', pattern: 'src/lib' },
        { type: 'mock-api', pattern: 'src/mock-api' },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} must not import ${dependency.type} (see "Layout" in README.md)',
          rules: [
            { from: 'boot', allow: ['app'] },
            { from: 'head-script', allow: ['lib'] },
            { from: 'main', allow: ['app', 'api', 'lib', 'mock-api'] },
            { from: 'server-entry', allow: ['app', 'api', 'lib', 'mock-api'] },
            { from: 'app', allow: ['app', 'api', 'feature', 'components', 'lib'] },
            {
              from: 'feature',
              allow: ['api', 'components', 'lib', ['feature', { feature: '${from.feature}' }]],
            },
            { from: 'components', allow: ['components', 'api', 'lib'] },
            { from: 'lib', allow: ['lib', 'api'] },
            { from: 'api', allow: ['api', 'lib'] },
            { from: 'mock-api', allow: ['mock-api', 'api', 'lib'] },
          ],
        },
      ],
    },
  },
);
