// The checklist's parts and actions by name, for tests, examples and
// stories (shared helpers: src/internal/harness.js).
import {find, findAll, get, updated, words} from '../internal/harness.js';

/**
 * The checkboxes, one a sign, in order.
 * @param {Element} el
 * @returns {HTMLInputElement[]}
 */
export const checkboxes = (el) => findAll(el, 'input[type=checkbox]');

/**
 * Each sign's text beside its checkbox (the `<span>` in its label), in order.
 * @param {Element} el
 * @returns {HTMLElement[]}
 */
export const signs = (el) => findAll(el, 'label span');

/**
 * Clicks the first `count` checkboxes, as a reader would, and waits for the render.
 * @param {Element} el
 * @param {number} count
 * @returns {Promise<void>}
 */
export async function tick(el, count) {
  for (const box of checkboxes(el).slice(0, count)) box.click();
  await updated(el);
}

/**
 * What the status line says ("2 of 15 signs ticked. …"), white space folded.
 * @param {Element} el
 * @returns {string}
 */
export const status = (el) => words(get(el, '[role=status]'));

/**
 * The result shown once a sign is ticked (what it may mean, what to do), or null.
 * @param {Element} el
 * @returns {HTMLElement | null}
 */
export const result = (el) => find(el, '[part~=result]');

/**
 * The "Print this list" button, or null while no sign is ticked.
 * @param {Element} el
 * @returns {HTMLButtonElement | null}
 */
export const printButton = (el) => find(el, '[part~=print]');

/**
 * The "Clear my answers" button, or null while no sign is ticked.
 * @param {Element} el
 * @returns {HTMLButtonElement | null}
 */
export const clearButton = (el) => find(el, '[part~=clear]');
