// The builder page's entry (dist/builder/builder.js): the manifest is built
// in; the library, its SRI hash and the placeholder CSS are the files beside
// this folder, as a partner hosts them.
import manifest from '../custom-elements.json';
import {mountBuilder} from './builder.js';

const beside = (file: string) => new URL(`../${file}`, import.meta.url);
const text = async (file: string) => {
  const response = await fetch(beside(file));
  return response.ok ? (await response.text()).trim() : '';
};

const [integrity, placeholders] = await Promise.all([
  text('safeguarding-widgets.js.sri'),
  text('placeholders.css'),
]);
mountBuilder(document.getElementById('builder')!, manifest, {
  scriptUrl: beside('safeguarding-widgets.js').href,
  integrity: integrity || 'sha384-… (see safeguarding-widgets.js.sri)',
  placeholders,
  // The preview page beside this script (preview.html), which loads the
  // library beside this folder, and each translation from locales/ beside it.
  preview: {page: new URL('preview.html', import.meta.url).href},
});
