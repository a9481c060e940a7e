// Builds the embed-code builder into dist/builder/: its script (with the
// manifest built in) by esbuild, its page and stylesheet as they are. The
// page loads the library from the folder above, as a partner hosts both.
import {cpSync} from 'node:fs';
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['builder/main.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  outfile: 'dist/builder/builder.js',
  logLevel: 'warning',
});
for (const file of ['index.html', 'builder.css']) cpSync(`builder/${file}`, `dist/builder/${file}`);
