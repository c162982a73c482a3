// Lint rules, at the root so editors find them. Beyond the recommended sets, it enforces
// habits of the project with the reason in the message.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Relative paths, and the root aliases of .wxt/tsconfig.json (@/, ~/, @@/, ~~/), which reach it too.
const NO_BACKGROUND = {
  regex: '^(?:(?:\\.\\./)+(?:lib/)?|(?:@@|@|~~|~)/lib/)background(?:/|$)',
  message: 'The background is trusted and runs alone: talk to it with messages (lib/ui/ask.ts, lib/messages).',
};
const NO_BROWSER = {
  name: 'wxt/browser',
  message: 'Components are views: take browser calls as props or through lib/ui.',
};

export default tseslint.config(
  {
    ignores: [
      'dist-cli/**',
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'shots/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
      // Type-aware rules (a promise nobody awaits, an `any` that leaks) ask the compiler.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'no-undef': 'off', // TypeScript checks names
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Preact hooks follow React's rules: called unconditionally, effects list what they read.
    files: ['components/**', 'entrypoints/**', 'lib/ui/**'],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  // Plain scripts (the build, the generator, this file) are outside the TypeScript project.
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  {
    // Tests read JSON answers as `any`, write fakes of async interfaces that need no await and
    // hand methods to `expect`: those rules would only add casts. The promise rules stay on.
    files: ['test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'lib/**', 'bin/**'],
    ignores: ['lib/scalingo/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only lib/scalingo talks to the network (docs/architecture.md, security model).' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'API and page strings must render as text: use textContent or JSX.' },
        { property: 'outerHTML', message: 'API and page strings must render as text.' },
        { property: 'insertAdjacentHTML', message: 'API and page strings must render as text.' },
      ],
    },
  },
  // Zones (docs/architecture.md): the background's code runs in its worker only; pages and the
  // content script reach it by messages. Views get the browser through lib/ui, not wxt/browser.
  // test/meta/lint-zones.test.ts proves each is caught.
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_BROWSER], patterns: [NO_BACKGROUND] }] },
  },
  {
    // lib/overlay-advice is the background's side of the overlay, but its types and views are bundled into the content script.
    files: ['lib/overlay-page/**', 'lib/overlay-advice/**', 'entrypoints/dashboard.content.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_BACKGROUND] }] },
  },
);
