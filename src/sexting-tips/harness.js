// The sexting tips' parts and actions by name, for tests, examples and
// stories (shared helpers: src/internal/harness.js).
import {findAll} from '../internal/harness.js';

/**
 * The tips, each a `<details>`, in order.
 * @param {Element} el
 * @returns {HTMLDetailsElement[]}
 */
export const tips = (el) => findAll(el, '[part~=tip]');

/**
 * Each tip's summary: the line a reader clicks to open or close it.
 * @param {Element} el
 * @returns {HTMLElement[]}
 */
export const summaries = (el) => findAll(el, '[part~=summary]');

/**
 * Opens tip `index` (0 is the first), or closes it if open, as a reader does: a click on its summary.
 * @param {Element} el
 * @param {number} index
 * @returns {void}
 */
export function toggleTip(el, index) {
  const summary = summaries(el)[index];
  if (!summary) throw new Error(`<${el.localName}> has no tip ${index}`);
  summary.click();
}

/**
 * Whether each tip is open, in order.
 * @param {Element} el
 * @returns {boolean[]}
 */
export const openStates = (el) => tips(el).map((tip) => tip.open);
