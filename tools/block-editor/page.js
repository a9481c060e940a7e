// The page of the block editor harness (editor.jsx), for
// test/node/block-editor.test.js, served from the repository's root with
// the staged plugin (dist/wordpress/safeguarding-widgets/, from
// `npm run build:wordpress`). Its scripts come in WordPress's order: the
// `wp.*` globals (the bundled harness), the library's URL and integrity as
// the plugin's PHP prints them, then the plugin's build/editor.js.
//
//   npm ci --prefix tools/block-editor && node tools/block-editor/page.js
//
// serves it for a look in a browser, and prints its address.
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
/** Where pages are written, under the root that is served. */
export const PAGES_DIR = join(ROOT, 'node_modules/.cache/block-editor');
/** The staged plugin, and its path on the server. */
export const PLUGIN_DIR = join(ROOT, 'dist/wordpress/safeguarding-widgets');
export const PLUGIN_PATH = `/${relative(ROOT, PLUGIN_DIR)}`;

/**
 * Bundles the harness and writes the page into `dir` (under PAGES_DIR), for
 * a server at `origin` that serves the repository's root; resolves with the
 * page's path there. A server of its own, a folder of its own: the page
 * names its server's origin, as WordPress prints the library's URL.
 * `config` is the page config of the site's settings, or null.
 */
export async function buildPage(origin, dir, config = null) {
  mkdirSync(dir, {recursive: true});
  await esbuild.build({
    entryPoints: [join(HERE, 'editor.jsx')],
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    outfile: join(dir, 'editor.js'),
    define: {'process.env.NODE_ENV': '"production"'},
    // Imported on demand to process media uploads (WordPress serves them as
    // script modules): the harness uploads nothing, and they weigh 16 MB.
    external: ['@wordpress/vips/*', '@wordpress/video-conversion/*'],
    // The dashicons font, in each of its formats.
    loader: {'.eot': 'file', '.svg': 'file', '.ttf': 'file', '.woff': 'file', '.woff2': 'file'},
    logLevel: 'warning',
  });
  copyFileSync(join(HERE, 'node_modules/@wordpress/block-editor/build-style/content.css'), join(dir, 'content.css'));
  // What includes/blocks.php prints before the editor script.
  const library = {
    src: `${origin}${PLUGIN_PATH}/lib/safeguarding-widgets.js`,
    integrity: readFileSync(join(PLUGIN_DIR, 'lib/safeguarding-widgets.js.sri'), 'utf8').trim(),
    config,
  };
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Block editor harness</title>
  <link rel="stylesheet" href="editor.css">
  <script src="editor.js"></script>
  <script>window.safeguardingWidgetsLibrary = ${JSON.stringify(library).replace(/</g, '\\u003c')};</script>
  <script src="${PLUGIN_PATH}/build/editor.js"></script>
</head>
<body>
  <div id="editor"></div>
</body>
</html>
`
  );
  return `/${relative(ROOT, dir)}/index.html`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {serve} = await import('../../scripts/serve.js');
  const server = await serve({rootDir: ROOT});
  console.log(`${server.origin}${await buildPage(server.origin, join(PAGES_DIR, 'manual'))} (Ctrl-C stops it)`);
}
