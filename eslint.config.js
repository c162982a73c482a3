// Lint rules, at the root so editors find them. Beyond the recommended sets, it enforces
// habits of the project with the reason in the message.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      'no-undef': 'off', // TypeScript checks names
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
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
);
