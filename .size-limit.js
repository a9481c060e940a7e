// The size budgets (npm run size, in CI), brotli:
// - the script-tag bundle, in English, with Lit and @lit/localize;
// - each translation file beside it (loaded only on a page in its language);
// - each element imported alone through its define.js, bundled as a
//   developer's bundler would (esbuild, minified, Lit and @lit/localize
//   included). Translations are left out: each is a chunk of its own that
//   only a page in that language loads.
import {readdirSync} from 'node:fs';

const ELEMENTS = ['quick-exit', 'report-contact', 'campaign-banner', 'sexting-tips', 'signs-checklist', 'topic-guide'];
const TRANSLATIONS = readdirSync('dist/locales').filter((name) => name.endsWith('.js'));

export default [
  {
    name: 'dist/safeguarding-widgets.js (every element, English)',
    path: 'dist/safeguarding-widgets.js',
    limit: '15000 B',
    brotli: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  ...TRANSLATIONS.map((name) => ({
    name: `dist/locales/${name}`,
    path: `dist/locales/${name}`,
    limit: '3500 B',
    brotli: true,
    disablePlugins: ['@size-limit/esbuild'],
  })),
  ...ELEMENTS.map((element) => ({
    name: `${element} alone (import 'safeguarding-widgets/${element}/define.js')`,
    path: `dist/${element}/define.js`,
    limit: '9000 B',
    brotli: true,
    modifyEsbuildConfig: (config) => ({
      ...config,
      format: 'esm',
      external: ['./locales/*'],
    }),
  })),
];
