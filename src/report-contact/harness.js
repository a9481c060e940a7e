// The contact card's parts by name, for tests, examples and stories (shared
// helpers: src/internal/harness.js).
import {findAll} from '../internal/harness.js';

/**
 * Every link the card shows (phone numbers, web addresses), most urgent first.
 * @param {Element} el
 * @returns {HTMLAnchorElement[]}
 */
export const links = (el) => findAll(el, 'a');

/**
 * Where each link goes (its href as written), in order.
 * @param {Element} el
 * @returns {(string | null)[]}
 */
export const hrefs = (el) => links(el).map((link) => link.getAttribute('href'));
