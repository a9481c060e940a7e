/* global document -- used in the page */
// The benchmark's pages. For each element, three pages lay out the same 50
// instances, and each one records a `render` performance measure from just
// before the instances enter the document until they are laid out:
// - library: the built bundle renders `<safeguard-*>` markup set by innerHTML
//   (until every instance's, and nested element's, updateComplete resolved);
// - limit: the rendered DOM is already in the HTML, as Declarative Shadow DOM
//   (each shadow root a <template shadowrootmode="open"> with its styles as
//   <style>), under `bench-*` tag names that nothing defines; the time
//   includes the parser streaming the page in (it yields between chunks);
// - sethtml: the limit's markup set by one setHTMLUnsafe() (innerHTML drops
//   declarative shadow roots; setHTMLUnsafe keeps them).
// "Laid out" is a forced layout (reading offsetHeight), not a wait for frames;
// the height read is kept in window.laidOutHeight for run.js to compare.

import {EXAMPLES} from '../../examples/index.js';

/** Instances on each page. */
export const COUNT = 50;

/**
 * The elements measured: one example of each (`bench: true` in
 * examples/index.js), named by its id, with one instance's markup.
 */
export const ELEMENTS = EXAMPLES.filter((example) => example.bench).map(({id, markup}) => ({name: id, markup}));

/** The page variants, in the table's order. */
export const VARIANTS = ['library', 'sethtml', 'limit'];

/** A file name for an element's page: `report-contact-general-library.html`. */
export const pageFile = (element, variant) => `${element.name.replace(/\//g, '-')}-${variant}.html`;

const page = (title, body, head = '') => `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body>
${body}
</body>
</html>
`;

/** A JavaScript string literal that is safe inside a <script>. */
const literal = (text) => JSON.stringify(text).replace(/</g, '\\u003c');

/**
 * The library's tags: the library page finds its elements, nested ones too,
 * by these, not by visiting every element of every shadow root (a cost of
 * the measure that the limit does not pay).
 */
const TAGS = [...new Set(EXAMPLES.map((example) => `safeguard-${example.element}`))].join(', ');

/** Renders COUNT instances with the built library (served at /dist/). */
export function libraryPage(element) {
  return page(`${element.name}: library`, `<div id="root"></div>
<script type="module">
import '/dist/safeguarding-widgets.js';

/** Resolves when every library element below node, nested ones too, has rendered. */
async function rendered(node) {
  const hosts = [...node.querySelectorAll(${literal(TAGS)})];
  await Promise.all(hosts.map((el) => el.updateComplete));
  await Promise.all(hosts.map((el) => rendered(el.shadowRoot)));
}

const root = document.getElementById('root');
const markup = ${literal(element.markup)}.repeat(${COUNT});
performance.mark('start');
root.innerHTML = markup;
await rendered(root);
window.laidOutHeight = root.offsetHeight; // layout
performance.measure('render', 'start');
</script>`);
}

/**
 * The rendered DOM already in the HTML (markup from captureMarkup). The
 * <link blocking=render> keeps the browser from painting the half-parsed
 * page, which the other pages never do either; without it, 0-3 frames
 * paint part of the markup during the measure and the time varies more.
 */
export function limitPage(element, markup) {
  const head = '<link rel="expect" href="#end" blocking="render">';
  return page(`${element.name}: limit`, `<script>performance.mark('start');</script>
<div id="root">${markup}</div>
<span id="end"></span>
<script>
window.laidOutHeight = document.getElementById('root').offsetHeight; // layout
performance.measure('render', 'start');
</script>`, head);
}

/** The limit's markup set by one setHTMLUnsafe() call. */
export function setHtmlPage(element, markup) {
  return page(`${element.name}: setHTMLUnsafe`, `<div id="root"></div>
<script>
const root = document.getElementById('root');
const markup = ${literal(markup)};
performance.mark('start');
root.setHTMLUnsafe(markup);
window.laidOutHeight = root.offsetHeight; // layout
performance.measure('render', 'start');
</script>`);
}

/**
 * Runs in a library page once it has rendered: returns #root's HTML with
 * every shadow root as Declarative Shadow DOM, its adopted style sheets
 * copied into <style> elements (but for rules on custom states), and `safeguard-*` tags renamed `bench-*`.
 * It changes the page (adds the <style> elements): use it last.
 */
export function captureMarkup() {
  const root = document.getElementById('root');
  const shadowRoots = [];
  const visit = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      shadowRoots.push(el.shadowRoot);
      visit(el.shadowRoot);
    }
  };
  visit(root);
  for (const shadow of shadowRoots) {
    const styles = shadow.adoptedStyleSheets.map((sheet) => {
      const style = document.createElement('style');
      // Rules on a custom state (the banner's :state(shown)) are left out:
      // nothing sets states on the limit's undefined bench-* hosts.
      style.textContent = [...sheet.cssRules]
        .map((rule) => rule.cssText)
        .filter((text) => !text.includes(':state('))
        .join('\n');
      return style;
    });
    shadow.prepend(...styles);
  }
  return root.getHTML({shadowRoots}).replace(/<(\/?)safeguard-/g, '<$1bench-');
}
