// Imports a TypeScript or JavaScript module of this repository in Node, by
// bundling it with esbuild first (Node 20 runs no TypeScript): how the
// build and test scripts reuse builder/widgets.ts and src/content/.
import * as esbuild from 'esbuild';

/** The module at `entry` (a path from the repository's root), bundled and imported. */
export async function loadModule(entry) {
  const {outputFiles} = await esbuild.build({entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning'});
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
