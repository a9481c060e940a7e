// Builds the embed-code builder two ways:
// - dist/builder/: its script (with the manifest built in) by esbuild, its
//   page and stylesheet as they are, and the preview's page (preview.html,
//   its script and stylesheet). The pages load the library from the folder
//   above, as a partner hosts both.
// - dist/builder.html: one file that needs nothing beside it (opened from
//   disk, or from any static host): its stylesheet, the library (for the
//   preview) and its script inline; the code it writes loads this version
//   of the library from the CDN, with its integrity hash.
// Run after rollup and report-size.js (npm run build): it reads the built
// library and its .sri.
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import * as esbuild from 'esbuild';
import {TARGET_LOCALES} from './locales.js';

const common = {bundle: true, format: 'esm', target: 'es2022', minify: true, logLevel: 'warning'};
await esbuild.build({...common, entryPoints: ['builder/main.ts'], outfile: 'dist/builder/builder.js'});
await esbuild.build({...common, entryPoints: ['builder/preview.ts'], outfile: 'dist/builder/preview.js'});
for (const file of ['index.html', 'builder.css', 'preview.html', 'preview.css']) cpSync(`builder/${file}`, `dist/builder/${file}`);

const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));
const {outputFiles} = await esbuild.build({
  ...common,
  entryPoints: ['builder/standalone.ts'],
  write: false,
  define: {
    CDN_SCRIPT_URL: JSON.stringify(`https://cdn.jsdelivr.net/npm/${name}@${version}/dist/safeguarding-widgets.js`),
    SCRIPT_INTEGRITY: JSON.stringify(readFileSync('dist/safeguarding-widgets.js.sri', 'utf8').trim()),
    PLACEHOLDER_CSS: JSON.stringify(readFileSync('dist/placeholders.css', 'utf8').trim()),
    LOCALE_FILES: JSON.stringify(
      Object.fromEntries(TARGET_LOCALES.map((code) => [code, readFileSync(`dist/locales/${code}.js`, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '')]))
    ),
  },
});
/** Text safe inside an inline <script> or <style>: no closing tag. */
const inline = (text) => text.replace(/<\/(script|style)/gi, '<\\/$1');
const page = readFileSync('builder/index.html', 'utf8')
  .replace(/ *<link rel="stylesheet" href="builder.css" \/>/, () => `<style>\n${inline(readFileSync('builder/builder.css', 'utf8'))}</style>`)
  .replace(/ *<!-- The library itself, for the live preview. -->\n *<script type="module" src="..\/safeguarding-widgets.js"><\/script>/, () =>
    `<!-- The library itself, for the live preview. -->\n<script type="module" id="library">${inline(readFileSync('dist/safeguarding-widgets.js', 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, ''))}</script>`
  )
  .replace(/ *<script type="module" src="builder.js"><\/script>/, () => `<script type="module">${inline(outputFiles[0].text)}</script>`);
if (/src="(\.\.\/safeguarding-widgets|builder)\.js"|href="builder\.css"/.test(page)) {
  throw new Error('builder/index.html changed: dist/builder.html would still load a file beside it (scripts/build-builder.js)');
}
writeFileSync('dist/builder.html', page);
