// The builder as one file, dist/builder.html, for a webmaster with the
// published package alone: opened from disk or any static host, it needs
// nothing beside it. The library (for the preview) is inlined in the page;
// the code it writes loads the library from the CDN, with the integrity
// hash and placeholder CSS of this version, built in (scripts/build-builder.js).
import manifest from '../custom-elements.json';
import {mountBuilder} from './builder.js';

declare const CDN_SCRIPT_URL: string;
declare const SCRIPT_INTEGRITY: string;
declare const PLACEHOLDER_CSS: string;

mountBuilder(document.getElementById('builder')!, manifest, {
  scriptUrl: CDN_SCRIPT_URL,
  integrity: SCRIPT_INTEGRITY,
  placeholders: PLACEHOLDER_CSS,
});
