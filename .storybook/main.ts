import type {StorybookConfig} from '@storybook/web-components-vite';

/**
 * Storybook for designers: every element, variant, topic and theme.
 * Written by hand (`storybook init` cannot run here).
 */
const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  docs: {defaultName: 'Docs'},
  async viteFinal(config) {
    const {mergeConfig} = await import('vite');
    return mergeConfig(config, {
      // One copy of Lit in dev, or Lit warns "Multiple versions of Lit loaded".
      optimizeDeps: {include: ['lit', 'lit/directive-helpers.js']},
      // Storybook's own chunks are large; that is not our bundle (see size-limit).
      // Nor is how long each plugin took worth a warning.
      build: {chunkSizeWarningLimit: 2000, rolldownOptions: {checks: {pluginTimings: false}}},
      // Vite's TypeScript transform reads tsconfig.json
      // (useDefineForClassFields: false), so class fields do not shadow
      // Lit's reactive accessors, as in the library build. The story
      // "Report contact / Property set from script" proves it.
    });
  },
};

export default config;
