import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {readFileSync} from 'node:fs';
import {stripMsgDescriptions} from './scripts/rollup-strip-msg-desc.js';

/** Ships the optional placeholder CSS (written by `npm run localize:build`) beside the bundle. */
const placeholders = {
  name: 'placeholders-css',
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'placeholders.css', source: readFileSync('src/generated/placeholders.css', 'utf8')});
  },
};

const onwarn = (warning, warn) => {
  // Lit's `this` at the top of some helpers is expected in ES modules.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  // The one file a webmaster puts in a script tag: every element, Lit and
  // @lit/localize included, minified, in English. Each translation is a
  // file of its own beside it (locales/<code>.js), loaded only on a page in
  // that language.
  {
    input: {'safeguarding-widgets': 'src/index.ts'},
    // Lets the locale files import Lit's `html` and `str` from this file,
    // rather than splitting them into a third file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'locales/[name].js',
    },
    plugins: [
      typescript({tsconfig: 'tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist', sourceMap: true}),
      stripMsgDescriptions(),
      // Strips white space from html`` and css`` templates.
      minifyHTML(),
      nodeResolve(),
      terser({
        ecma: 2021,
        module: true,
        // keep_fargs: false drops unused parameters (it lets terser inline
        // Lit's property-renaming helper). Safe while no code reads a
        // function's `length`.
        compress: {passes: 2, unsafe_arrows: true, keep_fargs: false},
        format: {comments: false},
      }),
      placeholders,
    ],
    onwarn,
  },
  // One module a source file, Lit left as a dependency, with .d.ts types:
  // for people who bundle the library themselves.
  {
    input: 'src/index.ts',
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
