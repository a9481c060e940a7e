import {html} from 'lit';
import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import {withActions} from 'storybook/actions/decorator';
import {sourceLocale} from '../src/generated/locale-codes.js';
import manifest from '../custom-elements.json';
import './themes.css';

// Controls and the docs tables (properties, attributes, events, slots,
// CSS parts and custom properties) come from the JSDoc, via the manifest.
setCustomElementsManifest(manifest);

// The elements pick their locale from <html lang> when the first one
// starts. en-GB is the only locale so far, so there is no locale switch in
// the toolbar yet: it would have nothing to switch to. When a translation
// is added, add a `locale` global here; it needs `setLocale` exported from
// src/internal/localization.ts to switch the strings of a page that has
// already started.
document.documentElement.lang = sourceLocale;

const THEMES = ['default', 'dark', 'high-contrast'] as const;

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Partner theme (only --safeguard-* properties and ::part())',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          {value: 'default', title: 'Default (white page)'},
          {value: 'dark', title: 'Dark partner site'},
          {value: 'high-contrast', title: 'High contrast'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {theme: 'default'},
  decorators: [
    withActions,
    (story, {globals, parameters}) => {
      if (parameters.theme?.disable) return story();
      const theme = (THEMES as readonly string[]).includes(globals.theme) ? globals.theme : 'default';
      return html`<div class="sgw-theme" data-sgw-theme=${theme}>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: {expanded: true, sort: 'requiredFirst'},
    // Every event the elements fire shows in the Actions panel.
    actions: {
      handles: ['safeguard-checklist-change', 'safeguard-dismiss', 'safeguard-exit'],
    },
    a11y: {
      // Violations fail the story (in the a11y panel and in test runs).
      test: 'error',
    },
    docs: {
      toc: true,
    },
  },
};

export default preview;
