// The builder as one file, dist/builder.html, for a webmaster with the
// published package alone: opened from disk or any static host, it needs
// nothing beside it. The library (for the preview) is inlined in the page;
// the code it writes loads the library from the CDN, with the integrity
// hash and placeholder CSS of this version, built in (scripts/build-builder.js).
// The preview's frame runs the inlined library again, and takes a
// translation from an import map that maps its file to a data: URL, so that
// every language previews from disk too.
import manifest from '../custom-elements.json';
import {mountBuilder} from './builder.js';

declare const CDN_SCRIPT_URL: string;
declare const SCRIPT_INTEGRITY: string;
declare const PLACEHOLDER_CSS: string;
/** Each translation's file (dist/locales/<code>.js), by locale. */
declare const LOCALE_FILES: Record<string, string>;

/** Text safe inside an inline <script>: no closing tag. */
const inline = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1');
const library = document.getElementById('library')!.textContent!;

function previewScript(locale: string): string {
  const file = LOCALE_FILES[locale];
  const imports = file ? {[new URL(`locales/${locale}.js`, location.href).href]: `data:text/javascript;charset=utf-8,${encodeURIComponent(file)}`} : {};
  return `<script type="importmap">${inline(JSON.stringify({imports}))}</script><script type="module">${inline(library)}</script>`;
}

mountBuilder(document.getElementById('builder')!, manifest, {
  scriptUrl: CDN_SCRIPT_URL,
  integrity: SCRIPT_INTEGRITY,
  placeholders: PLACEHOLDER_CSS,
  preview: {script: previewScript},
});
