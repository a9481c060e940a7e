import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {readFileSync, readdirSync} from 'node:fs';
import {stripMsgDescriptions} from './scripts/rollup-strip-msg-desc.js';
import {TARGET_LOCALES} from './scripts/locales.js';

/** Ships the optional placeholder CSS (written by `npm run localize:build`) beside the bundle. */
const placeholders = {
  name: 'placeholders-css',
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'placeholders.css', source: readFileSync('src/generated/placeholders.css', 'utf8')});
  },
};

/**
 * Gives each of the script-tag file's translation files its own `html` and
 * `str` (what its messages are tagged with), so that it imports nothing:
 * the objects Lit's `html` and @lit/localize's `str` make (Lit's
 * TemplateResult, localize's StrResult), which the Lit inside
 * safeguarding-widgets.js, built in the same run, renders. One copy each:
 * a module shared by two translations would be a third file to load.
 */
const ownTemplateTags = {
  name: 'own-template-tags',
  resolveId: (source, importer) => (['lit', '@lit/localize'].includes(source) ? `\0template-tags?${importer}` : null),
  load: (id) =>
    id.startsWith('\0template-tags?')
      ? "export const html = (strings, ...values) => ({['_$litType$']: 1, strings, values});\n" +
        'export const str = (strings, ...values) => ({strTag: true, strings, values});\n'
      : null,
};

/** Minifies as the script-tag file is minified. */
const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    // keep_fargs: false drops unused parameters (it lets terser inline
    // Lit's property-renaming helper). Safe while no code reads a
    // function's `length`.
    compress: {passes: 3, unsafe_arrows: true, keep_fargs: false},
    format: {comments: false},
  });

const onwarn = (warning, warn) => {
  // Lit's `this` at the top of some helpers is expected in ES modules.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  // The one file a webmaster puts in a script tag: every element, Lit and
  // @lit/localize included, minified, in English. It loads a page's
  // translation from the file of its own beside it (below).
  {
    input: {'safeguarding-widgets': 'src/script-tag.ts'},
    output: {dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js'},
    plugins: [
      typescript({tsconfig: 'tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist', sourceMap: true}),
      stripMsgDescriptions(),
      // Strips white space from html`` and css`` templates.
      minifyHTML(),
      nodeResolve(),
      minify(),
      placeholders,
    ],
    onwarn,
  },
  // Each translation as a file beside the script-tag file
  // (locales/<code>.js), which imports nothing: loaded by its URL only on a
  // page in its language, so the script-tag file does not grow with each
  // language it offers.
  {
    input: Object.fromEntries(TARGET_LOCALES.map((code) => [code, `src/generated/locales/${code}.ts`])),
    output: {dir: 'dist/locales', format: 'es', sourcemap: true, entryFileNames: '[name].js'},
    plugins: [
      ownTemplateTags,
      typescript({tsconfig: 'tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist/locales', sourceMap: true}),
      minifyHTML(),
      minify(),
    ],
    onwarn,
  },
  // One module a source file, Lit left as a dependency, with .d.ts types:
  // for people who bundle the library themselves. Each translation is
  // shipped by a module of its own (translations/<code>.js), which a
  // bundle imports for each language it wants.
  {
    input: ['src/index.ts', ...readdirSync('src/generated/translations').map((name) => `src/generated/translations/${name}`)],
    external: [/^lit/, /^@lit\//],
    output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src'},
    plugins: [
      typescript({tsconfig: 'tsconfig.build.json', declaration: true, declarationDir: 'dist/types'}),
      stripMsgDescriptions(),
      // A developer's bundler minifies code but not the text inside
      // templates: they ship without white space and comments.
      minifyHTML(),
    ],
    onwarn,
  },
];
