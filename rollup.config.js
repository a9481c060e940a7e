import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const onwarn = (warning, warn) => {
  // Lit's `this` at the top of some helpers is expected in ES modules.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  // The one file a webmaster puts in a script tag: every element, Lit and
  // @lit/localize included, minified.
  {
    input: 'src/index.ts',
    output: {file: 'dist/safeguarding-widgets.js', format: 'es', sourcemap: true},
    plugins: [
      typescript({tsconfig: 'tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist', sourceMap: true}),
      // Strips white space from html`` and css`` templates.
      minifyHTML(),
      nodeResolve(),
      terser({
        ecma: 2021,
        module: true,
        // keep_fargs: false drops unused parameters; nothing here reads a
        // function's `length`. It lets terser inline Lit's property-renaming
        // helper.
        compress: {passes: 2, unsafe_arrows: true, keep_fargs: false},
        format: {comments: false},
      }),
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
    ],
    onwarn,
  },
];
