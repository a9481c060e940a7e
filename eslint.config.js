import js from '@eslint/js';
import chaiExpect from 'eslint-plugin-chai-expect';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import mocha from 'eslint-plugin-mocha';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/consumers/ holds apps type-checked against the packed package (test/node/package.test.js).
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
  // Lit templates, their accessibility, and custom elements: wherever
  // elements are written or templates rendered.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'builder/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
    // eslint-plugin-wc knows an element by its base class.
    settings: {wc: {elementBaseClasses: ['LitElement', 'SafeguardElement', 'SafeguardHeadedElement']}},
  },
  // Tests: every expect() asserts something, and none is focused or skipped.
  {
    files: ['test/**'],
    extends: [chaiExpect.configs['recommended-flat']],
    plugins: {mocha},
    rules: {
      'mocha/no-exclusive-tests': 'error',
      'mocha/no-pending-tests': 'error',
      // Chai's `expect(x).to.be.true` reads as an expression.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  // Build, test and demo tooling that runs in Node, and the node:test suites
  // (test/node/: the packed package, WordPress, Storybook).
  {
    files: ['*.js', '*.mjs', 'scripts/**', 'tools/**', 'test/node/**', 'test/support/webkit-launcher.js', 'test/support/timing-reporter.js'],
    languageOptions: {globals: globals.node},
  }
);
