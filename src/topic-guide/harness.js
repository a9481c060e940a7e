// The guide's nested elements by name, for tests, examples and stories
// (shared helpers: src/internal/harness.js). Each has a harness of its own.
import {find} from '../internal/harness.js';

/**
 * The nested `<safeguard-signs-checklist>`, or null for a topic without signs.
 * @param {Element} el
 * @returns {HTMLElement | null}
 */
export const checklist = (el) => find(el, '[part~=checklist]');

/**
 * The nested `<safeguard-report-contact>`, or null for a topic whose tips hold it.
 * @param {Element} el
 * @returns {HTMLElement | null}
 */
export const contactCard = (el) => find(el, '[part~=contacts]');

/**
 * The nested `<safeguard-sexting-tips>`, or null for a topic without tips.
 * @param {Element} el
 * @returns {HTMLElement | null}
 */
export const tips = (el) => find(el, '[part~=tips]');
