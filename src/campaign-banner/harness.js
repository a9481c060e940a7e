// The banner's parts by name, for tests, examples and stories (shared
// helpers: src/internal/harness.js).
import {find} from '../internal/harness.js';

/**
 * The "See the signs" link, or null when it has none.
 * @param {Element} el
 * @returns {HTMLAnchorElement | null}
 */
export const link = (el) => find(el, '[part~=link]');

/**
 * The close button (×), or null unless the banner is dismissible.
 * @param {Element} el
 * @returns {HTMLButtonElement | null}
 */
export const closeButton = (el) => find(el, '[part~=close]');

/**
 * The full banner's message (why it matters), or null.
 * @param {Element} el
 * @returns {HTMLElement | null}
 */
export const message = (el) => find(el, '[part~=message]');

/**
 * The figure: how many children were reported missing, and when; or null.
 * @param {Element} el
 * @returns {HTMLElement | null}
 */
export const figure = (el) => find(el, '[part~=figure]');
