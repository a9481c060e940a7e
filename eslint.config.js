import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/consumers/ holds apps type-checked against the packed package (scripts/test-package.js).
  {ignores: ['dist/', 'storybook-static/', 'src/generated/', 'coverage/', 'test/consumers/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  // Code that runs in the browser.
  {
    files: ['src/**', 'stories/**', 'test/**', '.storybook/**', 'demo/**', 'builder/**'],
    languageOptions: {globals: {...globals.browser, ...globals.mocha}},
  },
  // The WordPress block editor script: the browser, and WordPress's `wp` global.
  {
    files: ['wordpress/editor/**'],
    languageOptions: {globals: {...globals.browser, wp: 'readonly'}},
  },
  // Chai's `expect(x).to.be.true` reads as an expression.
  {
    files: ['test/**'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  // Build, test and demo tooling that runs in Node.
  {
    files: ['*.js', '*.mjs', 'scripts/**', 'test/support/webkit-launcher.js'],
    languageOptions: {globals: globals.node},
  }
);
