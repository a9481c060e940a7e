import {html} from 'lit';
import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import {withActions} from 'storybook/actions/decorator';
import {sourceLocale} from '../src/generated/locale-codes.js';
import {PSEUDO_LOCALE, allowPseudoLocale, setLocale} from '../src/internal/localization.js';
import LOCALE_TABLE from '../src/locales.json';
import manifest from '../custom-elements.json';
import './themes.css';
import '../src/generated/translations/all.js';

// Controls and the docs tables (properties, attributes, events, slots,
// CSS parts and custom properties) come from the JSDoc, via the manifest.
setCustomElementsManifest(manifest);

// The locale toolbar switches every element at once (the locale is
// page-wide). The pseudo-locale (longer, accented, bracketed text) shows
// where a longer translation would clip or overflow; it is never shipped.
document.documentElement.lang = sourceLocale;
allowPseudoLocale(() => import('../src/generated/locales/en-XA.js'));
/** Each locale of the table (src/locales.json) in its own name, with its state: "Cymraeg (draft)". */
const LANGUAGES = LOCALE_TABLE.map(({code, ownName, state, dir}) => ({
  value: code,
  title: `${ownName} (${dir === 'rtl' ? `${state}, right to left` : state})`,
}));

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
    locale: {
      description: 'Language of every widget (page-wide, as on a partner page)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [...LANGUAGES, {value: PSEUDO_LOCALE, title: 'Pseudo-locale (tests only)'}],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {theme: 'default', locale: sourceLocale},
  decorators: [
    withActions,
    (story, {globals}) => {
      void setLocale(globals.locale ?? sourceLocale);
      return story();
    },
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
