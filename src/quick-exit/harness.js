// The quick exit's parts by name, for tests, examples and stories (shared
// helpers: src/internal/harness.js).
import {findAll, get} from '../internal/harness.js';

/**
 * The "Exit this page" button.
 * @param {Element} el
 * @returns {HTMLButtonElement}
 */
export const button = (el) => get(el, '[part~=button]');

/**
 * The cover that hides the page while it leaves (a `<dialog>`).
 * @param {Element} el
 * @returns {HTMLDialogElement}
 */
export const overlay = (el) => get(el, '[part~=overlay]');

/**
 * What the status region says (the Shift count), trimmed; '' when quiet.
 * @param {Element} el
 * @returns {string}
 */
export const status = (el) => (get(el, '[role=status]').textContent ?? '').trim();

/**
 * The Shift count's dots, each 'on' or 'off' (none before the first press).
 * @param {Element} el
 * @returns {string[]}
 */
export const dots = (el) => findAll(el, '[part~=indicator] span').map((dot) => (dot.classList.contains('on') ? 'on' : 'off'));
