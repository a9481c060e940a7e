// What the element harnesses (src/<element>/harness.js) share: finding what
// an element renders in its shadow root, reading its text, waiting for it to
// render. For tests, examples and stories, not the library: no element
// imports a harness, the build (src/**/*.ts) leaves them out, and none
// touches the DOM until it is called, so Node can import examples/index.js.

/**
 * The shadow root `el` renders into; throws while it has none (not defined yet).
 * @param {Element} el
 * @returns {ShadowRoot}
 */
export function shadow(el) {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has not rendered: it has no shadow root`);
  return el.shadowRoot;
}

/**
 * The first element `el` renders that matches `selector`, or null.
 * @template {Element} [T=HTMLElement]
 * @param {Element} el
 * @param {string} selector
 * @returns {T | null}
 */
export function find(el, selector) {
  return /** @type {T | null} */ (shadow(el).querySelector(selector));
}

/**
 * The first element `el` renders that matches `selector`; throws if there is none.
 * @template {Element} [T=HTMLElement]
 * @param {Element} el
 * @param {string} selector
 * @returns {T}
 */
export function get(el, selector) {
  /** @type {T | null} */
  const found = find(el, selector);
  if (!found) throw new Error(`<${el.localName}> renders no ${selector}`);
  return found;
}

/**
 * Every element `el` renders that matches `selector`, in order.
 * @template {Element} [T=HTMLElement]
 * @param {Element} el
 * @param {string} selector
 * @returns {T[]}
 */
export function findAll(el, selector) {
  return /** @type {T[]} */ ([...shadow(el).querySelectorAll(selector)]);
}

/**
 * A node's text with its white space folded, as it reads ('' for none).
 * @param {Node | null | undefined} node
 * @returns {string}
 */
export const words = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Waits until `node` has rendered, if it is a Lit element.
 * @param {Node} node
 * @returns {Promise<void>}
 */
export const updated = async (node) => {
  await /** @type {Node & {updateComplete?: Promise<unknown>}} */ (node).updateComplete;
};
